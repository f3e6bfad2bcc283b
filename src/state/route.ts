/**
 * Hash routes: the built site is a single index.html on any static host, in any sub-folder,
 * so the screen lives in the part after "#" and survives a reload.
 */
export type Route =
  | { name: 'start' }
  | { name: 'kies' }
  /** step is 1-based as in the URL ("stap 3"); null means "where you were". */
  | { name: 'scan'; scanId: string; step: number | null }
  | { name: 'scans' }
  | { name: 'vergelijk'; a: string; b: string }
  | { name: 'rapport'; scanId: string }
  | { name: 'gegevens' }
  | { name: 'problemen' }
  | { name: 'onbekend'; path: string };

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value.length > 0 && value.length <= 100 ? value : null;
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Route {
  // A plain in-page anchor (such as the skip link before the app has started) is no screen.
  if (hash !== '' && hash !== '#' && !hash.startsWith('#/')) return { name: 'start' };
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const parts = path === '' ? [] : path.split('/');
  const [head, first, second, ...rest] = parts;
  const unknown: Route = { name: 'onbekend', path };
  if (head === undefined) return { name: 'start' };
  if (rest.length > 0) return unknown;
  switch (head) {
    case 'kies':
    case 'scans':
    case 'gegevens':
    case 'problemen':
      return first === undefined ? { name: head } : unknown;
    case 'scan': {
      const scanId = first === undefined ? null : decode(first);
      if (!scanId) return unknown;
      if (second === undefined) return { name: 'scan', scanId, step: null };
      if (!/^[1-9]\d{0,3}$/.test(second)) return unknown;
      return { name: 'scan', scanId, step: Number(second) };
    }
    case 'rapport': {
      const scanId = first === undefined ? null : decode(first);
      return scanId && second === undefined ? { name: 'rapport', scanId } : unknown;
    }
    case 'vergelijk': {
      const a = first === undefined ? null : decode(first);
      const b = second === undefined ? null : decode(second);
      return a && b ? { name: 'vergelijk', a, b } : unknown;
    }
    default:
      return unknown;
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'kies':
    case 'scans':
    case 'gegevens':
    case 'problemen':
      return `#/${route.name}`;
    case 'scan':
      return `#/scan/${encodeURIComponent(route.scanId)}${route.step === null ? '' : `/${route.step}`}`;
    case 'rapport':
      return `#/rapport/${encodeURIComponent(route.scanId)}`;
    case 'vergelijk':
      return `#/vergelijk/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'onbekend':
      return `#/${route.path}`;
  }
}
