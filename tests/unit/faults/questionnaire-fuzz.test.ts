/**
 * Fuzzing the real questionnaire files: 1200 seeded mutations (deleted keys, wrong types, huge
 * strings, duplicate ids, broken references, invalid JSON, 1 MB files, deep nesting, unicode,
 * HTML). Each file is either accepted or rejected with a Dutch message that names the file and a
 * JSON path a reader can find; nothing throws, and the files that were not touched stay usable.
 *
 * A failing case prints its number; `seededRandom(SEED + number)` makes it again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/domain/format';
import { contentHash } from '../../../src/domain/hash';
import {
  crossFileProblems,
  MAX_DEPTH,
  type Problem,
  parseIndex,
  parseJsonText,
  parseQuestionnaire,
} from '../../../src/domain/validate';
import { loadQuestionnaires } from '../../../src/storage/questionnaire-source';
import { dutchMessageProblem, type Json, pathProblem, seededRandom } from './fuzz-tools';
import { mutateJson } from './json-mutations';

const SEED = 20250607;
const CASES = 1000;
/** Every fourth case goes through the app's own loader with all files; the rest check one file. */
const LOADER_EVERY = 4;

const DIR = join(import.meta.dirname, '../../../questionnaires');
const INDEX = 'index.json';
const indexText = readFileSync(join(DIR, INDEX), 'utf8');
const index = parseIndex(INDEX, JSON.parse(indexText));
if (!index.ok) throw new Error('questionnaires/index.json is broken');
const FILES = index.value.questionnaires;
const TEXTS = new Map<string, string>([
  [INDEX, indexText],
  ...FILES.map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as const),
]);
const ORIGINAL = new Map(FILES.map((f) => [f, JSON.parse(TEXTS.get(f) as string) as Json]));
const PARSED = new Map(
  FILES.map((file) => {
    const parsed = parseQuestionnaire(file, ORIGINAL.get(file));
    if (!parsed.ok) throw new Error(`${file} is broken`);
    return [file, parsed.value] as const;
  }),
);
/** A pack cannot load without the questionnaire that holds its drivers. */
const DEPENDS_ON = new Map(
  FILES.map((file) => {
    const driver = PARSED.get(file)?.scoring.taskShift?.driverQuestionnaire;
    return [file, FILES.find((f) => PARSED.get(f)?.id === driver)] as const;
  }),
);

interface Outcome {
  accepted: boolean;
  problems: Problem[];
}

/** What the loader does with one file, with the other (valid) files already loaded. */
function checkOne(file: string, text: string): Outcome {
  const json = parseJsonText(file, text.replace(/^\uFEFF/, ''));
  if (!json.ok) return { accepted: false, problems: json.problems };
  const parsed = parseQuestionnaire(file, json.value);
  if (!parsed.ok) return { accepted: false, problems: parsed.problems };
  contentHash(json.value);
  const all = FILES.map((f) => ({
    file: f,
    questionnaire: f === file ? parsed.value : (PARSED.get(f) as Questionnaire),
  }));
  const problems = crossFileProblems(all).filter((p) => p.file === file);
  return { accepted: problems.length === 0, problems };
}

async function loadAll(texts: ReadonlyMap<string, string>) {
  const fetchFn = async (url: URL) => {
    const text = texts.get(url.pathname.split('/').pop() ?? '');
    return text === undefined ? new Response('Niet gevonden', { status: 404 }) : new Response(text);
  };
  return loadQuestionnaires('https://intranet.example/morgenscan/', fetchFn);
}

function jsonOf(text: string): Json | undefined {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch {
    return undefined;
  }
}

function listedIn(texts: ReadonlyMap<string, string>): Set<string> {
  const index = jsonOf(texts.get(INDEX) ?? '');
  const list = index && typeof index === 'object' && !Array.isArray(index) ? index.questionnaires : undefined;
  return new Set(Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : []);
}

/** Problems with the problems: no file, no Dutch, a path nobody can find. */
function problemFaults(problems: readonly Problem[], texts: ReadonlyMap<string, string>): string[] {
  const faults: string[] = [];
  const roots = new Map<string, Json | undefined>();
  for (const problem of problems) {
    const dutch = dutchMessageProblem(problem.message);
    if (dutch) faults.push(`${problem.file}: ${dutch}`);
    const text = texts.get(problem.file);
    if (text === undefined) {
      // A file the index lists but the host does not have: named, at the file level.
      if (!listedIn(texts).has(problem.file) || problem.path !== '')
        faults.push(`unknown file ${JSON.stringify(problem.file)}`);
      continue;
    }
    if (!roots.has(problem.file)) roots.set(problem.file, jsonOf(text));
    const root = roots.get(problem.file);
    if (root === undefined) {
      if (problem.path !== '') faults.push(`${problem.file}: path ${problem.path} in a file that is no JSON`);
    } else {
      const where = pathProblem(root, problem.path);
      if (where) faults.push(`${problem.file}: ${where} (${problem.message.slice(0, 120)})`);
    }
  }
  return faults;
}

