/**
 * The questionnaire file format (schemaVersion 1).
 *
 * One JSON file per questionnaire in `questionnaires/`, listed in `questionnaires/index.json`.
 * HR advisers edit these files by hand, so every object is strict (a typo in a key is an error)
 * and every problem gets a Dutch message with its JSON path.
 *
 * Pure: no Preact, idb, chart.js or DOM in this module.
 */
import * as z from 'zod';
import * as say from '../text/validation';
import {
  ITEM_KINDS,
  type Item,
  type ItemKind,
  isMultiChoice,
  isSingleChoice,
  isStatement,
  isTask,
  KINDS,
  kindOf,
} from './kinds';

// The built app runs under a Content-Security-Policy without 'unsafe-eval'. Without this, zod
// probes `new Function` once; the probe is caught, but the browser still reports a violation.
z.config({ jitless: true });

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const id = z.string().regex(ID_PATTERN, { error: say.idPattern });
const text = z
  .string()
  .trim()
  .min(1, { error: say.textEmpty })
  .max(2000, { error: say.textTooLong(2000) });
const shortText = z
  .string()
  .trim()
  .min(1, { error: say.textEmpty })
  .max(300, { error: say.textTooLong(300) });

/** Where a piece of content comes from: a seed file and the lines in it. */
export const SourceSchema = z.strictObject({
  file: z.string().min(1).max(200).describe(say.aboutSourceFile),
  lines: z
    .string()
    .regex(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/, { error: say.sourceLines })
    .describe(say.aboutSourceLines),
  note: z.string().max(300).optional().describe(say.aboutSourceNote),
});
export type Source = z.infer<typeof SourceSchema>;

/** Trend of a task: grows (or is new), stays, shrinks. */
export const TrendSchema = z.enum(['groeit', 'blijft', 'krimpt']);
export type Trend = z.infer<typeof TrendSchema>;

/** A labelled answer scale for statements; point 1 is the first label. */
export const AnswerScaleSchema = z.strictObject({
  id,
  labels: z.array(shortText).min(2, { error: say.scaleTooFewLabels }).max(11),
});
export type AnswerScale = z.infer<typeof AnswerScaleSchema>;

