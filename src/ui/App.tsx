import { effect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { PwaModel } from '../pwa/model';
import type { AppModel } from '../state/app-model';
import type { Route } from '../state/route';
import { AppContext, NavigationContext, type NavigationState } from './context';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { lazy } from './lazy';
import { StartScreen } from './screens/StartScreen';

/** Every screen but the start screen: downloaded after first paint. */
export const OtherScreens = lazy(() => import('./screens/index').then((m) => m.RoutedScreen));

/** Scan steps share one key, so moving between them keeps the screen (and the open scan). */
function screenKey(route: Route): string {
  if (route.name === 'scan' || route.name === 'rapport') return `${route.name}:${route.scanId}`;
  if (route.name === 'vergelijk') return `vergelijk:${route.a}:${route.b}`;
  return route.name;
}

export function App({ model, pwa }: { model: AppModel; pwa: PwaModel }) {
  const navigation = useMemo<NavigationState>(() => ({ navigated: false }), []);
  useEffect(() => {
    let first = true;
    return effect(() => {
      void model.route.value;
      if (first) first = false;
      else navigation.navigated = true;
    });
  }, [model, navigation]);
  const route = model.route.value;
  return (
    <AppContext.Provider value={model}>
      <NavigationContext.Provider value={navigation}>
        <Layout pwa={pwa}>
          <ErrorBoundary model={model} key={screenKey(route)}>
            {route.name === 'start' ? <StartScreen /> : <OtherScreens route={route} />}
          </ErrorBoundary>
        </Layout>
      </NavigationContext.Provider>
    </AppContext.Provider>
  );
}
