/**
 * Validating questionnaire files, with a Dutch message and a JSON path for every problem.
 * Used by `npm run check:questionnaires`, by the app when it loads files at run time,
 * and by import. Pure: no DOM, no fetch.
 */
import type * as z from 'zod';
import * as say from '../text/validation';
import { IndexSchema, type Questionnaire, type QuestionnaireIndex, QuestionnaireSchema } from './format';
import { isTask } from './kinds';
import { DRIVER_GROUP } from './scoring';

export interface Problem {
  file: string;
  /** JSON path such as `sections[0].items[2].id`; empty for the whole file. */
  path: string;
  message: string;
}

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'number';
  return typeof input;
}

/** Plain Dutch messages for zod's built-in checks; our own messages are kept as they are. */
export const dutchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return say.fieldMissing;
      return say.wrongType(
        say.typeNames[issue.expected] ?? issue.expected,
        say.typeNames[typeOfInput(issue.input)] ?? say.somethingElse,
      );
    case 'unrecognized_keys':
      return say.unknownField(issue.keys.map((k) => `"${k}"`).join(', '));
    case 'invalid_value':
      return say.chooseFrom(issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'too_small':
      if (issue.origin === 'array') return say.listTooShort(Number(issue.minimum));
      if (issue.origin === 'string') return say.textTooShort(Number(issue.minimum));
      return issue.inclusive ? say.numberAtLeast(Number(issue.minimum)) : say.numberAbove(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'array') return say.listTooLong(Number(issue.maximum));
      if (issue.origin === 'string') return say.textTooLongChars(Number(issue.maximum));
      return issue.inclusive ? say.numberAtMost(Number(issue.maximum)) : say.numberBelow(Number(issue.maximum));
    case 'invalid_format':
      return say.wrongFormat;
    case 'invalid_union':
      // A wrong "kind" (such as "stelling") names the kinds that do exist.
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0)
        return say.chooseFrom(issue.options.map((v: unknown) => JSON.stringify(v)).join(', '));
      return say.noMatchingShape;
    case 'not_multiple_of':
      return say.notMultipleOf(Number(issue.divisor));
    default:
      return say.valueNotRight;
  }
};

/** `['sections', 0, 'items', 2, 'id']` → `sections[0].items[2].id` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** JSON.parse with a Dutch message that says where the text stops being JSON. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // Browsers word JSON errors differently, and many give no position at all (V8 says only
    // "Unexpected token" for a typo such as `tru`), so we find the spot ourselves.
    const detail = error instanceof Error ? error.message : String(error);
    const position = safeErrorOffset(text) ?? /position (\d+)/.exec(detail)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      const column = Number(position) - before.lastIndexOf('\n');
      where = say.notJsonWhere(line, column);
    }
    return {
      ok: false,
      problems: [{ file, path: '', message: say.notJson(where) }],
    };
  }
}

/** jsonErrorOffset recurses per level: text nested deeper than the stack allows gets no position. */
function safeErrorOffset(text: string): number | undefined {
  try {
    return jsonErrorOffset(text);
  } catch {
    return undefined;
  }
}

/** Offset of the first character where `text` stops being valid JSON; undefined when it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): boolean => {
    i++; // the opening quote
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch === '\\') {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else return false;
      } else if (ch < ' ') return false;
      else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    const found = match.exec(text);
    if (!found) return false;
    i += found[0].length;
    return true;
  };
  const value = (): boolean => {
    skipSpace();
    const ch = text.charAt(i);
    if (ch === '{') {
      i++;
      skipSpace();
      if (text.charAt(i) === '}') {
        i++;
        return true;
      }
      for (;;) {
        skipSpace();
        if (text.charAt(i) !== '"' || !string()) return false;
        skipSpace();
        if (text.charAt(i) !== ':') return false;
        i++;
        if (!value()) return false;
        skipSpace();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === '}') {
          i++;
          return true;
        } else return false;
      }
    }
    if (ch === '[') {
      i++;
      skipSpace();
      if (text.charAt(i) === ']') {
        i++;
        return true;
      }
      for (;;) {
        if (!value()) return false;
        skipSpace();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === ']') {
          i++;
          return true;
        } else return false;
      }
    }
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return number();
  };
  if (!value()) return i;
  skipSpace();
  return i < text.length ? i : undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * No questionnaire nests deeper than a dozen levels. zod (conditions inside conditions) and the
 * content hash recurse, so a file nested thousands of levels deep is refused before either runs.
 */
