/**
 * Morgenscan is for the employee and never a selection test: no text the user can read says
 * geschikt, ongeschikt, geslaagd, gezakt or onvoldoende, in a questionnaire or in the app.
 */
import { describe, expect, it } from 'vitest';
import { moduleTexts, questionnaireTexts } from '../../../scripts/check-language';
import * as texts from '../../../src/text/index';
import { GENERAL, PACKS, raw } from './load';

const FORBIDDEN = ['geschikt', 'ongeschikt', 'geslaagd', 'gezakt', 'onvoldoende'];

function hits(strings: readonly { path: string; text: string }[]): string[] {
  return strings.flatMap(({ path, text }) =>
    FORBIDDEN.filter((word) => text.toLowerCase().includes(word)).map((word) => `${path}: ${word}`),
  );
}

/** Every string in a JSON value, ids and source notes included: nothing there should say it either. */
function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('no selection language', () => {
  it.each([...PACKS, ...GENERAL])('%s.json', (name) => {
    const data = raw(name);
    expect(questionnaireTexts(`${name}.json`, data).length).toBeGreaterThan(0);
    expect(hits(allStrings(data))).toEqual([]);
  });

  it('src/text', () => {
    expect(hits(moduleTexts('src/text', texts))).toEqual([]);
  });
});
