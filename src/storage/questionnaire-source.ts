/**
 * Loads the questionnaires from the site at run time, so an HR adviser can edit or add a file on
 * the host without a rebuild. A broken file is left out with its problems; the others stay usable.
 */
import type { Questionnaire } from '../domain/format';
import { contentHash } from '../domain/hash';
import {
  crossFileProblems,
  folderProblems,
  type Parsed,
  type Problem,
  parseIndex,
  parseJsonText,
  parseQuestionnaire,
} from '../domain/validate';
import { storage as text } from '../text/storage';

export const INDEX_FILE = 'index.json';
const FOLDER = 'questionnaires/';

export interface LoadedQuestionnaire {
  /** The file name as listed in index.json. */
  file: string;
  questionnaire: Questionnaire;
  /** The JSON exactly as fetched: what a scan keeps as its snapshot. */
  raw: unknown;
  /** contentHash(raw). */
  hash: string;
}

export interface QuestionnaireLoad {
  /** In the order of index.json. */
  loaded: LoadedQuestionnaire[];
  problems: Problem[];
}

type FetchFn = (input: URL, init?: RequestInit) => Promise<Response>;

const browserFetch: FetchFn = (input, init) => fetch(input, init);

/** The JSON of one file, or a Dutch problem saying why it could not be had. */
async function fetchJson(url: URL, file: string, fetchFn: FetchFn): Promise<Parsed<unknown>> {
  let response: Response;
  try {
    // no-cache: the browser asks the host every time, so an edited file shows up at once.
    response = await fetchFn(url, { cache: 'no-cache' });
  } catch {
    return { ok: false, problems: [{ file, path: '', message: text.fetchFailed }] };
  }
  if (!response.ok) return { ok: false, problems: [{ file, path: '', message: text.fetchStatus(response.status) }] };
  let body: string;
  try {
    body = await response.text();
  } catch {
    return { ok: false, problems: [{ file, path: '', message: text.fetchFailed }] };
  }
  return parseJsonText(file, body.replace(/^\uFEFF/, ''));
}

/** contentHash(value), or undefined for a value nested too deep to hash (the check refuses it). */
function hashIfPossible(value: unknown): string | undefined {
  try {
    return contentHash(value);
  } catch {
    return undefined;
  }
}

/** The file, or its problems; `kind` is what the file says it is, even when it is broken. */
async function loadOne(
  baseUrl: string | URL,
  file: string,
  fetchFn: FetchFn,
  validated: ReadonlyMap<string, Questionnaire>,
): Promise<Parsed<LoadedQuestionnaire> & { kind: unknown }> {
  const json = await fetchJson(new URL(`${FOLDER}${file}`, baseUrl), file, fetchFn);
  if (!json.ok) return { ...json, kind: undefined };
  const kind =
    typeof json.value === 'object' && json.value !== null ? (json.value as { kind?: unknown }).kind : undefined;
  const hash = hashIfPossible(json.value);
  const known = hash === undefined ? undefined : validated.get(hash);
  const parsed = known ? { ok: true as const, value: known } : parseQuestionnaire(file, json.value);
  if (!parsed.ok) return { ...parsed, kind };
  const loaded: LoadedQuestionnaire = {
    file,
    questionnaire: parsed.value,
    raw: json.value,
    // A file that passed the check is never too deep to hash.
    hash: hash ?? contentHash(json.value),
  };
  return { ok: true, value: loaded, kind };
}

/**
 * Leaves out files with problems across files (a second file with the same id, a pack whose
 * drivers are missing) until the rest agrees; leaving one out can make another one fail.
 */
function withoutCrossFileProblems(files: LoadedQuestionnaire[]): QuestionnaireLoad {
  let loaded = files;
  const problems: Problem[] = [];
  for (;;) {
    const found = crossFileProblems(loaded);
    if (found.length === 0) return { loaded, problems };
    problems.push(...found);
    const broken = new Set(found.map((p) => p.file));
    loaded = loaded.filter((f) => !broken.has(f.file));
  }
}

/**
 * Fetches `questionnaires/index.json` relative to `baseUrl` (the app's own address, so a
 * sub-folder on the host works), then every file it lists, and checks them all. `validated` holds
 * questionnaires this tab already checked, by content hash (an opened scan's snapshots): a file
 * with the same content is not checked twice.
 */
export async function loadQuestionnaires(
  baseUrl: string | URL,
  fetchFn: FetchFn = browserFetch,
  validated: ReadonlyMap<string, Questionnaire> = new Map(),
): Promise<QuestionnaireLoad> {
  const indexJson = await fetchJson(new URL(`${FOLDER}${INDEX_FILE}`, baseUrl), INDEX_FILE, fetchFn);
  if (!indexJson.ok) return { loaded: [], problems: indexJson.problems };
  const index = parseIndex(INDEX_FILE, indexJson.value);
  if (!index.ok) return { loaded: [], problems: index.problems };

  const files = [...new Set(index.value.questionnaires)];
  const results = await Promise.all(files.map((file) => loadOne(baseUrl, file, fetchFn, validated)));
  const problems: Problem[] = [];
  const valid: LoadedQuestionnaire[] = [];
  for (const result of results) {
    if (result.ok) valid.push(result.value);
    else problems.push(...result.problems);
  }
  const checked = withoutCrossFileProblems(valid);
  const folder = folderProblems(
    INDEX_FILE,
    results.map((r) => r.kind),
  );
  return { loaded: checked.loaded, problems: [...folder, ...problems, ...checked.problems] };
}
