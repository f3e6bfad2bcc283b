import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatPercent,
  formatScore,
  inSentence,
  joinDrivers,
  joinList,
  joinNames,
  listTaskName,
} from '../../../src/report/format';
import { cssString, pageRules } from '../../../src/report/RunningHeader';

describe('report formatting', () => {
  it('writes dates and lists the Dutch way', () => {
    expect(formatDate('2026-03-02T08:52:00.000Z')).toBe('2 maart 2026');
    expect(formatDate('geen datum')).toBe('geen datum');
    expect(joinList([])).toBe('');
    expect(joinList(['Paspoorten'])).toBe('Paspoorten');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b en c');
  });

  it('never puts task names inside a sentence: a task in a list keeps its capital and gets the R6 marker (R34)', () => {
    // Before issue 13, joinTasks put quoted task names inside a sentence ("‘A’ en ‘B’ kost …"); that
    // helper is gone: tasks are bullets after a lead sentence.
    expect(listTaskName({ task: 'Paspoorten uitreiken', notDone: false })).toBe('Paspoorten uitreiken');
    expect(listTaskName({ task: 'Samenwerken met ketenpartners', notDone: true })).toBe(
      'Samenwerken met ketenpartners (doe je nu niet)',
    );
  });

  it('writes names lower-case inside a sentence, except a first word with two capitals (R32)', () => {
    expect(inSentence('Contact met mensen')).toBe('contact met mensen');
    expect(inSentence('Moeite doen')).toBe('moeite doen');
    expect(inSentence('BRP-gegevens verwerken')).toBe('BRP-gegevens verwerken');
    expect(inSentence('DigiD aanvragen')).toBe('DigiD aanvragen');
    expect(inSentence('RNI')).toBe('RNI');
    expect(joinNames(['Contact met mensen', 'Samenwerken'])).toBe('contact met mensen en samenwerken');
    // Driver titles contain "en" themselves, so the last one joins with "en bij" (R13).
    expect(joinDrivers(['Contact met mensen', 'Samenwerken'])).toBe('contact met mensen en bij samenwerken');
    expect(joinDrivers(['Helpen en adviseren'])).toBe('helpen en adviseren');
  });

  it('never shows NaN: a missing score has words instead', () => {
    expect(formatScore(54)).toBe('54 van de 100');
    expect(formatScore(null)).toBe('nog geen score');
    expect(formatPercent(22)).toBe('22%');
    expect(formatPercent(null)).toBe('nog geen score');
  });
});

describe('running header and footer', () => {
  it('puts "vertrouwelijk", the date and the page number in the page margins', () => {
    const rules = pageRules('2 maart 2026', '');
    expect(rules).toContain('@top-left { content: "Vertrouwelijk · Morgenscan"');
    expect(rules).toContain('@top-right { content: "2 maart 2026"');
    expect(rules).toContain('"Pagina " counter(page) " van " counter(pages)');
  });

  it('keeps a typed name harmless inside the CSS string', () => {
    expect(cssString('Sanne "de" Vries\\ }')).toBe('"Sanne \\"de\\" Vries\\\\ }"');
    expect(pageRules('2 maart 2026', 'Sanne\n}')).toContain('"Sanne } · 2 maart 2026"');
  });
});
