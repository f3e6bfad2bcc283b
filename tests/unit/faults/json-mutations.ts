/**
 * Ways a person (or a broken editor, or a bad copy) can spoil a JSON file: a questionnaire an HR
 * adviser edits, or an export file someone keeps. Each mutation takes the parsed file and a seeded
 * random generator; `mutateJson` returns the new file text and what was done.
 */
import { ITEM_KINDS } from '../../../src/domain/kinds';
import { deleteAt, EMPTY_PICK, getAt, type Json, type JsonPath, pathsOf, type Random, setAt } from './fuzz-tools';

export const HTML_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("vragenlijst")</script>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">klik</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;vet&lt;/b&gt; &amp; <b>vet</b>',
];

export const UNICODE_STRINGS = [
  'Zoë en Jürgen — één café',
  '日本語のテキスト',
  'مرحبا بالعالم',
  '👩🏽‍💼 werkt 🚀 samen 🤝',
  '\u202eomgekeerd\u202c',
  'nul\u0000teken',
  'los \ud800 half teken',
  'e\u0301 met accent',
  '\u200b',
  '\t\n  ',
  '\ufeffmet bom',
];

const WRONG_VALUES: Json[] = [0, -1, 1.5, 1e308, '', 'x', true, false, null, [], {}, [1, 2], { a: 1 }, '12'];
const ODD_NUMBERS: Json[] = [-1, 0, 0.5, 1.5, 11, 60, 61, 101, 1e308, -1e308, 2 ** 53, -0];
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'extra', 'Id', 'titel', '😀', '', ' id'];

export interface MutatedFile {
  text: string;
  /** What was done, to find a failing case again. */
  description: string;
}

/** `deep`: text that replaces the marker string after stringifying (for values too deep to stringify). */
export type Mutation = (root: Json, random: Random) => { root: Json; description: string; deep?: string } | null;

export const DEEP_MARKER = '\u0001deep\u0001';

const isString = (v: Json | undefined): v is string => typeof v === 'string';
const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function pathsWhere(root: Json, test: (value: Json, path: JsonPath) => boolean): JsonPath[] {
  return pathsOf(root).filter((path) => {
    const value = getAt(root, path);
    return value !== undefined && test(value, path);
  });
}

export const show = (path: JsonPath) =>
  path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('') || '(root)';

/** The ids defined in the file, to build references that exist but point at the wrong thing. */
function definedIds(root: Json): string[] {
  return pathsWhere(root, (v, p) => p[p.length - 1] === 'id' && isString(v)).map((p) => getAt(root, p) as string);
}

