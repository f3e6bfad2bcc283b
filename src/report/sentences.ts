/**
 * The report's sentences from what the builders decided (src/domain/report): which template, in
 * which form (1 or many), with which names. Task names never go inside a sentence (R34): a sentence
 * that takes tasks is a lead ending in ":" with the tasks as bullets, then an optional question.
 */
import type { Strength, TalkingPoint } from '../domain/report';
import type { NoTopReason } from '../domain/scoring';
import { report as t } from '../text/report';
import { formatPercent, inSentence, joinList, joinNames, listTaskName } from './format';

/** A paragraph of the report: a sentence, optionally tasks as bullets and a question after them. */
export interface Said {
  lead: string;
  tasks?: string[];
  after?: string;
}

/** R16: one sentence per tie group; the first says "de meeste", later ones "daarna". */
export function topSentences(groups: readonly (readonly string[])[], noTop: NoTopReason | null): string[] {
  if (groups.length === 0) {
    if (noTop === 'allEqual') return [t.topAllEqual];
    if (noTop === 'noneAbove') return [t.topNoneAbove];
    return [t.topDriversNone];
  }
  return groups.map((group, index) => {
    if (index === 0) return group.length === 1 ? t.topOne(inSentence(group[0] ?? '')) : t.topTie(joinNames(group));
    return group.length === 1 ? t.topNextOne(inSentence(group[0] ?? '')) : t.topNextTie(joinNames(group));
  });
}

/** R34-3: the strongest mindset areas, all of them on a tie. */
export function mindsetSentence(areas: readonly string[]): string {
  return areas.length === 1
    ? t.mindsetStrongestOne(inSentence(areas[0] ?? ''))
    : t.mindsetStrongestTie(joinNames(areas));
}

/** R35: the chosen directions in their own words, quoted; quoted labels keep their capital. */
function quotedList(labels: readonly string[]): string {
  return joinList(labels.map(t.quoted));
}

export function strengthSaid(strength: Strength): Said[] {
  switch (strength.kind) {
    case 'taken':
      return [
        {
          lead: t.strengthTasks,
          tasks: strength.tasks.map(listTaskName),
          ...(strength.more > 0 ? { after: t.strengthTasksMore(strength.more) } : {}),
        },
      ];
    case 'drijfveren':
      return [{ lead: topSentences(strength.groups, null).join(' ') }];
    case 'mindset':
      return [{ lead: mindsetSentence(strength.areas) }];
  }
}

export function talkingPointSaid(point: TalkingPoint): Said[] {
  switch (point.kind) {
    case 'sterk':
      return [{ lead: t.pointSterk, tasks: point.tasks.map(listTaskName), after: t.pointSterkQuestion }];
    case 'drijfveren': {
      const [first = ''] = topSentences(point.groups, null);
      const said: Said[] = [{ lead: `${first} ${t.pointDrijfverenQuestion}` }];
      if (point.tasks.length > 0) said.push({ lead: t.pointDrijfverenTasks, tasks: point.tasks.map(listTaskName) });
      return said;
    }
    case 'mindset':
      return [{ lead: `${mindsetSentence(point.areas)} ${t.pointMindsetQuestion}` }];
    case 'kansen':
      return [{ lead: t.pointKansen, tasks: point.tasks.map(listTaskName), after: t.pointKansenQuestion }];
    case 'groeien':
      return [{ lead: t.pointGroeien, tasks: point.tasks.map(listTaskName), after: t.pointGroeienQuestion }];
    case 'nietLeuk':
      return [{ lead: t.pointNietLeuk, tasks: point.tasks.map(listTaskName), after: t.pointNietLeukQuestion }];
    case 'minder':
      return [
        {
          lead: point.much ? t.pointMinderMuch : t.pointMinderPart,
          tasks: [...point.tasks],
          after: t.pointMinderQuestion,
        },
      ];
    case 'krimp':
      return [{ lead: t.pointKrimp(formatPercent(point.share)) }];
    case 'richting':
      return [{ lead: point.chosen.length > 0 ? t.pointRichting(quotedList(point.chosen)) : t.pointRichtingNone }];
    case 'steun':
      return [{ lead: t.pointSteun }];
  }
}
