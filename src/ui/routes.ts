/**
 * The route table: every screen of the app, in one place. The address, the links, the screen,
 * what it waits for and the navigation are all derived from it, so a route cannot exist without
 * a screen. Routes live after "#": the built site is one index.html on any static host, in any
 * sub-folder, and a screen survives a reload.
 *
 * This module is part of the first load: screens come in by import(), only the prerendered start
 * screen is imported as it is. Keep it that way (tests/e2e/bundle-size.test.ts).
 *
 * Path patterns: `name` a fixed part, `:id` a text part, `#n` a whole number from 1, and a `?` after
 * either makes the last part optional (null when it is missing).
 */
import type { ComponentType } from 'preact';
import type { AppModel } from '../state/app';
import type { RouteModel } from '../state/route-model';
import { app as text } from '../text/app';
import { lazy } from './lazy';
import { StartScreen } from './screens/StartScreen';

type Segment<S extends string> = S extends `:${infer N}?`
  ? { [K in N]: string | null }
  : S extends `:${infer N}`
    ? { [K in N]: string }
    : S extends `#${infer N}?`
      ? { [K in N]: number | null }
      : S extends `#${infer N}`
        ? { [K in N]: number }
        : unknown;
type Segments<P extends string> = P extends `${infer Head}/${infer Tail}` ? Segment<Head> & Segments<Tail> : Segment<P>;
/** The values a path pattern holds, as the screen gets them: `'scan/:scanId'` → `{ scanId: string }`. */
export type ParamsOf<P extends string> = { [K in keyof Segments<P>]: Segments<P>[K] };

/** The app's models as a route sees them; the route model itself is left out (it depends on routes). */
export type Models = Omit<AppModel<unknown>, 'route'>;

/** A screen: shown as it is (the prerendered start), or downloaded when it is first needed. */
export type Screen<P> = ComponentType<P> & { preload?(): Promise<unknown> };

/**
 * Every address of the app, by route name. The screen table below is typed over these names, so
 * a route without a screen does not compile (tests/types/routes.test-d.ts).
 */
export const paths = {
  start: '',
  kies: 'kies',
  scan: 'scan/:scanId/#step?',
  scans: 'scans',
  vergelijk: 'vergelijk/:a/:b',
  rapport: 'rapport/:scanId',
  gegevens: 'gegevens',
  problemen: 'problemen',
} as const;

export type RouteName = keyof typeof paths;
type PathOf<N extends RouteName> = (typeof paths)[N];
/** A screen in the app with its values, such as `{ name: 'scan', scanId: 'x', step: 2 }`. */
export type KnownRoute = { [N in RouteName]: { name: N } & ParamsOf<PathOf<N>> }[RouteName];
/** An address that is no screen of the app. */
export interface UnknownRoute {
  name: 'onbekend';
  path: string;
}
export type Route = KnownRoute | UnknownRoute;

export interface RouteSpec<P extends string> {
  screen: Screen<ParamsOf<P>>;
  /**
   * What the screen waits for. `'app'`: the app has started (the host's questionnaires and the list
   * of scans). `'nothing'`: it shows at once. A function: the screen opens from what is stored, and
   * a deep link starts that first, before anything else is loaded.
   */
  needs: 'app' | 'nothing' | ((models: Models, params: ParamsOf<P>) => Promise<unknown>);
  /** Its label in the navigation bar, when it has a place there. */
  nav?: string;
  /** The navigation entry that is marked as current while this screen shows. */
  navUnder?: RouteName;
  /** Addresses with the same key keep the same screen (and its state), such as the steps of a scan. */
  key?: (params: ParamsOf<P>) => string;
}

/** Per route name its screen: a record over every name, so none can be left out. */
export type ScreenTable = { [N in RouteName]: RouteSpec<PathOf<N>> };

export const routes: ScreenTable = {
  start: { screen: StartScreen, needs: 'nothing' },
  kies: { screen: lazy(() => import('./screens/ChooseScreen').then((m) => m.ChooseScreen)), needs: 'app' },
  scan: {
    screen: lazy(() => import('./screens/ScanScreen').then((m) => m.ScanScreen)),
    needs: (models, { scanId }) => models.open.open(scanId),
    key: ({ scanId }) => scanId,
  },
  scans: {
    screen: lazy(() => import('./screens/ScansScreen').then((m) => m.ScansScreen)),
    needs: 'app',
    nav: text.navScans,
  },
  vergelijk: {
    screen: lazy(() => import('./screens/CompareScreen').then((m) => m.CompareScreen)),
    needs: 'app',
    navUnder: 'scans',
  },
  rapport: {
    screen: lazy(() => import('./screens/ReportRoute').then((m) => m.ReportRoute)),
    needs: (models, { scanId }) => models.reports.loadReport(scanId),
  },
  gegevens: {
    screen: lazy(() => import('./screens/DataScreen').then((m) => m.DataScreen)),
    needs: 'app',
    nav: text.navData,
  },
  problemen: {
    screen: lazy(() => import('./screens/ProblemsScreen').then((m) => m.ProblemsScreen)),
    needs: 'app',
  },
};

