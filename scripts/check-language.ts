/**
 * npm run check:language — does every text the user reads stay at taalniveau B1?
 *
 * Reads every questionnaire file in questionnaires/ (all user-visible strings) and every string
 * exported from src/text/ (functions are called with 3 for each parameter). Per text it reports the
 * number of sentences and the words per sentence. It flags:
 * - a sentence of more than 15 words;
 * - a jargon word (whole word, any case) where a plain word works;
 * - selection language (geschikt, geslaagd, ...): Morgenscan is never a selection test.
 * It fails when anything is flagged, or when the average sentence in the questions themselves
 * (statements, task names, options, help) is longer than 12 words.
 *
 * `--kort` prints only the flags and the summary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const MAX_WORDS_PER_SENTENCE = 15;
export const MAX_AVERAGE_ITEM_WORDS = 12;

/**
 * Words that have a plainer Dutch alternative, with that alternative. Matched as whole words,
 * case-insensitive; each pattern lists the inflected forms it covers.
 */
export const JARGON: readonly { pattern: string; plain: string }[] = [
  { pattern: 'competenties?', plain: 'wat je kunt' },
  { pattern: 'competent', plain: 'goed in' },
  { pattern: 'agency', plain: 'zelf sturen' },
  { pattern: 'llo', plain: 'blijven leren' },
  { pattern: 'employability', plain: 'werk blijven vinden' },
  { pattern: '(duurzame )?inzetbaarheid', plain: 'werk kunnen blijven doen' },
  { pattern: 'pro-?actie(f|ve)', plain: 'uit jezelf' },
  { pattern: 'implement(eren|eert|eerde|atie)', plain: 'invoeren' },
  { pattern: 'facilit(eren|eert|eerde|ator)', plain: 'helpen, mogelijk maken' },
  { pattern: 'optimali(seren|seert|satie)', plain: 'verbeteren' },
  { pattern: 'stakeholders?', plain: 'betrokkenen' },
  { pattern: 'synergie', plain: 'samenwerking' },
  { pattern: '(in|ex)trinsieke?', plain: 'uit jezelf, of van buitenaf' },
  { pattern: 'zelfregie', plain: 'zelf sturen' },
  { pattern: 'zelfeffectiviteit', plain: 'vertrouwen in wat je kunt' },
  { pattern: 'conversiefactor(en)?', plain: 'wat helpt of remt' },
  { pattern: 'capabilit(y|ies)', plain: 'mogelijkheden' },
  { pattern: 'aspiraties?', plain: 'wensen' },
  { pattern: 'leerambitie', plain: 'zin om te leren' },
  { pattern: 'interventies?', plain: 'aanpak' },
  { pattern: 'integra(al|le)', plain: 'in samenhang, als geheel' },
  { pattern: 'outreachende?', plain: 'naar mensen toe' },
  { pattern: 'paradigma', plain: 'manier van denken' },
  { pattern: 'operationaliseren', plain: 'uitwerken' },
  { pattern: 'adequa(at|te)', plain: 'goed, passend' },
  { pattern: 'resultaatgericht(heid)?', plain: 'gericht op resultaat' },
  { pattern: 'klantgerichtheid', plain: 'goed helpen' },
  { pattern: 'assessments?', plain: 'test' },
  { pattern: 'ketenpartners?', plain: 'partners' },
  { pattern: 'webcare', plain: 'online vragen beantwoorden' },
  { pattern: 'empowerment', plain: 'in je kracht zetten' },
  { pattern: 'leerinterventies?', plain: 'leeraanpak' },
  { pattern: 'multidisciplinair(e)?', plain: 'met andere vakken samen' },
];

/** Words that make the scan sound like a selection test. */
export const SELECTION_WORDS: readonly string[] = ['geschikt', 'ongeschikt', 'geslaagd', 'gezakt', 'onvoldoende'];

const wholeWord = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
const JARGON_RE = JARGON.map((j) => ({ ...j, re: wholeWord(j.pattern) }));
const SELECTION_RE = SELECTION_WORDS.map((word) => ({ word, re: wholeWord(word) }));