const mutations: Record<string, Mutation> = {
  deleteKey(root, random) {
    const path = random.pick(pathsOf(root).filter((p) => p.length > 0));
    return { root: deleteAt(root, path), description: `delete ${show(path)}` };
  },
  wrongType(root, random) {
    const path = random.pick(pathsOf(root));
    const value = random.pick(WRONG_VALUES);
    return {
      root: setAt(root, path, structuredClone(value)),
      description: `set ${show(path)} = ${JSON.stringify(value)}`,
    };
  },
  oddNumber(root, random) {
    const paths = pathsWhere(root, (v) => typeof v === 'number');
    if (paths.length === 0) return null;
    const path = random.pick(paths);
    const value = random.pick(ODD_NUMBERS);
    return { root: setAt(root, path, value), description: `number ${show(path)} = ${value}` };
  },
  hugeString(root, random) {
    const path = random.pick(pathsWhere(root, isString));
    const length = random.pick([300, 301, 2000, 2001, 10_000, 200_000]);
    const fill = random.pick(['x', ' ', 'é', '😀']);
    return {
      root: setAt(root, path, fill.repeat(Math.ceil(length / fill.length))),
      description: `string ${show(path)} = ${JSON.stringify(fill)} × ${length}`,
    };
  },
  duplicateId(root, random) {
    const paths = pathsWhere(root, (v, p) => isObject(v) && isString(v.id) && typeof p[p.length - 1] === 'number');
    if (paths.length === 0) return null;
    const path = random.pick(paths);
    const list = getAt(root, path.slice(0, -1)) as Json[];
    const index = path[path.length - 1] as number;
    const original = list[index] as { [key: string]: Json };
    const other = list.find((entry, i) => i !== index && isObject(entry) && isString(entry.id));
    if (other && isObject(other) && random.chance(0.5)) {
      original.id = other.id as string;
      return { root, description: `id of ${show(path)} = ${JSON.stringify(other.id)}` };
    }
    list.splice(index + 1, 0, structuredClone(original));
    return { root, description: `copy ${show(path)}` };
  },
  brokenReference(root, random) {
    const ids = new Set(definedIds(root));
    const paths = pathsWhere(root, (v, p) => isString(v) && ids.has(v) && p[p.length - 1] !== 'id');
    if (paths.length === 0) return null;
    const path = random.pick(paths);
    const value = random.chance(0.6) ? 'bestaat-niet' : random.pick([...ids]);
    return { root: setAt(root, path, value), description: `reference ${show(path)} = ${value}` };
  },
  badId(root, random) {
    const paths = pathsWhere(root, (v, p) => isString(v) && p[p.length - 1] === 'id');
    const path = random.pick(paths);
    const value = random.pick(['Taak 1', 'taak_1', '-taak', '', 'TAAK', 'taak.1', 'taak/1', 'é']);
    return { root: setAt(root, path, value), description: `id ${show(path)} = ${JSON.stringify(value)}` };
  },
  renameKey(root, random) {
    const paths = pathsWhere(root, (_v, p) => typeof p[p.length - 1] === 'string');
    const path = random.pick(paths);
    const key = path[path.length - 1] as string;
    const renamed = random.pick([`${key}s`, key.toUpperCase(), `${key} `, key.slice(1), 'naam']);
    const value = getAt(root, path) as Json;
    deleteAt(root, path);
    setAt(root, [...path.slice(0, -1), renamed], value);
    return { root, description: `rename ${show(path)} → ${JSON.stringify(renamed)}` };
  },
  addKey(root, random) {
    const paths = pathsWhere(root, (v) => isObject(v));
    const path = random.pick(paths);
    const key = random.pick(ODD_KEYS);
    const value = random.pick<Json>(['x', 1, { polluted: true }, null]);
    return { root: setAt(root, [...path, key], value), description: `add ${show(path)}.${JSON.stringify(key)}` };
  },
  otherKind(root, random) {
    const paths = pathsWhere(root, (v, p) => isString(v) && p[p.length - 1] === 'kind');
    const path = random.pick(paths);
    const value = random.pick([...ITEM_KINDS, 'stelling', 'vragenlijst', 'takenpakket']);
    return { root: setAt(root, path, value), description: `kind ${show(path)} = ${value}` };
  },
  unicode(root, random) {
    const path = random.pick(pathsWhere(root, isString));
    const value = random.pick(UNICODE_STRINGS);
    return { root: setAt(root, path, value), description: `unicode ${show(path)} = ${JSON.stringify(value)}` };
  },
  html(root, random) {
    const path = random.pick(pathsWhere(root, isString));
    const payload = random.pick(HTML_STRINGS);
    const before = getAt(root, path) as string;
    const value = random.chance(0.5) ? payload : `${before} ${payload}`;
    return { root: setAt(root, path, value), description: `html ${show(path)} = ${JSON.stringify(value)}` };
  },
  deepNesting(root, random) {
    // Built as text: JSON.stringify itself overflows the stack on a value this deep.
    const depth = random.pick([5, 63, 64, 65, 1000, 50_000]);
    const conditions = pathsWhere(root, (_v, p) => p[p.length - 1] === 'when');
    if (conditions.length > 0 && random.chance(0.5)) {
      // Conditions may nest (not, all, any): a deep chain of them is valid JSON and valid shape.
      const path = random.pick(conditions);
      const inner = JSON.stringify(getAt(root, path));
      let open = '';
      let close = '';
      for (let i = 0; i < depth; i++) {
        const not = random.chance(0.5);
        open += not ? '{"not":' : '{"all":[';
        close = (not ? '}' : ']}') + close;
      }
      setAt(root, path, DEEP_MARKER);
      return { root, deep: open + inner + close, description: `condition ${show(path)} nested ${depth} deep` };
    }
    const path = random.pick(pathsOf(root));
    const array = random.chance(0.5);
    const deep = `${(array ? '[' : '{"a":').repeat(depth)}"x"${(array ? ']' : '}').repeat(depth)}`;
    return { root: setAt(root, path, DEEP_MARKER), deep, description: `${show(path)} nested ${depth} deep` };
  },
};

export type TextMutation = (text: string, random: Random) => { text: string; description: string };

const megabyteMutations: Record<string, Mutation> = {
  manyItems(root, random) {
    // About 1 MB of valid-looking items, each with its own id.
    const paths = pathsWhere(root, (v, p) => Array.isArray(v) && p[p.length - 1] === 'items' && isObject(v[0]));
    if (paths.length === 0) return null;
    const path = random.pick(paths);
    const list = getAt(root, path) as Json[];
    const template = list[0] as { [key: string]: Json };
    const size = JSON.stringify(template).length;
    const copies = Math.ceil(1_000_000 / size);
    for (let i = 0; i < copies; i++) list.push({ ...structuredClone(template), id: `extra-${i}` });
    return { root, description: `${copies} extra items in ${show(path)}` };
  },
  megabyteString(root, random) {
    const path = random.pick(pathsWhere(root, isString));
    return { root: setAt(root, path, 'x'.repeat(1_000_000)), description: `string ${show(path)} of 1 MB` };
  },
};

