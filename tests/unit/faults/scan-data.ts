/**
 * Realistic stored data for the fault tests: the real questionnaire files, their snapshots, and
 * scans answered the way a person would (every value valid for its item), from a seeded generator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerValue } from '../../../src/domain/answers';
import { allItems, type Item, type Questionnaire } from '../../../src/domain/format';
import { contentHash } from '../../../src/domain/hash';
import { forKind, type KindMap } from '../../../src/domain/kinds';
import { parseQuestionnaire } from '../../../src/domain/validate';
import type {
  AnswerRecord,
  ExportFile,
  PlanRecord,
  QuestionnaireSnapshot,
  ScanRecord,
} from '../../../src/storage/types';
import type { Random } from './fuzz-tools';

export const QUESTIONNAIRE_DIR = join(import.meta.dirname, '../../../questionnaires');

export interface RealQuestionnaire {
  file: string;
  raw: unknown;
  questionnaire: Questionnaire;
  hash: string;
}

/** A questionnaire file from questionnaires/, parsed; throws when the real file is broken. */
export function realQuestionnaire(file: string): RealQuestionnaire {
  const raw = JSON.parse(readFileSync(join(QUESTIONNAIRE_DIR, file), 'utf8')) as unknown;
  const parsed = parseQuestionnaire(file, raw);
  if (!parsed.ok) throw new Error(`${file} is broken: ${parsed.problems[0]?.message}`);
  return { file, raw, questionnaire: parsed.value, hash: contentHash(raw) };
}

export function snapshotOf(real: RealQuestionnaire, savedAt: string): QuestionnaireSnapshot {
  return {
    hash: real.hash,
    id: real.questionnaire.id,
    version: real.questionnaire.version,
    content: real.raw,
    savedAt,
  };
}

/** A value a person could give, per kind; a kind left out does not compile. */
const VALID_ANSWERS: KindMap<AnswerValue, [Questionnaire, Random]> = {
  statement(item, q, random) {
    const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 2;
    return 1 + random.int(points);
  },
  single: (item, _q, random) => random.pick(item.options).id,
  multi(item, _q, random) {
    const count = Math.max(1, item.min) + random.int(item.max - Math.max(1, item.min) + 1);
    const ids = item.options.map((o) => o.id);
    const chosen: string[] = [];
    while (chosen.length < count) {
      const id = random.pick(ids);
      if (!chosen.includes(id)) chosen.push(id);
    }
    return chosen;
  },
  text: (_item, _q, random) =>
    random.pick(['Ik wil meer leren over het nieuwe systeem.', 'Meer met mensen werken.', 'Geen idee nog.']),
  task(_item, q, random) {
    const value = (key: 'time' | 'liking' | 'ability') => random.pick(q.taskQuestions?.[key].options ?? []).value;
    return { time: value('time'), liking: value('liking'), ability: value('ability') };
  },
};

/** A value a person could give to this item. */
export function validAnswer(q: Questionnaire, item: Item, random: Random): AnswerValue {
  return forKind(VALID_ANSWERS, item, q, random);
}

const minutes = (start: string, add: number) => new Date(Date.parse(start) + add * 60_000).toISOString();

export interface ScanOptions {
  id: string;
  createdAt: string;
  questionnaires: readonly RealQuestionnaire[];
  /** Share of the items that get an answer (0..1). */
  answered: number;
  finished?: boolean;
  plan?: Partial<PlanRecord>;
}

/** A scan with its answers (one minute apart) and, when asked, a plan. */
export function buildScan(options: ScanOptions, random: Random) {
  const answers: AnswerRecord[] = [];
  let at = 0;
  for (const { questionnaire } of options.questionnaires)
    for (const item of allItems(questionnaire)) {
      if (!random.chance(options.answered)) continue;
      at++;
      answers.push({
        scanId: options.id,
        questionnaireId: questionnaire.id,
        itemId: item.id,
        value: validAnswer(questionnaire, item, random),
        answeredAt: minutes(options.createdAt, at),
      });
    }
  const updatedAt = minutes(options.createdAt, at + 1);
  const pack = options.questionnaires.find((r) => r.questionnaire.kind === 'takenpakket') ?? options.questionnaires[0];
  const scan: ScanRecord = {
    id: options.id,
    createdAt: options.createdAt,
    updatedAt,
    finishedAt: options.finished ? updatedAt : null,
    status: options.finished ? 'klaar' : 'bezig',
    packId: pack?.questionnaire.id ?? '',
    questionnaires: options.questionnaires.map((r) => ({
      id: r.questionnaire.id,
      version: r.questionnaire.version,
      hash: r.hash,
    })),
    step: options.finished ? options.questionnaires.reduce((n, r) => n + r.questionnaire.sections.length, 0) : 1,
  };
  const plan: PlanRecord | undefined = options.plan
    ? {
        scanId: options.id,
        name: '',
        goals: '',
        firstSteps: '',
        support: '',
        nextTalk: '',
        hiddenSections: [],
        updatedAt,
        ...options.plan,
      }
    : undefined;
  return { scan, answers, plan };
}

/** An export file holding these scans and the snapshots they use. */
export function exportFileOf(
  scans: ReturnType<typeof buildScan>[],
  used: readonly RealQuestionnaire[],
  exportedAt: string,
): ExportFile {
  return {
    format: 'morgenscan-export',
    formatVersion: 1,
    exportedAt,
    scans: scans.map((s) => s.scan),
    answers: scans.flatMap((s) => s.answers),
    snapshots: used.map((r) => snapshotOf(r, exportedAt)),
    plans: scans.flatMap((s) => (s.plan ? [s.plan] : [])),
  };
}
