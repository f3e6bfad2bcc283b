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

/** Task names inside a sentence get quotes, so a long name reads as one thing. */
export function joinTasks(tasks: readonly string[]): string {
  return joinList(tasks.map((task) => `‘${task}’`));
}

/** ["a", "b", "c"] → "a, b en c". */
export function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${t.and} ${parts[parts.length - 1]}`;
}
