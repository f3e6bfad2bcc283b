/**
 * Fuzzing import: 1000 seeded mutations of a realistic export file (real questionnaire snapshots,
 * valid answers, plans), read the way the app reads a chosen file (parseExportText, then
 * importAll) into a repository that already holds scans. Each file is imported correctly (nothing
 * stored is lost, merged by the documented rules) or refused with a Dutch message naming where;
 * after a refusal the full export is byte-for-byte what it was. Most cases run on the memory
 * repository, every fifth on IndexedDB (fake-indexeddb).
 *
 * tests/unit/storage/import-mutations.test.ts checks the storage layer's own sample records;
 * this one adds the file text, the real questionnaires, and the merge rules.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../../src/domain/answers';
import { allItems } from '../../../src/domain/format';
import { canonicalJson, contentHash } from '../../../src/domain/hash';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { ImportError } from '../../../src/storage/errors';
import { parseExportText, validateExportFile } from '../../../src/storage/export-format';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { createMemoryRepository } from '../../../src/storage/memory';
import type { ExportFile, ImportPreview, Repository } from '../../../src/storage/types';
import { dutchMessageProblem, type Json, pathProblem, seededRandom, setAt } from './fuzz-tools';
import { HTML_STRINGS, type Mutation, mutateJson, pathsWhere, show, UNICODE_STRINGS } from './json-mutations';
import { buildScan, exportFileOf, realQuestionnaire } from './scan-data';

const SEED = 20250608;
const CASES = 1000;
const IDB_EVERY = 5;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const clock = () => NOW;

const PACK = realQuestionnaire('burgerzaken.json');
const MINDSET = realQuestionnaire('groeimindset.json');
const USED = [PACK, MINDSET];

/** What the person already has: a finished scan from March and one from June, half done. */
const STORED = (() => {
  const random = seededRandom(1);
  const march = buildScan(
    { id: 'scan-maart', createdAt: '2025-03-03T09:00:00.000Z', questionnaires: USED, answered: 1, finished: true },
    random,
  );
  march.plan = { ...emptyPlan('scan-maart', march.scan.updatedAt), goals: 'Beter worden in digitaal werken.' };
  const june = buildScan(
    { id: 'scan-juni', createdAt: '2025-06-02T09:00:00.000Z', questionnaires: USED, answered: 0.4 },
    random,
  );
  return { march, june, file: exportFileOf([march, june], USED, NOW.toISOString()) };
})();

/** The file chosen for import: March as it is, June further along (on another device), and May. */
const INCOMING = (() => {
  const random = seededRandom(2);
  const june = buildScan(
    { id: 'scan-juni', createdAt: '2025-06-02T09:00:00.000Z', questionnaires: USED, answered: 0.9 },
    random,
  );
  const may = buildScan(
    { id: 'scan-mei', createdAt: '2025-05-05T09:00:00.000Z', questionnaires: USED, answered: 1, finished: true },
    random,
  );
  may.plan = { ...emptyPlan('scan-mei', may.scan.updatedAt), name: 'Sam', firstSteps: 'Meelopen met een collega.' };
  return exportFileOf([STORED.march, june, may], USED, '2025-06-10T08:00:00.000Z');
})();
const INCOMING_JSON = INCOMING as unknown as Json;
const INCOMING_TEXT = `${JSON.stringify(INCOMING, null, 2)}\n`;

function emptyPlan(scanId: string, updatedAt: string) {
  return { scanId, name: '', goals: '', firstSteps: '', support: '', nextTalk: '', hiddenSections: [], updatedAt };
}

const SETTINGS: Record<string, unknown> = { persistentieGevraagd: true, laatsteExport: '2025-05-01' };

async function filledRepository(kind: 'memory' | 'indexeddb'): Promise<Repository> {
  const repo =
    kind === 'memory'
      ? createMemoryRepository({ now: clock })
      : await createIdbRepository({ indexedDB: new IDBFactory(), now: clock });
  await repo.importAll(STORED.file);
  for (const [key, value] of Object.entries(SETTINGS)) await repo.putSetting(key, value);
  return repo;
}

/**
 * Everything stored, as text: the full export plus the settings, and every scan with its answers,
 * plan and snapshots as the app reads them (export leaves out what import would refuse).
 */
async function everything(repo: Repository): Promise<string> {
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(SETTINGS)) settings[key] = await repo.getSetting(key);
  const scans = [];
  for (const scan of await repo.listScans()) {
    const snapshots = await Promise.all(scan.questionnaires.map((ref) => repo.getSnapshot(ref.hash)));
    scans.push({ scan, answers: await repo.getAnswers(scan.id), plan: await repo.getPlan(scan.id), snapshots });
  }
  return JSON.stringify({ export: await repo.exportAll(), settings, scans });
}