export const MAX_DEPTH = 64;

/** The path of the first object or list nested deeper than `limit`; undefined when there is none. */
export function tooDeepPath(value: unknown, limit = MAX_DEPTH): PropertyKey[] | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.path.length >= limit) return next.path;
    const entries = Array.isArray(next.value)
      ? next.value.map((v, i) => [i, v] as const)
      : Object.entries(next.value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [PropertyKey, unknown];
      stack.push({ value: child, path: [...next.path, key] });
    }
  }
  return undefined;
}

export function parseQuestionnaire(file: string, data: unknown): Parsed<Questionnaire> {
  const deep = tooDeepPath(data);
  if (deep)
    return {
      ok: false,
      problems: [
        {
          file,
          path: formatPath(deep),
          message: say.tooDeep(MAX_DEPTH),
        },
      ],
    };
  const result = QuestionnaireSchema.safeParse(data, { error: dutchErrors });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(file, result.error) };
}

export function parseIndex(file: string, data: unknown): Parsed<QuestionnaireIndex> {
  const result = IndexSchema.safeParse(data, { error: dutchErrors });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(file, result.error) };
}

/**
 * Rules that span files, each named in the file that breaks it: ids unique across files, a pack's
 * driver questionnaire present, task tags that name a driver of it. That the folder holds a task
 * pack and a general questionnaire at all is a rule of the index: see folderProblems.
 */
export function crossFileProblems(files: readonly { file: string; questionnaire: Questionnaire }[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, string>();
  for (const { file, questionnaire } of files) {
    const other = byId.get(questionnaire.id);
    if (other) problems.push({ file, path: 'id', message: say.idAlsoIn(questionnaire.id, other) });
    else byId.set(questionnaire.id, file);
  }
  for (const { file, questionnaire } of files) {
    const config = questionnaire.scoring.taskShift;
    if (!config) continue;
    const drivers = files.find((f) => f.questionnaire.id === config.driverQuestionnaire)?.questionnaire;
    if (!drivers) {
      problems.push({
        file,
        path: 'scoring.taskShift.driverQuestionnaire',
        message: say.questionnaireMissing(config.driverQuestionnaire),
      });
      continue;
    }
    const driverIds = new Set(drivers.scoring.scales.filter((s) => s.group === DRIVER_GROUP).map((s) => s.id));
    questionnaire.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        if (!isTask(item)) return;
        item.tags.forEach((tag, t) => {
          if (!driverIds.has(tag))
            problems.push({
              file,
              path: formatPath(['sections', s, 'items', i, 'tags', t]),
              message: say.driverMissing(tag, drivers.id),
            });
        });
      });
    });
  }
  return problems;
}

/**
 * Rules of the folder as a whole, named in the index file: a scan is one task pack plus the
 * general questionnaires, so the index must list at least one of each. `kinds` holds the kind each
 * listed file declares, broken files included (a broken pack is named in its own file already).
 * While a file's kind is unknown (it could not be read, or names no valid kind) nothing is said:
 * that file may be the missing one, and its own problem names it.
 */
export function folderProblems(indexFile: string, kinds: readonly unknown[]): Problem[] {
  if (kinds.some((kind) => kind !== 'takenpakket' && kind !== 'vragenlijst')) return [];
  const problems: Problem[] = [];
  if (!kinds.includes('takenpakket'))
    problems.push({
      file: indexFile,
      path: 'questionnaires',
      message: say.folderWithoutPack,
    });
  if (!kinds.includes('vragenlijst'))
    problems.push({
      file: indexFile,
      path: 'questionnaires',
      message: say.folderWithoutGeneral,
    });
  return problems;
}

/** One line per problem, for the console and the error screen. */
export function describeProblem(problem: Problem): string {
  return problem.path ? `${problem.file} · ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
