/**
 * The route table: every route has a screen, and the compiler says so. The `@ts-expect-error`
 * lines below are checked by `npm run typecheck`: should a table with a route left out (or a
 * screen that does not fit its address) ever compile, the typecheck fails on the unused directive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hrefFor,
  navCurrent,
  navigation,
  parseHash,
  paths,
  type RouteName,
  routes,
  type ScreenTable,
  screenKey,
} from '../../../src/ui/routes';

describe('the route table', () => {
  it('does not compile with a route left out, without a screen, or with a screen that does not fit', () => {
    const { problemen: _leftOut, ...withoutOne } = routes;
    // @ts-expect-error a route left out of the table: 'problemen' is missing
    const incomplete: ScreenTable = withoutOne;
    // @ts-expect-error a route without a screen
    const noScreen: ScreenTable = { ...routes, kies: { needs: 'app' } };
    const wrongScreen: ScreenTable = {
      ...routes,
      // @ts-expect-error the report's screen gets a scanId, not a number
      rapport: { screen: (_: { count: number }) => null, needs: 'app' },
    };
    // @ts-expect-error a link to a route that is not in the table
    const nowhere = () => hrefFor({ name: 'nergens' });
    // @ts-expect-error a link without the values its address needs
    const halfLink = () => hrefFor({ name: 'scan', scanId: 'x' });
    expect([incomplete, noScreen, wrongScreen, nowhere, halfLink]).toHaveLength(5);
  });

  it('has a screen for every address', () => {
    for (const name of Object.keys(paths) as RouteName[]) expect(typeof routes[name].screen).toBe('function');
    expect(Object.keys(routes).sort()).toEqual(Object.keys(paths).sort());
  });

  it('works in a sub-folder: links are only the part after "#"', () => {
    for (const name of Object.keys(paths) as RouteName[]) {
      const link = hrefFor(parseHash(`#/${paths[name].replace(/[:#](\w+)\??/g, '1')}`));
      expect(link.startsWith('#/')).toBe(true);
    }
  });

  it('puts "Mijn scans" and "Mijn gegevens" in the navigation, and compare under "Mijn scans"', () => {
    expect(navigation.map((entry) => entry.name)).toEqual(['scans', 'gegevens']);
    expect(navCurrent({ name: 'vergelijk', a: 'x', b: 'y' })).toBe('scans');
    expect(navCurrent({ name: 'gegevens' })).toBe('gegevens');
    expect(navCurrent({ name: 'start' })).toBeNull();
  });

  it('keeps one screen over the steps of a scan, and a new one for another scan', () => {
    expect(screenKey({ name: 'scan', scanId: 'a', step: 1 })).toBe(screenKey({ name: 'scan', scanId: 'a', step: 4 }));
    expect(screenKey({ name: 'scan', scanId: 'a', step: 1 })).not.toBe(
      screenKey({ name: 'scan', scanId: 'b', step: 1 }),
    );
    expect(screenKey({ name: 'rapport', scanId: 'a' })).not.toBe(screenKey({ name: 'rapport', scanId: 'b' }));
  });
});

describe('the screens', () => {
  const folder = join(import.meta.dirname, '../../../src/ui');
  const staticImports = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);

  it('never import each other: what they share is in src/ui/components/', () => {
    for (const file of readdirSync(join(folder, 'screens')))
      expect(staticImports(join(folder, 'screens', file)).filter((path) => path?.startsWith('./'))).toEqual([]);
  });

  it('come into the route table by import() only, but for the prerendered start screen', () => {
    const screens = staticImports(join(folder, 'routes.ts')).filter((path) => path?.startsWith('./screens/'));
    expect(screens).toEqual(['./screens/StartScreen']);
  });
});