// ---- mutations that know what an export file means -------------------------------------------

type Root = { [key: string]: Json };
const list = (root: Json, name: string) => {
  const value = (root as Root)[name];
  return Array.isArray(value) ? (value as Root[]) : [];
};
const DATES = [
  '2025-13-01T00:00:00.000Z',
  'gisteren',
  '2025-06-01',
  '2025-06-01T12:00:00+02:00',
  '',
  '2999-01-01T00:00:00.000Z',
];

const exportMutations: Record<string, Mutation> = {
  duplicateRecord(root, random) {
    const name = random.pick(['scans', 'answers', 'snapshots', 'plans']);
    const records = list(root, name);
    const index = random.int(records.length);
    records.splice(index, 0, structuredClone(records[index] as Root));
    return { root, description: `copy ${name}[${index}]` };
  },
  danglingReference(root, random) {
    const where = random.pick([
      'answer-scan',
      'answer-questionnaire',
      'plan-scan',
      'scan-hash',
      'scan-version',
      'pack',
    ]);
    const pick = (name: string) => random.pick(list(root, name));
    if (where === 'answer-scan') pick('answers').scanId = 'scan-weg';
    else if (where === 'answer-questionnaire') pick('answers').questionnaireId = 'talent-motivatie';
    else if (where === 'plan-scan') pick('plans').scanId = 'scan-weg';
    else {
      const refs = pick('scans').questionnaires as Root[];
      const ref = random.pick(refs);
      if (where === 'scan-hash') ref.hash = '00000000000000';
      else if (where === 'scan-version') ref.version = 2;
      else pick('scans').packId = 'bestaat-niet';
    }
    return { root, description: `dangling ${where}` };
  },
  tamperSnapshot(root, random) {
    const snapshot = random.pick(list(root, 'snapshots'));
    const content = snapshot.content as Json;
    const path = random.pick(pathsWhere(content, (v) => typeof v === 'string'));
    setAt(content, path, random.pick(['Andere tekst.', ...HTML_STRINGS]));
    return { root, description: `snapshot ${snapshot.id} content${show(path)} changed, hash kept` };
  },
  consistentSnapshot(root, random) {
    // Changed content with a hash that fits: a file someone edited carefully.
    const snapshot = random.pick(list(root, 'snapshots'));
    const content = snapshot.content as Root;
    content.title = random.pick(['Burgerzaken (aangepast)', ...HTML_STRINGS, ...UNICODE_STRINGS]);
    const old = snapshot.hash;
    snapshot.hash = contentHash(content);
    for (const scan of list(root, 'scans'))
      for (const ref of scan.questionnaires as Root[]) if (ref.hash === old) ref.hash = snapshot.hash;
    return { root, description: `snapshot ${snapshot.id} retitled with a new hash` };
  },
  badDate(root, random) {
    const paths = pathsWhere(root, (v, p) => typeof v === 'string' && /At$/.test(String(p[p.length - 1])));
    const path = random.pick(paths);
    const value = random.pick(DATES);
    return { root: setAt(root, path, value), description: `date ${show(path)} = ${JSON.stringify(value)}` };
  },
  badAnswer(root, random) {
    const answer = random.pick(list(root, 'answers'));
    answer.value = random.pick<Json>([
      101,
      -1,
      1.5,
      7,
      'x'.repeat(5001),
      ['a', 'a'],
      [],
      { tijd: 1 },
      { time: 11 },
      { time: 9 },
      null,
      true,
    ]);
    return { root, description: `answer value = ${JSON.stringify(answer.value).slice(0, 40)}` };
  },
  changeTime(root, random) {
    const scan = random.pick(list(root, 'scans'));
    scan.updatedAt = random.pick(['2030-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', scan.updatedAt as string]);
    return { root, description: `scan ${scan.id} updatedAt = ${scan.updatedAt}` };
  },
  emptyList(root, random) {
    const name = random.pick(['scans', 'answers', 'snapshots', 'plans']);
    (root as Root)[name] = [];
    return { root, description: `${name} = []` };
  },
  formatField(root, random) {
    const [key, value] = random.pick<[string, Json]>([
      ['format', 'morgenscan'],
      ['format', 'MORGENSCAN-EXPORT'],
      ['formatVersion', 2],
      ['formatVersion', '1'],
      ['exportedAt', 'nu'],
    ]);
    (root as Root)[key] = value;
    return { root, description: `${key} = ${JSON.stringify(value)}` };
  },
  planText(root, random) {
    const plan = random.pick(list(root, 'plans'));
    const key = random.pick(['name', 'goals', 'firstSteps', 'support', 'nextTalk']);
    plan[key] = random.pick([...HTML_STRINGS, ...UNICODE_STRINGS, 'x'.repeat(20_001), 'x'.repeat(201)]);
    return { root, description: `plan ${plan.scanId}.${key} = ${JSON.stringify(plan[key]).slice(0, 40)}` };
  },
};

