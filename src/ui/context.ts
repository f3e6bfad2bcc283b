import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { App } from './routes';

export const AppContext = createContext<App | null>(null);

export function useApp(): App {
  const model = useContext(AppContext);
  if (!model) throw new Error('AppContext ontbreekt: render de app binnen <AppContext.Provider>.');
  return model;
}

/** Whether the user has moved between screens; only then does a new screen take the focus. */
export interface NavigationState {
  navigated: boolean;
}
export const NavigationContext = createContext<NavigationState>({ navigated: false });
