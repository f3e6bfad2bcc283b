/**
 * Tools shared by the fuzz tests: a seeded random generator (every run makes the same cases, and a
 * failing case is found again from its number), JSON paths, and checks on Dutch messages.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Segment = string | number;
export type JsonPath = Segment[];

export const EMPTY_PICK = 'pick from an empty list';

/** mulberry32: small, fast, and the same numbers on every machine for the same seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error(EMPTY_PICK);
      return list[int(list.length)] as T;
    },
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Every path in a JSON value, in document order, the root ([]) first. */
export function pathsOf(value: Json): JsonPath[] {
  const out: JsonPath[] = [];
  const stack: { value: Json; path: JsonPath }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push(next.path);
    const node = next.value;
    if (node === null || typeof node !== 'object') continue;
    const entries: [Segment, Json][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [Segment, Json];
      stack.push({ value: child, path: [...next.path, key] });
    }
  }
  return out;
}

export function getAt(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || key >= node.length) return undefined;
      node = node[key];
    } else {
      if (!Object.hasOwn(node, key)) return undefined;
      node = node[String(key)];
    }
  }
  return node;
}

/** Sets a value; an own property even for keys such as "__proto__", as JSON.parse would make it. */
export function setAt(root: Json, path: JsonPath, value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1] as Segment;
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (parent !== null && typeof parent === 'object')
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

export function deleteAt(root: Json, path: JsonPath): Json {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1] as Segment;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, Json>)[String(key)];
  return root;
}

/** `sections[0].items[2].id` → ['sections', 0, 'items', 2, 'id'] (the inverse of formatPath). */
export function parsePath(path: string): JsonPath {
  const out: JsonPath = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) out.push(Number(match[1]));
    else if (match[2] !== undefined) out.push(match[2]);
  }
  return out;
}

/**
 * Whether a problem's path points somewhere a reader can find: the file itself (''), a place that
 * exists, or a field to add (at most two object keys missing below a place that exists, such as
 * `scoring.taskShift` when `scoring` is left out and filled in by default). A list index that does
 * not exist is never fine.
 */
export function pathProblem(root: Json, path: string): string | undefined {
  if (path === '') return undefined;
  const segments = parsePath(path);
  let node: Json | undefined = root;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i] as Segment;
    const next = getAt(node as Json, [key]);
    if (next === undefined) {
      const missing = segments.slice(i);
      if (missing.some((s) => typeof s === 'number')) return `list index missing at ${path}`;
      if (Array.isArray(node) || node === null || typeof node !== 'object') return `not an object at ${path}`;
      if (missing.length > 2) return `too many missing keys in ${path}`;
      return undefined;
    }
    node = next;
  }
  return undefined;
}

/** zod's own English texts, and what a message shows when code slips a value in raw. */
const NOT_DUTCH =
  /\b(invalid|expected|received|required|unrecognized|too (small|big)|must|should|input|undefined|NaN)\b|\[object /i;
const DUTCH_WORDS =
  /\b(de|het|een|dit|deze|hier|niet|moet|mag|is|kan|hoort|staat|bestaat|past|kies|zijn|gebruik|schrijf|geef|zoals|als|of|en|van|bij|naar|met|hebben|heeft|twee|komt|wordt|te|op|in|geen|dan)\b/i;

/**
 * Why a message is not a clear Dutch sentence, or undefined when it is. Quoted parts (ids and
 * values from the file itself) are left out of the check: they are the person's own words.
 */
export function dutchMessageProblem(message: string): string | undefined {
  if (message.trim() === '') return 'empty message';
  const own = message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (NOT_DUTCH.test(own)) return `not Dutch: ${message.slice(0, 200)}`;
  if (!DUTCH_WORDS.test(own)) return `no Dutch sentence: ${message.slice(0, 200)}`;
  return undefined;
}
