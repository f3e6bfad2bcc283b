/** An amount of storage for people: "850 bytes", "12 kB", "3,4 MB" (decimal units, Dutch comma). */
import { pwa as text } from '../text/pwa';

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export function formatBytes(bytes: number): string {
  const value = Math.max(0, bytes);
  if (value < 1000) return text.bytes(whole.format(value));
  if (value < 1_000_000) return text.kilobytes(whole.format(Math.max(1, Math.round(value / 1000))));
  return text.megabytes(oneDecimal.format(value / 1_000_000));
}