// ---- what an accepted import must have done ----------------------------------------------------

interface Bundle {
  scan: unknown;
  answers: unknown[];
  plan: unknown;
}

function bundles(file: ExportFile): Map<string, Bundle> {
  const out = new Map<string, Bundle>();
  for (const scan of file.scans)
    out.set(scan.id, {
      scan,
      answers: file.answers
        .filter((a) => a.scanId === scan.id)
        .sort((a, b) => (a.itemId + a.questionnaireId < b.itemId + b.questionnaireId ? -1 : 1)),
      plan: file.plans.find((p) => p.scanId === scan.id) ?? null,
    });
  return out;
}

const lastChange = (bundle: Bundle) => {
  const b = bundle as {
    scan: { updatedAt: string };
    answers: { answeredAt: string }[];
    plan: { updatedAt: string } | null;
  };
  return Math.max(
    ...[b.scan.updatedAt, ...b.answers.map((a) => a.answeredAt), b.plan?.updatedAt ?? b.scan.updatedAt].map(Date.parse),
  );
};
const same = (a: Bundle | undefined, b: Bundle | undefined) =>
  a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);

/** Why the stored data after an accepted import is wrong; [] when it is right. */
function mergeFaults(before: ExportFile, incoming: ExportFile, after: ExportFile): string[] {
  const faults: string[] = [];
  const was = bundles(before);
  const came = bundles(incoming);
  const now = bundles(after);
  for (const [id, old] of was) {
    const result = now.get(id);
    if (!result) faults.push(`scan ${id} was lost`);
    else if (same(result, old)) continue;
    else if (!came.has(id)) faults.push(`scan ${id} changed although the file does not hold it`);
    else if (!same(result, came.get(id))) faults.push(`scan ${id} is neither the stored nor the imported one`);
    else if (lastChange(came.get(id) as Bundle) <= lastChange(old)) faults.push(`scan ${id} replaced by an older one`);
  }
  for (const [id, bundle] of came)
    if (!was.has(id) && !same(now.get(id), bundle)) faults.push(`new scan ${id} not imported as it was`);
  for (const id of now.keys()) if (!was.has(id) && !came.has(id)) faults.push(`scan ${id} came from nowhere`);
  const hashes = new Set(after.snapshots.map((s) => s.hash));
  for (const s of [...before.snapshots, ...incoming.snapshots])
    if (!hashes.has(s.hash)) faults.push(`snapshot ${s.hash} missing`);
  return faults;
}

/**
 * Snapshots of an accepted file that are no valid questionnaire, and answers that do not fit their
 * question. Import refuses such a file (the app would count those answers as not given).
 */
function unfitContent(file: ExportFile): number {
  let count = file.snapshots.filter((s) => !parseQuestionnaire('snapshot', s.content).ok).length;
  const parsedByHash = new Map<string, ReturnType<typeof parseQuestionnaire>>();
  for (const answer of file.answers) {
    const scan = file.scans.find((s) => s.id === answer.scanId);
    const hash = scan?.questionnaires.find((r) => r.id === answer.questionnaireId)?.hash ?? '';
    if (!parsedByHash.has(hash))
      parsedByHash.set(hash, parseQuestionnaire('snapshot', file.snapshots.find((s) => s.hash === hash)?.content));
    const parsed = parsedByHash.get(hash) as ReturnType<typeof parseQuestionnaire>;
    const item = parsed.ok ? allItems(parsed.value).find((i) => i.id === answer.itemId) : undefined;
    if (!parsed.ok || !item || answerProblem(parsed.value, item, answer.value) !== undefined) count++;
  }
  return count;
}

function parsedOrUndefined(text: string): Json | undefined {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch {
    return undefined;
  }
}

