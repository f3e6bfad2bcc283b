/**
 * Which questionnaire of a scan fills which part of the report. The task pack is the questionnaire
 * of kind "takenpakket"; the general questionnaires say their part in `reportPart`, and the choice
 * question about the direction is named in `directionItem` (src/domain/format.ts).
 *
 * The one fallback: a scan whose questionnaires declare none of this was stored before these
 * fields existed. Its snapshots are read the way the report always read them, by their shape
 * (see `partsByShape`), so an old scan opens with the same report as before.
 */
import type { Questionnaire } from '../format';
import { allItems } from '../items';
import { DRIVER_GROUP } from '../scoring';
import { type ChoiceQuestion, choiceQuestion } from './answer-text';

export interface ReportParts<Q> {
  /** The task pack: the "werk" part. */
  pack: Q | null;
  groeimindset: Q | null;
  talent: Q | null;
  direction: { questionnaire: Q; question: ChoiceQuestion } | null;
}

/** Option ids that marked the direction question before `directionItem` existed. */
const LEGACY_DIRECTION_IDS: readonly string[] = ['promotie', 'verrijking', 'verbreding', 'herorientatie'];

function declares(q: Questionnaire): boolean {
  return q.reportPart !== undefined || q.directionItem !== undefined;
}

/** The parts of a scan, each with its questionnaire (or whatever `of` attaches it to). */
export function reportParts<Q>(entries: readonly Q[], of: (entry: Q) => Questionnaire): ReportParts<Q> {
  const pack = entries.find((e) => of(e).kind === 'takenpakket') ?? null;
  if (!entries.some((e) => declares(of(e)))) return partsByShape(entries, of, pack);
  const part = (name: Questionnaire['reportPart']) =>
    entries.find((e) => of(e).kind === 'vragenlijst' && of(e).reportPart === name) ?? null;
  let direction: ReportParts<Q>['direction'] = null;
  for (const entry of entries) {
    const { directionItem } = of(entry);
    const question = choiceQuestion(allItems(of(entry)).find((item) => item.id === directionItem));
    if (question) {
      direction = { questionnaire: entry, question };
      break;
    }
  }
  return { pack, groeimindset: part('groeimindset'), talent: part('talent'), direction };
}

/**
 * How the report found the parts before they were declared: the drivers are in the pack's
 * driverQuestionnaire (or any questionnaire with driver scores), the growth mindset is the other
 * questionnaire with scores, and the direction is the first choice question (not counted in a
 * tally) with at least two of the four direction ids as options.
 */
function partsByShape<Q>(entries: readonly Q[], of: (entry: Q) => Questionnaire, pack: Q | null): ReportParts<Q> {
  const driverId = pack ? of(pack).scoring.taskShift?.driverQuestionnaire : undefined;
  const talent =
    entries.find((e) => of(e).id === driverId) ??
    entries.find((e) => of(e).kind === 'vragenlijst' && of(e).scoring.scales.some((s) => s.group === DRIVER_GROUP)) ??
    null;
  const groeimindset =
    entries.find((e) => of(e).kind === 'vragenlijst' && e !== talent && of(e).scoring.scales.length > 0) ?? null;
  let direction: ReportParts<Q>['direction'] = null;
  search: for (const entry of entries) {
    const q = of(entry);
    const tallied = new Set(q.scoring.tallies.map((t) => t.item));
    for (const item of allItems(q)) {
      const question = choiceQuestion(item);
      if (!question || tallied.has(item.id)) continue;
      if (question.options.filter((o) => LEGACY_DIRECTION_IDS.includes(o.id)).length < 2) continue;
      direction = { questionnaire: entry, question };
      break search;
    }
  }
  return { pack, groeimindset, talent, direction };
}