export const ChoiceOptionSchema = z.strictObject({
  id,
  label: shortText,
  group: id.optional().describe(say.aboutOptionGroup),
  source: SourceSchema.optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** The pieces the kind modules build their item schemas from (see kinds/kind.ts). */
export const schemaParts = {
  id,
  text,
  shortText,
  source: SourceSchema,
  trend: TrendSchema,
  option: ChoiceOptionSchema,
  /** The messages of the format, so a kind module does not load them on the first screen. */
  say,
};
export type SchemaParts = typeof schemaParts;

type ItemSchemas = { [K in ItemKind]: ReturnType<(typeof KINDS)[K]['itemSchema']> };
const itemSchemas = ITEM_KINDS.map((kind) => KINDS[kind].itemSchema(z, schemaParts)) as ItemSchemas[ItemKind][];

/** One item of any kind, chosen by its "kind" (the order of ITEM_KINDS). */
export const ItemSchema = z.discriminatedUnion(
  'kind',
  itemSchemas as [ItemSchemas[ItemKind], ...ItemSchemas[ItemKind][]],
);
export type {
  Item,
  ItemKind,
  MultiChoiceItem,
  SingleChoiceItem,
  StatementItem,
  TaskItem,
  TextItem,
} from './kinds';

/**
 * One section is one screen. More questions than this on one screen is hard to take in (the
 * largest section of our own questionnaires has 12), and the screen would no longer appear
 * within one frame on an old laptop (bench/README.md).
 */
export const MAX_ITEMS_PER_SECTION = 25;

export const SectionSchema = z.strictObject({
  id,
  title: shortText,
  intro: text.optional(),
  items: z
    .array(ItemSchema)
    .min(1, { error: say.sectionTooFewItems })
    .max(MAX_ITEMS_PER_SECTION, { error: say.sectionTooManyItems(MAX_ITEMS_PER_SECTION) }),
});
export type Section = z.infer<typeof SectionSchema>;

/** One answer option of a task question; value is what is stored. */
const TaskQuestionOptionSchema = z.strictObject({
  value: z.int().min(0).max(10),
  label: shortText,
});
const TaskQuestionSchema = z.strictObject({
  question: shortText,
  options: z.array(TaskQuestionOptionSchema).min(2).max(7),
});
export const TaskQuestionsSchema = z.strictObject({
  time: TaskQuestionSchema.extend({
    options: z
      .array(
        TaskQuestionOptionSchema.extend({
          weight: z.number().min(0).max(100).describe(say.aboutTimeWeight),
        }),
      )
      .min(2)
      .max(7),
  }),
  liking: TaskQuestionSchema,
  ability: TaskQuestionSchema,
});
export type TaskQuestions = z.infer<typeof TaskQuestionsSchema>;
export type TaskQuestionKey = keyof TaskQuestions;

/** A band on the 0–100 range: [min, max), the last one includes 100. */
export const BandSchema = z.strictObject({
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  label: shortText,
  text,
  tips: z.array(text).max(6).default([]),
});
export type Band = z.infer<typeof BandSchema>;

export const ScaleSchema = z.strictObject({
  id,
  title: shortText,
  /** Plain words for "Zo rekenen we". */
  explanation: text,
  group: id.optional().describe(say.aboutScaleGroup),
  items: z.array(id).min(1, { error: say.scoreTooFewItems }),
  method: z.enum(['mean', 'sum']).default('mean'),
  bands: z.array(BandSchema).default([]),
});
export type Scale = z.infer<typeof ScaleSchema>;

/** Conditions on scores and answers, for recommendations and profiles. */
export type Condition =
  | { scale: string; atLeast?: number; below?: number }
  | { item: string; equals: string }
  | { item: string; includes: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      scale: id,
      atLeast: z.number().min(0).max(100).optional(),
      below: z.number().min(0).max(100).optional(),
    }),
    z.strictObject({ item: id, equals: id }),
    z.strictObject({ item: id, includes: id }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const RecommendationSchema = z.strictObject({
  id,
  when: ConditionSchema,
  title: shortText,
  advice: text,
  activities: z.array(shortText).max(10).default([]),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** A classification such as the self-direction profile: the first option whose condition holds wins. */
export const ProfileSchema = z.strictObject({
  id,
  title: shortText,
  explanation: text,
  options: z
    .array(
      z.strictObject({
        id,
        label: shortText,
        text,
        when: ConditionSchema,
        helps: z.array(shortText).max(12).default([]),
        helpsLess: z.array(shortText).max(12).default([]),
      }),
    )
    .min(1),
  /** Used when no condition holds, or not enough is answered. */
  fallback: id,
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Counts the chosen options of a multiple-choice item per option group (such as 70-20-10). */
export const ChoiceTallySchema = z.strictObject({
  id,
  title: shortText,
  explanation: text,
  item: id,
  groups: z.array(z.strictObject({ id, label: shortText })).min(1),
});
export type ChoiceTally = z.infer<typeof ChoiceTallySchema>;

export const TaskShiftScoringSchema = z.strictObject({
  /** The questionnaire whose scales with group "drijfveer" the task tags refer to. */
  driverQuestionnaire: id,
  topDrivers: z.int().min(1).max(5).default(3),
  /** Weights of the "match met morgen" figure; they add up to 100. */
  matchWeights: z.strictObject({
    liking: z.number().min(0).max(100),
    ability: z.number().min(0).max(100),
    timeShare: z.number().min(0).max(100),
  }),
  /** A growing task counts as liked / as mastered from this answer value on. */
  likedFrom: z.int().min(0).max(10),
  ableFrom: z.int().min(0).max(10),
  /** A shrinking task "takes much of your time" from this time value on. */
  muchTimeFrom: z.int().min(0).max(10),
  matchBands: z.array(BandSchema).min(1),
});
export type TaskShiftScoring = z.infer<typeof TaskShiftScoringSchema>;

export const ScoringSchema = z.strictObject({
  scales: z.array(ScaleSchema).default([]),
  tallies: z.array(ChoiceTallySchema).default([]),
  profiles: z.array(ProfileSchema).default([]),
  recommendations: z.array(RecommendationSchema).default([]),
  taskShift: TaskShiftScoringSchema.optional(),
});
export type Scoring = z.infer<typeof ScoringSchema>;

const QuestionnaireObjectSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1, { error: say.schemaVersionOne }),
  id,
  version: z.int().min(1),
  /** "takenpakket": one is chosen per scan (the role). "vragenlijst": part of every scan. */
  kind: z.enum(['takenpakket', 'vragenlijst']),
  title: shortText,
  /** For task packs: the work, as the employee chooses it ("Burgerzaken"). */
  role: shortText.optional(),
  intro: text,
  estimatedMinutes: z.number().min(1).max(60),
  answerScales: z.array(AnswerScaleSchema).default([]),
  taskQuestions: TaskQuestionsSchema.optional(),
  sections: z.array(SectionSchema).min(1, { error: say.questionnaireTooFewSections }),
  scoring: ScoringSchema.prefault({}),
  source: SourceSchema.optional(),
});

export const QuestionnaireSchema = QuestionnaireObjectSchema.superRefine((q, ctx) => {
  for (const issue of crossFieldIssues(q)) ctx.addIssue({ code: 'custom', ...issue, input: q });
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;

interface CrossIssue {
  path: (string | number)[];
  message: string;
}

/** Rules zod cannot express per field: unique ids, references that exist, bands without gaps. */
export function crossFieldIssues(q: z.output<typeof QuestionnaireObjectSchema>): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const items = new Map<string, Item>();
  const sectionIds = new Set<string>();
  q.sections.forEach((section, s) => {
    if (sectionIds.has(section.id))
      issues.push({ path: ['sections', s, 'id'], message: say.sectionIdTwice(section.id) });
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const at = ['sections', s, 'items', i];
      if (items.has(item.id)) issues.push({ path: [...at, 'id'], message: say.itemIdTwice(item.id) });
      items.set(item.id, item);
      for (const issue of kindOf(item).itemIssues(q, item, say))
        issues.push({ ...issue, path: [...at, ...issue.path] });
    });
  });

  const scaleIds = new Set<string>();
  q.answerScales.forEach((scale, i) => {
    if (scaleIds.has(scale.id))
      issues.push({ path: ['answerScales', i, 'id'], message: say.answerScaleTwice(scale.id) });
    scaleIds.add(scale.id);
  });

  if (q.taskQuestions) {
    for (const key of ['time', 'liking', 'ability'] as const) {
      const values = q.taskQuestions[key].options.map((o) => o.value);
      if (new Set(values).size !== values.length)
        issues.push({
          path: ['taskQuestions', key, 'options'],
          message: say.taskValueTwice,
        });
    }
  }

  const scoreIds = new Set<string>();
  const claim = (idValue: string, path: (string | number)[]) => {
    if (scoreIds.has(idValue) || items.has(idValue)) issues.push({ path, message: say.idInUse(idValue) });
    scoreIds.add(idValue);
  };

  q.scoring.scales.forEach((scale, s) => {
    const at = ['scoring', 'scales', s];
    claim(scale.id, [...at, 'id']);
    const seen = new Set<string>();
    let scaleLength: number | undefined;
    scale.items.forEach((itemId, i) => {
      const item = items.get(itemId);
      if (!item) {
        issues.push({ path: [...at, 'items', i], message: say.itemMissing(itemId) });
        return;
      }
      if (!isStatement(item)) {
        issues.push({
          path: [...at, 'items', i],
          message: say.scoreCountsStatements(itemId),
        });
        return;
      }
      if (seen.has(itemId)) issues.push({ path: [...at, 'items', i], message: say.itemTwiceInScore(itemId) });
      seen.add(itemId);
      const length = q.answerScales.find((a) => a.id === item.scale)?.labels.length;
      if (scale.method === 'sum' && scaleLength !== undefined && length !== undefined && length !== scaleLength)
        issues.push({
          path: [...at, 'items', i],
          message: say.sumNeedsOneScale,
        });
      scaleLength ??= length;
    });
    issues.push(...bandIssues(scale.bands, [...at, 'bands']));
  });

  const scoreScaleIds = new Set(q.scoring.scales.map((scale) => scale.id));
  const conditionRefs = (condition: Condition, path: (string | number)[]) => {
    for (const issue of conditionIssues(condition, path, scoreScaleIds, items)) issues.push(issue);
  };

  q.scoring.tallies.forEach((tally, t) => {
    const at = ['scoring', 'tallies', t];
    claim(tally.id, [...at, 'id']);
    const item = items.get(tally.item);
    if (!item || !isMultiChoice(item)) {
      issues.push({ path: [...at, 'item'], message: say.multiChoiceMissing(tally.item) });
      return;
    }
    const groupIds = new Set(tally.groups.map((g) => g.id));
    item.options.forEach((option) => {
      if (option.group !== undefined && !groupIds.has(option.group))
        issues.push({
          path: [...at, 'groups'],
          message: say.groupNotInTally(option.group, option.id),
        });
    });
  });

  q.scoring.profiles.forEach((profile, p) => {
    const at = ['scoring', 'profiles', p];
    claim(profile.id, [...at, 'id']);
    const optionIds = profile.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length)
      issues.push({ path: [...at, 'options'], message: say.profileIdTwice });
    if (!optionIds.includes(profile.fallback))
      issues.push({ path: [...at, 'fallback'], message: say.profileMissing(profile.fallback) });
    profile.options.forEach((option, o) => {
      conditionRefs(option.when, [...at, 'options', o, 'when']);
    });
  });

  q.scoring.recommendations.forEach((rec, r) => {
    const at = ['scoring', 'recommendations', r];
    claim(rec.id, [...at, 'id']);
    conditionRefs(rec.when, [...at, 'when']);
  });

  const hasTasks = [...items.values()].some(isTask);
  const taskShift = q.scoring.taskShift;
  if (q.kind === 'takenpakket') {
    if (!hasTasks) issues.push({ path: ['sections'], message: say.packNeedsTask });
    if (!taskShift) issues.push({ path: ['scoring', 'taskShift'], message: say.packNeedsTaskShift });
    if (!q.role) issues.push({ path: ['role'], message: say.packNeedsRole });
  } else if (hasTasks) {
    issues.push({ path: ['kind'], message: say.tasksOnlyInPack });
  }
  if (taskShift) {
    const at = ['scoring', 'taskShift'];
    const { liking, ability, timeShare } = taskShift.matchWeights;
    if (Math.abs(liking + ability + timeShare - 100) > 1e-9)
      issues.push({
        path: [...at, 'matchWeights'],
        message: say.weightsNot100(liking + ability + timeShare),
      });
    issues.push(...bandIssues(taskShift.matchBands, [...at, 'matchBands']));
    if (q.taskQuestions) {
      const valueCheck = (key: TaskQuestionKey, value: number, field: string) => {
        if (!q.taskQuestions?.[key].options.some((o) => o.value === value))
          issues.push({
            path: [...at, field],
            message: say.notATaskAnswer(value, key),
          });
      };
      valueCheck('liking', taskShift.likedFrom, 'likedFrom');
      valueCheck('ability', taskShift.ableFrom, 'ableFrom');
      valueCheck('time', taskShift.muchTimeFrom, 'muchTimeFrom');
    }
  }
  return issues;
}

function conditionIssues(
  condition: Condition,
  path: (string | number)[],
  scoreIds: ReadonlySet<string>,
  items: ReadonlyMap<string, Item>,
): CrossIssue[] {
  if ('all' in condition)
    return condition.all.flatMap((c, i) => conditionIssues(c, [...path, 'all', i], scoreIds, items));
  if ('any' in condition)
    return condition.any.flatMap((c, i) => conditionIssues(c, [...path, 'any', i], scoreIds, items));
  if ('not' in condition) return conditionIssues(condition.not, [...path, 'not'], scoreIds, items);
  if ('scale' in condition) {
    const out: CrossIssue[] = [];
    if (!scoreIds.has(condition.scale))
      out.push({ path: [...path, 'scale'], message: say.scoreMissing(condition.scale) });
    if (condition.atLeast === undefined && condition.below === undefined)
      out.push({ path, message: say.atLeastOrBelow });
    if (condition.atLeast !== undefined && condition.below !== undefined && condition.atLeast >= condition.below)
      out.push({ path, message: say.atLeastBelowOrder(condition.atLeast, condition.below) });
    return out;
  }
  const item = items.get(condition.item);
  const option = 'equals' in condition ? condition.equals : condition.includes;
  const single = 'equals' in condition;
  const choice = item && (single ? (isSingleChoice(item) ? item : undefined) : isMultiChoice(item) ? item : undefined);
  if (!choice)
    return [
      {
        path: [...path, 'item'],
        message: single ? say.singleChoiceMissing(condition.item) : say.multiChoiceMissing(condition.item),
      },
    ];
  if (!choice.options.some((o) => o.id === option))
    return [{ path, message: say.optionMissing(option, condition.item) }];
  return [];
}

/** Bands must start at 0, end at 100, and touch without gaps or overlaps. */
export function bandIssues(bands: readonly Band[], path: (string | number)[]): CrossIssue[] {
  if (bands.length === 0) return [];
  const issues: CrossIssue[] = [];
  bands.forEach((band, b) => {
    if (band.min >= band.max) issues.push({ path: [...path, b], message: say.bandMinMax(band.min, band.max) });
  });
  const sorted = bands.map((band, b) => ({ band, b })).sort((x, y) => x.band.min - y.band.min);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && first.band.min !== 0)
    issues.push({
      path: [...path, first.b, 'min'],
      message: say.lowestBand(first.band.min),
    });
  if (last && last.band.max !== 100)
    issues.push({
      path: [...path, last.b, 'max'],
      message: say.highestBand(last.band.max),
    });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (!prev || !next) continue;
    if (next.band.min > prev.band.max)
      issues.push({
        path: [...path, next.b, 'min'],
        message: say.bandGap(prev.band.max, next.band.min),
      });
    else if (next.band.min < prev.band.max)
      issues.push({
        path: [...path, next.b, 'min'],
        message: say.bandOverlap(next.band.min, prev.band.max),
      });
  }
  return issues;
}

/** questionnaires/index.json: the files, in scan order. */
export const IndexSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1, { error: say.schemaVersionOne }),
  questionnaires: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*\.json$/, { error: say.indexFileName })).min(1),
});
export type QuestionnaireIndex = z.infer<typeof IndexSchema>;

/** Every item of a questionnaire, in order. */
export { allItems, isRequired } from './items';
