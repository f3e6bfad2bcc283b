/**
 * Which screen is shown: the route in the address after "#". What a route is, and how it is read
 * from and written to the address, comes from the route table (src/ui/routes.ts) as a `Router`.
 */
import { type ReadonlySignal, signal } from '@preact/signals';

export interface Router<R> {
  parse(hash: string): R;
  href(route: R): string;
}

export interface HostWindow {
  location: { hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface RouteModel<R> {
  readonly current: ReadonlySignal<R>;
  navigate(route: R, options?: { replace?: boolean }): void;
  dispose(): void;
}

export function createRouteModel<R>(router: Router<R>, win: HostWindow): RouteModel<R> {
  const current = signal<R>(router.parse(win.location.hash));
  const onHashChange = () => {
    current.value = router.parse(win.location.hash);
  };
  win.addEventListener('hashchange', onHashChange);
  return {
    current,
    navigate(target, options = {}) {
      const href = router.href(target);
      if (options.replace) {
        win.history.replaceState(null, '', href);
        current.value = router.parse(href);
      } else if (win.location.hash !== href) {
        win.location.hash = href;
        // Some hosts (and jsdom) fire hashchange late; the screen should not wait for it.
        current.value = router.parse(href);
      }
    },
    dispose() {
      win.removeEventListener('hashchange', onHashChange);
    },
  };
}
