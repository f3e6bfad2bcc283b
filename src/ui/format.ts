/** Dates the Dutch way ("3 maart 2026", "3 maart 2026 om 14:05"). */
import { app as text } from '../text/app';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** With the time, so two scans of one day can be told apart. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : text.dateAtTime(dateFormat.format(date), timeFormat.format(date));
}

const shortFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short' });

/** "23-11-2026 18:34": for places where space is short, such as a select. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortFormat.format(date);
}