/**
 * Splits a text into sentences: at a line break, and after . ! or ? that is followed by a space
 * and a capital, a digit or an opening quote. Abbreviations in lower case therefore do not split.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u))
    .map((s) => s.trim())
    .filter((s) => countWords(s) > 0);
}

/** Words are runs without spaces that contain a letter or a digit ("70-20-10" is one word). */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Jargon in the text, in the order it appears. */
export function findJargon(text: string): { word: string; plain: string }[] {
  const found: { word: string; plain: string; at: number }[] = [];
  for (const j of JARGON_RE) {
    const match = j.re.exec(text);
    if (match) found.push({ word: match[0], plain: j.plain, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ word, plain }) => ({ word, plain }));
}

export function findSelectionWords(text: string): string[] {
  return SELECTION_RE.filter((s) => s.re.test(text)).map((s) => s.word);
}

/** One text the user reads, and where it lives. */
export interface TextEntry {
  /** A file (questionnaires/x.json) or a text module (src/text). */
  where: string;
  /** JSON path or text key, such as `sections[0].items[2].text` or `app.startLead`. */
  path: string;
  text: string;
  /** Part of a question itself (statement, task, option, help): counts for the average. */
  item: boolean;
}

/** Keys whose string value a user reads; everything else in a questionnaire is an id or a reference. */
const VISIBLE_KEYS = new Set([
  'title',
  'intro',
  'text',
  'label',
  'help',
  'description',
  'task',
  'question',
  'explanation',
  'advice',
  'role',
  // A task question while the task is not done now (R3), questions for the conversation (R18).
  'whenNotDone',
  'agree',
  'disagree',
]);
/** Keys whose value is a list of strings the user reads. */
const VISIBLE_LISTS = new Set(['tips', 'activities', 'helps', 'helpsLess']);
const ITEM_KEYS = new Set(['text', 'task', 'description', 'help', 'label']);

function pathOf(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** Every user-visible string of a parsed questionnaire file, with its JSON path. */
export function questionnaireTexts(where: string, data: unknown): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (value: unknown, parts: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...parts, i]);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source') continue;
      const at = [...parts, key];
      // An item (or one of its options) inside a section: sections[s].items[i]...
      const inItem = parts.length >= 4 && parts[0] === 'sections' && parts[2] === 'items';
      if (typeof child === 'string' && VISIBLE_KEYS.has(key))
        out.push({ where, path: pathOf(at), text: child, item: inItem && ITEM_KEYS.has(key) });
      else if (Array.isArray(child) && VISIBLE_LISTS.has(key))
        child.forEach((entry, i) => {
          if (typeof entry === 'string') out.push({ where, path: pathOf([...at, i]), text: entry, item: false });
        });
      else walk(child, at);
    }
  };
  walk(data, []);
  return out;
}

/**
 * Every string exported from the text modules. Functions are called with 3 for every parameter
 * (as a number first, and as the string "3" when that throws).
 */
export function moduleTexts(where: string, modules: Record<string, unknown>): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ where, path, text: value, item: false });
    else if (typeof value === 'function') {
      const arity = Math.max(value.length, 0);
      let result: unknown;
      try {
        result = value(...Array.from({ length: arity }, () => 3));
      } catch {
        result = value(...Array.from({ length: arity }, () => '3'));
      }
      walk(result, `${path}(${Array.from({ length: arity }, () => '3').join(', ')})`);
    } else if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
  };
  for (const [name, value] of Object.entries(modules)) walk(value, name);
  return out;
}

export interface Flag {
  where: string;
  path: string;
  message: string;
  sentence: string;
}

export interface TextReport {
  entry: TextEntry;
  /** Words per sentence. */
  words: number[];
}

export interface LanguageReport {
  texts: TextReport[];
  flags: Flag[];
  sentences: number;
  itemSentences: number;
  averageItemWords: number;
  averageWords: number;
  /** True when nothing is flagged and the average item sentence is short enough. */
  ok: boolean;
}