describe('questionnaire fuzz', () => {
  it(`accepts or rejects ${CASES} mutated files with a Dutch message, file and path; never throws`, async () => {
    const counts = { tried: 0, accepted: 0, rejected: 0, crashed: 0 };
    const failures: string[] = [];
    for (let n = 0; n < CASES; n++) {
      const random = seededRandom(SEED + n);
      const file = random.chance(0.08) ? INDEX : random.pick(FILES);
      const original = file === INDEX ? (JSON.parse(indexText) as Json) : (ORIGINAL.get(file) as Json);
      const mutated = mutateJson(original, TEXTS.get(file) as string, random);
      const texts = new Map(TEXTS).set(file, mutated.text);
      const fail = (why: string) => failures.push(`case ${n} (${file}; ${mutated.description.slice(0, 300)}): ${why}`);
      counts.tried++;
      try {
        if (file !== INDEX && n % LOADER_EVERY !== 0) {
          const outcome = checkOne(file, mutated.text);
          if (outcome.accepted) counts.accepted++;
          else counts.rejected++;
          if (!outcome.accepted && outcome.problems.length === 0) fail('rejected without a problem');
          for (const fault of problemFaults(outcome.problems, texts)) fail(fault);
          continue;
        }
        const load = await loadAll(texts);
        for (const fault of problemFaults(load.problems, texts)) fail(fault);
        const named = new Set(load.problems.map((p) => p.file));
        const loaded = new Set(load.loaded.map((l) => l.file));
        if (file === INDEX) {
          if (named.has(INDEX)) {
            counts.rejected++;
            if (load.loaded.length > 0) fail('files loaded from a broken index');
            continue;
          }
          counts.accepted++;
          const listed = parseIndex(INDEX, JSON.parse(mutated.text.replace(/^\uFEFF/, '')));
          if (!listed.ok) throw new Error('index accepted by the loader, rejected by parseIndex');
          // Each listed file is there, or is named with its problem: never left out silently.
          for (const f of new Set(listed.value.questionnaires))
            if (loaded.has(f) === named.has(f)) fail(`${f} is ${loaded.has(f) ? 'both loaded and named' : 'missing'}`);
          continue;
        }
        if (loaded.has(file)) counts.accepted++;
        else counts.rejected++;
        for (const f of FILES)
          if (loaded.has(f) === named.has(f)) fail(`${f} is ${loaded.has(f) ? 'both loaded and named' : 'missing'}`);
        // A file broken on its own takes nothing else down, except a pack that needs its drivers.
        const ownFault = load.problems.some((p) => p.file === file && !['id'].includes(p.path)) && !loaded.has(file);
        if (ownFault)
          for (const other of FILES)
            if (other !== file && DEPENDS_ON.get(other) !== file && !loaded.has(other))
              fail(`${other} was not loaded although only ${file} was changed`);
      } catch (error) {
        counts.crashed++;
        fail(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    console.log(
      `questionnaire fuzz: ${counts.tried} tried, ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.crashed} crashed`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(counts.crashed).toBe(0);
    expect(counts.tried).toBe(CASES);
    // A fuzz run that only breaks files, or never does, tests too little.
    expect(counts.accepted).toBeGreaterThan(CASES / 20);
    expect(counts.rejected).toBeGreaterThan(CASES / 2);
  }, 120_000);
});

describe('files nested too deep', () => {
  const withCondition = FILES.find((f) => PARSED.get(f)?.scoring.recommendations.length);
  it('rejects a condition nested thousands of levels deep at its path, instead of overflowing the stack', () => {
    if (!withCondition) throw new Error('no questionnaire with a recommendation');
    // biome-ignore lint/suspicious/noExplicitAny: the test builds a raw file.
    const raw = structuredClone(ORIGINAL.get(withCondition)) as any;
    let condition = raw.scoring.recommendations[0].when;
    for (let i = 0; i < 20_000; i++) condition = { not: condition };
    raw.scoring.recommendations[0].when = condition;
    const result = parseQuestionnaire(withCondition, raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: withCondition,
        path: `scoring.recommendations[0].when${'.not'.repeat(MAX_DEPTH - 4)}`,
        message: `Hier zitten te veel lagen in elkaar (meer dan ${MAX_DEPTH}). Maak dit deel eenvoudiger.`,
      },
    ]);
  });

  it('accepts the same condition a few levels deep', () => {
    if (!withCondition) throw new Error('no questionnaire with a recommendation');
    // biome-ignore lint/suspicious/noExplicitAny: the test builds a raw file.
    const raw = structuredClone(ORIGINAL.get(withCondition)) as any;
    raw.scoring.recommendations[0].when = { not: { not: raw.scoring.recommendations[0].when } };
    expect(parseQuestionnaire(withCondition, raw).ok).toBe(true);
  });

  it('says a file is no JSON when it opens 100 000 lists and never closes them', () => {
    expect(parseJsonText('groeimindset.json', '['.repeat(100_000))).toEqual({
      ok: false,
      problems: [{ file: 'groeimindset.json', path: '', message: 'Dit bestand is geen geldige JSON.' }],
    });
  });
});