/** The app's models with routing by this table. */
export type App = AppModel<Route>;
export type AppRoute = RouteModel<Route>;

/** Shown for an address that is no screen. */
export const NotFoundScreen = lazy(() => import('./screens/NotFoundScreen').then((m) => m.NotFoundScreen));

const routeNames = Object.keys(paths) as RouteName[];

/** The spec of a route, with the types of its own params. */
export function specOf<N extends RouteName>(name: N): RouteSpec<PathOf<N>> {
  return routes[name];
}

/** The values of a route without its name: what its screen gets as props. */
export function paramsOf<N extends RouteName>(known: Extract<KnownRoute, { name: N }>): ParamsOf<PathOf<N>> {
  const { name: _name, ...params } = known;
  return params as unknown as ParamsOf<PathOf<N>>;
}

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value.length > 0 && value.length <= 100 ? value : null;
  } catch {
    return null;
  }
}

const NUMBER = /^[1-9]\d{0,3}$/;

/** The params of `parts` by `path`, or null when the address does not fit the pattern. */
function match(path: string, parts: readonly string[]): Record<string, string | number | null> | null {
  const pattern = path === '' ? [] : path.split('/');
  if (parts.length > pattern.length) return null;
  const params: Record<string, string | number | null> = {};
  for (const [index, segment] of pattern.entries()) {
    const part = parts[index];
    const optional = segment.endsWith('?');
    const name = segment.slice(1, optional ? -1 : undefined);
    if (segment[0] !== ':' && segment[0] !== '#') {
      if (part !== segment) return null;
      continue;
    }
    if (part === undefined) {
      if (!optional) return null;
      params[name] = null;
      continue;
    }
    if (segment[0] === ':') {
      const value = decode(part);
      if (value === null) return null;
      params[name] = value;
    } else {
      if (!NUMBER.test(part)) return null;
      params[name] = Number(part);
    }
  }
  return params;
}

export function parseHash(hash: string): Route {
  // A plain in-page anchor (such as the skip link before the app has started) is no screen.
  if (hash !== '' && hash !== '#' && !hash.startsWith('#/')) return { name: 'start' };
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const parts = path === '' ? [] : path.split('/');
  for (const name of routeNames) {
    const params = match(paths[name], parts);
    if (params) return { name, ...params } as KnownRoute;
  }
  return { name: 'onbekend', path };
}

export function hrefFor(target: Route): string {
  if (target.name === 'onbekend') return `#/${target.path}`;
  const values = target as unknown as Record<string, string | number | null>;
  const path: string = paths[target.name];
  const parts = (path === '' ? [] : path.split('/')).flatMap((segment) => {
    if (segment[0] !== ':' && segment[0] !== '#') return [segment];
    const value = values[segment.slice(1).replace(/\?$/, '')];
    return value === null || value === undefined ? [] : [encodeURIComponent(String(value))];
  });
  return `#/${parts.join('/')}`;
}

/** Reads and writes addresses by this table, for the route model. */
export const router = { parse: parseHash, href: hrefFor };

/** The screens of the navigation bar, in table order. */
export const navigation = routeNames.flatMap((name) => {
  const label = routes[name].nav;
  return label ? [{ name, label }] : [];
});

/** The navigation entry marked as current on this route, if any. */
export function navCurrent(current: Route): RouteName | null {
  if (current.name === 'onbekend') return null;
  const spec = specOf(current.name);
  if (spec.nav) return current.name;
  return spec.navUnder ?? null;
}

/** Screens with the same key stay the same screen when the address changes. */
export function screenKey(current: Route): string {
  if (current.name === 'onbekend') return current.name;
  const key = (specOf(current.name).key as ((params: unknown) => string) | undefined)?.(paramsOf(current as never));
  return key === undefined ? hrefFor(current) : `${current.name}:${key}`;
}

/** Downloads the code of every screen; after first paint, so moving on is instant. */
export function preloadScreens(): Promise<unknown> {
  const all: { preload?(): Promise<unknown> }[] = [...routeNames.map((name) => routes[name].screen), NotFoundScreen];
  return Promise.all(all.map((screen) => screen.preload?.()));
}