export function analyse(entries: readonly TextEntry[]): LanguageReport {
  const texts: TextReport[] = [];
  const flags: Flag[] = [];
  let sentences = 0;
  let totalWords = 0;
  let itemSentences = 0;
  let itemWords = 0;
  for (const entry of entries) {
    const parts = splitSentences(entry.text);
    const words = parts.map(countWords);
    texts.push({ entry, words });
    sentences += parts.length;
    totalWords += words.reduce((a, b) => a + b, 0);
    if (entry.item) {
      itemSentences += parts.length;
      itemWords += words.reduce((a, b) => a + b, 0);
    }
    parts.forEach((sentence, i) => {
      const count = words[i] ?? 0;
      if (count > MAX_WORDS_PER_SENTENCE)
        flags.push({
          where: entry.where,
          path: entry.path,
          message: `zin van ${count} woorden (hoogstens ${MAX_WORDS_PER_SENTENCE})`,
          sentence,
        });
    });
    for (const jargon of findJargon(entry.text))
      flags.push({
        where: entry.where,
        path: entry.path,
        message: `vakjargon "${jargon.word}" (schrijf liever: ${jargon.plain})`,
        sentence: entry.text,
      });
    for (const word of findSelectionWords(entry.text))
      flags.push({
        where: entry.where,
        path: entry.path,
        message: `"${word}" klinkt als een selectietest`,
        sentence: entry.text,
      });
  }
  const averageItemWords = itemSentences > 0 ? itemWords / itemSentences : 0;
  return {
    texts,
    flags,
    sentences,
    itemSentences,
    averageItemWords,
    averageWords: sentences > 0 ? totalWords / sentences : 0,
    ok: flags.length === 0 && averageItemWords <= MAX_AVERAGE_ITEM_WORDS,
  };
}

/** Questionnaire files: every .json in the folder except the index and the JSON Schemas. */
export function questionnaireFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.endsWith('schema.json'))
    .sort();
}

function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const one = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;

export function formatReport(report: LanguageReport, short: boolean): string {
  const lines: string[] = [];
  if (!short) {
    let current = '';
    const width = Math.min(60, Math.max(...report.texts.map((t) => t.entry.path.length), 10));
    for (const { entry, words } of report.texts) {
      if (entry.where !== current) {
        current = entry.where;
        lines.push('', current);
      }
      const long = words.some((w) => w > MAX_WORDS_PER_SENTENCE) ? '  ← te lang' : '';
      lines.push(`  ${entry.path.padEnd(width)}  ${one(words.length, 'zin', 'zinnen')}: ${words.join(', ')}${long}`);
    }
    lines.push('');
  }
  if (report.flags.length > 0) {
    lines.push(`Meldingen (${report.flags.length}):`);
    for (const flag of report.flags)
      lines.push(`  ✗ ${flag.where} · ${flag.path}: ${flag.message}`, `      "${shorten(flag.sentence)}"`);
    lines.push('');
  }
  const avgOk = report.averageItemWords <= MAX_AVERAGE_ITEM_WORDS;
  lines.push(
    'Samenvatting',
    `  Teksten:                      ${report.texts.length}`,
    `  Zinnen:                       ${report.sentences} (gemiddeld ${report.averageWords.toFixed(1)} woorden)`,
    `  Zinnen in vragen en opties:   ${report.itemSentences}`,
    `  Gemiddeld per vraagzin:       ${report.averageItemWords.toFixed(1)} woorden (hoogstens ${MAX_AVERAGE_ITEM_WORDS})${avgOk ? '' : '  ✗ te lang'}`,
    `  Meldingen:                    ${report.flags.length}`,
    report.ok ? '  ✓ Alle teksten zijn kort en helder.' : '  ✗ Pas de teksten hierboven aan.',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const dir = join(root, 'questionnaires');
  const entries: TextEntry[] = [];
  for (const file of questionnaireFiles(dir)) {
    const where = relative(root, join(dir, file));
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      // check:questionnaires reports broken JSON with line and column; here we only skip the file.
      console.error(`${where}: geen geldige JSON, overgeslagen (zie npm run check:questionnaires).`);
      process.exitCode = 1;
      continue;
    }
    entries.push(...questionnaireTexts(where, data));
  }
  const modules = (await import(pathToFileURL(join(root, 'src/text/index.ts')).href)) as Record<string, unknown>;
  entries.push(...moduleTexts('src/text', modules));

  const report = analyse(entries);
  console.log(formatReport(report, process.argv.includes('--kort')));
  if (!report.ok) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