describe('import fuzz', () => {
  it('imports the unchanged file as the merge rules say', async () => {
    const repo = await filledRepository('memory');
    const preview = await repo.importAll(parseExportText(INCOMING_TEXT));
    expect(preview).toEqual<ImportPreview>({
      scansNew: 1,
      scansSame: 1,
      scansUpdated: 1,
      scansKept: 0,
      answers: INCOMING.answers.filter((a) => a.scanId !== 'scan-maart').length,
      plans: 1,
    });
  });

  it(`imports or refuses ${CASES} mutated files; a refusal changes nothing`, async () => {
    const counts = { tried: 0, accepted: 0, refused: 0, lost: 0, indexeddb: 0, unfitContent: 0 };
    const failures: string[] = [];
    const originalBefore = STORED.file;
    const open: Record<'memory' | 'indexeddb', Repository | null> = { memory: null, indexeddb: null };
    const expected: Partial<Record<'memory' | 'indexeddb', string>> = {};
    for (let n = 0; n < CASES; n++) {
      const random = seededRandom(SEED + n);
      const mutated = mutateJson(INCOMING_JSON, INCOMING_TEXT, random, { extra: exportMutations, extraShare: 0.5 });
      const kind = n % IDB_EVERY === 0 ? 'indexeddb' : 'memory';
      const fail = (why: string) => failures.push(`case ${n} (${kind}; ${mutated.description.slice(0, 200)}): ${why}`);
      counts.tried++;
      if (kind === 'indexeddb') counts.indexeddb++;
      // A refusal leaves the repository as it was (checked below), so the next case reuses it:
      // a run of refusals must keep the data intact too. After an import a fresh one is made.
      const repo = open[kind] ?? (await filledRepository(kind));
      open[kind] = repo;
      try {
        expected[kind] ??= await everything(repo);
        const before = expected[kind];
        // Some checks are costly and say the same every time: every fourth case makes them.
        const thorough = n % 4 === 1;
        let outcome: unknown;
        let data: unknown;
        try {
          data = parseExportText(mutated.text);
          // The app shows a preview first: it must agree with the import and change nothing.
          const previewed = thorough ? await repo.previewImport(data).catch((error: unknown) => error) : undefined;
          if (thorough && (await everything(repo)) !== before) fail('preview changed stored data');
          const preview = await repo.importAll(data);
          if (previewed instanceof Error) fail(`preview refused what import accepted: ${previewed.message}`);
          else if (thorough && canonicalJson(previewed) !== canonicalJson(preview)) fail('preview and import disagree');
          outcome = 'accepted';
        } catch (error) {
          outcome = error;
        }
        const after = await everything(repo);
        if (outcome === 'accepted') {
          counts.accepted++;
          open[kind] = null;
          // Import accepted it, so it is a valid ExportFile (the schema adds no defaults).
          const file = data as ExportFile;
          const stored = JSON.parse(after).export as ExportFile;
          for (const fault of mergeFaults(originalBefore, file, stored)) {
            counts.lost++;
            fail(fault);
          }
          counts.unfitContent += unfitContent(file) > 0 ? 1 : 0;
          if (thorough) {
            // What is stored now can be exported and imported; the same file again changes nothing.
            validateExportFile(stored);
            const again = await repo.importAll(parseExportText(mutated.text));
            if (again.scansNew + again.scansUpdated !== 0 || (await everything(repo)) !== after)
              fail('a second import changed data');
          }
          continue;
        }
        counts.refused++;
        if (after !== before) {
          open[kind] = null;
          counts.lost++;
          fail('stored data changed after a refusal');
        }
        if (!(outcome instanceof ImportError)) {
          fail(`refused with ${outcome instanceof Error ? `${outcome.name}: ${outcome.message}` : String(outcome)}`);
          continue;
        }
        if (!outcome.message.startsWith('Dit bestand kan Morgenscan niet inlezen. Er is niets veranderd.\n'))
          fail(`message starts wrong: ${outcome.message.slice(0, 100)}`);
        if (outcome.problems.length === 0) fail('refused without a problem');
        const root = parsedOrUndefined(mutated.text);
        for (const problem of outcome.problems) {
          if (problem.file !== 'import') fail(`problem names file ${problem.file}`);
          const dutch = dutchMessageProblem(problem.message);
          if (dutch) fail(dutch);
          const where =
            root === undefined
              ? problem.path === ''
                ? undefined
                : 'path in a file that is no JSON'
              : pathProblem(root, problem.path);
          if (where) fail(`${where}: ${problem.message}`);
        }
      } catch (error) {
        open[kind] = null;
        fail(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      } finally {
        if (open[kind] !== repo) repo.close();
      }
    }
    open.memory?.close();
    open.indexeddb?.close();
    console.log(
      `import fuzz: ${counts.tried} tried, ${counts.accepted} accepted, ${counts.refused} refused, lost ${counts.lost}` +
        ` (${counts.indexeddb} on IndexedDB; ${counts.unfitContent} accepted files hold answers or questionnaires that do not fit)`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(counts.lost).toBe(0);
    expect(counts.unfitContent).toBe(0);
    expect(counts.tried).toBe(CASES);
    expect(counts.accepted).toBeGreaterThan(CASES / 20);
    expect(counts.refused).toBeGreaterThan(CASES / 2);
  }, 180_000);
});
