/** Dutch formatting of the figures and dates in the report (nl-NL: "15 januari 2026", "3,5"). */
import { report as t } from '../text/report';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A 0–100 score as "54 van de 100", or the words for "no score yet". */
export function formatScore(score: number | null): string {
  return score === null ? t.noScore : t.scoreOf100(formatNumber(score));
}

export function formatPercent(value: number | null): string {
  return value === null ? t.noScore : t.percent(formatNumber(value));
}

/** An ISO date as "2 maart 2026"; an unreadable date is shown as it is. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** ["a", "b", "c"] → "a, b en c". */
export function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${t.and} ${parts[parts.length - 1]}`;
}

/**
 * R32: a name inside a sentence starts lower-case ("contact met mensen"), unless its first word has
 * two or more capitals (BRP, RNI, DigiD): those are written as they are.
 */
export function inSentence(name: string): string {
  const firstWord = name.split(/\s/, 1)[0] ?? '';
  const capitals = [...firstWord].filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length;
  if (capitals >= 2) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Names joined inside a sentence, each lower-case (R32): "a, b en c". */
export function joinNames(names: readonly string[]): string {
  return joinList(names.map(inSentence));
}

/** R13: driver titles contain "en" themselves, so the last one is joined with "en bij". */
export function joinDrivers(names: readonly string[]): string {
  const parts = names.map(inSentence);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${t.andAlso} ${parts[parts.length - 1]}`;
}

/** A task name in a list, with the R6 marker when the person does not do it now. */
export function listTaskName(task: { task: string; notDone: boolean }): string {
  return task.notDone ? `${task.task}${t.notDoneMarker}` : task.task;
}
