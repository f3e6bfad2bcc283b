import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, formatScore, joinList, joinTasks } from '../../../src/report/format';
import { cssString, pageRules } from '../../../src/report/RunningHeader';

describe('report formatting', () => {
  it('writes dates and lists the Dutch way', () => {
    expect(formatDate('2026-03-02T08:52:00.000Z')).toBe('2 maart 2026');
    expect(formatDate('geen datum')).toBe('geen datum');
    expect(joinList([])).toBe('');
    expect(joinList(['Paspoorten'])).toBe('Paspoorten');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(joinTasks(['Paspoorten uitreiken', 'Verhuizingen invoeren'])).toBe(
      '‘Paspoorten uitreiken’ en ‘Verhuizingen invoeren’',
    );
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
