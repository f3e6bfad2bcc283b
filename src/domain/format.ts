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
import { crossFieldIssues } from './format-rules';
import { ITEM_KINDS, type ItemKind, KINDS } from './kinds';

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
/** Every trend: a liking or ability question without `trends` is asked for every task. */
export const ALL_TRENDS: readonly Trend[] = TrendSchema.options;
/** Liking and ability: asked only for tasks of the listed trends, worded apart for tasks not done now. */
const AskedTaskQuestionSchema = TaskQuestionSchema.extend({
  trends: z
    .array(TrendSchema)
    .min(1)
    .default(() => [...ALL_TRENDS])
    .describe(say.aboutTrends),
  whenNotDone: shortText.optional().describe(say.aboutWhenNotDone),
});
export const TaskQuestionsSchema = z.strictObject({
  time: TaskQuestionSchema.extend({
    options: z
      .array(
        TaskQuestionOptionSchema.extend({
          weight: z.number().min(0).max(100).describe(say.aboutTimeWeight),
          notDone: z.literal(true).optional().describe(say.aboutNotDone),
          leavesOut: z.literal(true).optional().describe(say.aboutLeavesOut),
        }),
      )
      .min(2)
      .max(7),
  }),
  liking: AskedTaskQuestionSchema,
  ability: AskedTaskQuestionSchema,
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
  /** Questions for the conversation instead of a number; only for statements worded one way. */
  conversation: z.strictObject({ agree: text, disagree: text }).optional().describe(say.aboutConversation),
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
  /** At most this many tasks in the list of tasks that fit what gives energy. */
  fitsAtMost: z.int().min(1).max(10).default(5).describe(say.aboutFitsAtMost),
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

/** The parts of the report a general questionnaire can fill; the task pack fills "werk". */
export const REPORT_PARTS = ['groeimindset', 'talent'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

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
  /**
   * For general questionnaires: the part of the report they fill. Optional because questionnaires
   * stored before this field existed lack it; src/domain/report/parts.ts reads those as before.
   */
  reportPart: z.enum(REPORT_PARTS).optional().describe(say.aboutReportPart),
  /** The choice question that asks which way the person wants to go (promotie, verrijking, ...). */
  directionItem: id.optional().describe(say.aboutDirectionItem),
  intro: text,
  /** No longer read: the app computes the minutes (estimate.ts). Kept so older files still parse. */
  estimatedMinutes: z.number().min(1).max(60).optional().describe(say.aboutEstimatedMinutes),
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

/** questionnaires/index.json: the files, in scan order. */
export const IndexSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1, { error: say.schemaVersionOne }),
  questionnaires: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*\.json$/, { error: say.indexFileName })).min(1),
});
export type QuestionnaireIndex = z.infer<typeof IndexSchema>;

/** Every item of a questionnaire, in order. */
export { allItems, isRequired } from './items';
