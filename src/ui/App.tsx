import { effect } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { PwaModel } from '../pwa/model';
import { app as text } from '../text/app';
import { AppContext, NavigationContext, type NavigationState, useApp } from './context';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { LoadFailed, Loading } from './lazy';
import { type App as AppModel, NotFoundScreen, type Route, screenKey, specOf } from './routes';

/** The screen of a route from the table, once what it waits for is there. */
function RouteScreen({ route }: { route: Route }) {
  const app = useApp();
  if (route.name === 'onbekend') return <NotFoundScreen />;
  const spec = specOf(route.name);
  // The table ties each screen to its own route's params; here they meet as one route of any name.
  const Screen = spec.screen as ComponentType<object>;
  const { name: _name, ...params } = route;
  if (spec.needs !== 'nothing') {
    const phase = app.startup.phase.value;
    if (phase === 'fout') return <LoadFailed message={app.startup.fatal.value ?? text.errorAppLoad} />;
    // A screen that opens from what is stored does not wait for the host's files.
    if (phase === 'laden' && spec.needs === 'app') return <Loading />;
  }
  return <Screen {...params} />;
}

export function App({ model, pwa }: { model: AppModel; pwa: PwaModel }) {
  const navigation = useMemo<NavigationState>(() => ({ navigated: false }), []);
  useEffect(() => {
    let first = true;
    return effect(() => {
      void model.route.current.value;
      if (first) first = false;
      else navigation.navigated = true;
    });
  }, [model, navigation]);
  const route = model.route.current.value;
  return (
    <AppContext.Provider value={model}>
      <NavigationContext.Provider value={navigation}>
        <Layout pwa={pwa}>
          <ErrorBoundary model={model} key={screenKey(route)}>
            <RouteScreen route={route} />
          </ErrorBoundary>
        </Layout>
      </NavigationContext.Provider>
    </AppContext.Provider>
  );
}
