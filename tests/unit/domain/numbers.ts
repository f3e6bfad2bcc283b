/** Every number anywhere in a value, with where it was found. */
export function numbersIn(value: unknown, path = 'result'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/**
 * Where a value holds NaN or Infinity: as a number (JSON.stringify would hide it as null) or
 * written into a text.
 */
export function notFinite(value: unknown): string[] {
  const numbers = numbersIn(value)
    .filter(([, n]) => !Number.isFinite(n))
    .map(([path, n]) => `${path} = ${n}`);
  const texts = JSON.stringify(value).match(/NaN|Infinity/g) ?? [];
  return [...numbers, ...texts.map((t) => `"${t}" in a text`)];
}