const textMutations: Record<string, TextMutation> = {
  truncate(text, random) {
    const at = random.int(text.length);
    return { text: text.slice(0, at), description: `cut at ${at}` };
  },
  dropCharacter(text, random) {
    const spots = [...text.matchAll(/[{}[\]",:]/g)].map((m) => m.index ?? 0);
    const at = random.pick(spots);
    return { text: text.slice(0, at) + text.slice(at + 1), description: `drop ${JSON.stringify(text[at])} at ${at}` };
  },
  insertJunk(text, random) {
    const at = random.int(text.length);
    const junk = random.pick(['x', ',', '}', ']', '"', "'", '\\', '/* */', '// opmerking\n', 'NaN', 'undefined']);
    return { text: text.slice(0, at) + junk + text.slice(at), description: `insert ${JSON.stringify(junk)} at ${at}` };
  },
  trailingComma(text, random) {
    const spots = [...text.matchAll(/\n(\s*)[}\]]/g)].map((m) => m.index ?? 0);
    const at = random.pick(spots);
    return { text: `${text.slice(0, at)},${text.slice(at)}`, description: `trailing comma at ${at}` };
  },
  singleQuotes(text) {
    return { text: text.replace(/"/g, "'"), description: 'single quotes' };
  },
  typo(text, random) {
    const word = random.pick(['true', 'false', 'null']);
    const at = text.indexOf(`: ${word}`);
    if (at < 0) return { text: `${text}x`, description: 'text after the end' };
    return { text: text.replace(`: ${word}`, `: ${word.slice(0, -1)}`), description: `typo in ${word}` };
  },
  notAnObject(_text, random) {
    const text = random.pick(['', ' ', 'null', '[]', '42', '"tekst"', 'true', '{}', '\ufeff', '<html></html>']);
    return { text, description: `whole file ${JSON.stringify(text)}` };
  },
  byteOrderMark(text) {
    return { text: `\ufeff${text}`, description: 'byte order mark' };
  },
};

const megabyteTextMutations: Record<string, TextMutation> = {
  megabyteGarbage(_text, random) {
    const piece = random.pick(['{"a":', '[', 'x', '"é', '\u0000']);
    return { text: piece.repeat(Math.ceil(1_000_000 / piece.length)), description: `1 MB of ${JSON.stringify(piece)}` };
  },
  megabyteWhitespace(text, random) {
    const spaces = random.pick([' ', '\n', '\t', '\r\n']).repeat(1_000_000);
    const at = text.indexOf(',') + 1;
    return { text: text.slice(0, at) + spaces + text.slice(at), description: '1 MB of white space' };
  },
};

/** A mutation that finds nothing to change (no string left, say) is skipped. */
export function tryMutation(mutation: Mutation, root: Json, random: Random) {
  try {
    return mutation(root, random);
  } catch (error) {
    if (error instanceof Error && error.message === EMPTY_PICK) return null;
    throw error;
  }
}

const TEXTUAL = Object.keys(textMutations);
const MEGABYTE = [...Object.keys(megabyteMutations), ...Object.keys(megabyteTextMutations)];

export interface MutateOptions {
  /** Mutations that know the file's meaning (such as a reference to a scan that is not there). */
  extra?: Record<string, Mutation>;
  /** How often a structural mutation is one of `extra` (0..1). */
  extraShare?: number;
}

/** A 1 MB file (3 %), one mutation on the text (25 %), or one to three structural ones. */
export function mutateJson(
  original: Json,
  originalText: string,
  random: Random,
  options: MutateOptions = {},
): MutatedFile {
  if (random.chance(0.03)) {
    const name = random.pick(MEGABYTE);
    const onText = megabyteTextMutations[name];
    if (onText) {
      const { text, description } = onText(originalText, random);
      return { text, description: `${name}: ${description}` };
    }
    const result = tryMutation(megabyteMutations[name] as Mutation, structuredClone(original), random);
    if (result) return { text: JSON.stringify(result.root), description: `${name}: ${result.description}` };
  }
  if (random.chance(0.25)) {
    const name = random.pick(TEXTUAL);
    const { text, description } = (textMutations[name] as TextMutation)(originalText, random);
    return { text, description: `${name}: ${description}` };
  }
  const extra = options.extra ?? {};
  const extraNames = Object.keys(extra);
  let root = structuredClone(original);
  const done: string[] = [];
  const count = 1 + random.int(3);
  let deep: string | undefined;
  for (let attempt = 0; attempt < 50 && done.length < count && deep === undefined; attempt++) {
    const fromExtra = extraNames.length > 0 && random.chance(options.extraShare ?? 0.5);
    const name = random.pick(fromExtra ? extraNames : Object.keys(mutations));
    const result = tryMutation((fromExtra ? extra[name] : mutations[name]) as Mutation, root, random);
    if (!result) continue;
    root = result.root;
    deep = result.deep;
    done.push(`${name}: ${result.description}`);
  }
  let text = JSON.stringify(root, null, random.chance(0.5) ? 2 : undefined);
  if (deep !== undefined) text = text.replace(JSON.stringify(DEEP_MARKER), () => deep);
  return { text, description: done.join('; ') };
}
