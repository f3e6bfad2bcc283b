import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppModel } from '../state/app-model';

export const AppContext = createContext<AppModel | null>(null);

export function useApp(): AppModel {
  const model = useContext(AppContext);
  if (!model) throw new Error('AppContext ontbreekt: render de app binnen <AppContext.Provider>.');
  return model;
}

/** Whether the user has moved between screens; only then does a new screen take the focus. */
export interface NavigationState {
  navigated: boolean;
}
export const NavigationContext = createContext<NavigationState>({ navigated: false });
