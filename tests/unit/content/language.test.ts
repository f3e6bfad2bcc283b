/** The B1 language check itself: how it counts, what it flags, and that the real texts pass. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  countWords,
  findJargon,
  formatReport,
  moduleTexts,
  questionnaireFiles,
  questionnaireTexts,
  splitSentences,
} from '../../../scripts/check-language';
import * as texts from '../../../src/text/index';
import { QUESTIONNAIRE_DIR, raw } from './load';

describe('counting', () => {
  it('splits sentences after . ! ? and at line breaks, not inside lower-case abbreviations', () => {
    expect(splitSentences('Mooi! Kies een taak. Klaar? Ja.')).toEqual(['Mooi!', 'Kies een taak.', 'Klaar?', 'Ja.']);
    expect(splitSentences('Dit is bijv. een test. 70 staat voor de praktijk.')).toEqual([
      'Dit is bijv. een test.',
      '70 staat voor de praktijk.',
    ]);
    expect(splitSentences('Regel een\nRegel twee')).toEqual(['Regel een', 'Regel twee']);
    expect(splitSentences('Zeg: "het lukt nog niet." Dan verder.')).toEqual([
      'Zeg: "het lukt nog niet."',
      'Dan verder.',
    ]);
  });

  it('counts words with a letter or digit; a dash and a hyphenated word do not add words', () => {
    expect(countWords('Leren 70-20-10 – in de praktijk.')).toBe(5);
    expect(countWords("Collega's van front- en backoffice")).toBe(5);
  });
});

describe('flags', () => {
  it('finds jargon as whole words in any case, with a plainer word', () => {
    expect(findJargon('Je werkt Proactief aan je competenties.').map((j) => j.word)).toEqual([
      'Proactief',
      'competenties',
    ]);
    expect(findJargon('Wij faciliteren dat.')[0]?.plain).toMatch(/helpen/);
    // Part of a longer word is not the word itself.
    expect(findJargon('Een allofacilitator en een competentiedossier.')).toEqual([]);
  });

  it('flags a sentence over 15 words, jargon and selection words, and says where', () => {
    const long = 'Dit is een hele lange zin met veel te veel woorden voor een lezer op niveau B1 echt.';
    const report = analyse([
      { where: 'a.json', path: 'sections[0].intro', text: long, item: false },
      { where: 'src/text', path: 'app.x', text: 'Wij implementeren LLO.', item: false },
      { where: 'b.json', path: 'intro', text: 'Je bent geschikt.', item: false },
    ]);
    expect(report.ok).toBe(false);
    expect(report.flags.map((f) => `${f.where} · ${f.path}: ${f.message}`)).toEqual([
      'a.json · sections[0].intro: zin van 18 woorden (hoogstens 15)',
      'src/text · app.x: vakjargon "implementeren" (schrijf liever: invoeren)',
      'src/text · app.x: vakjargon "LLO" (schrijf liever: blijven leren)',
      'b.json · intro: "geschikt" klinkt als een selectietest',
    ]);
    expect(formatReport(report, true)).toContain('✗ a.json · sections[0].intro: zin van 18 woorden');
  });

  it('fails when the average sentence in the questions is over 12 words, even without a long one', () => {
    const thirteen = 'Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien.';
    const report = analyse([{ where: 'a.json', path: 'sections[0].items[0].text', text: thirteen, item: true }]);
    expect(report.flags).toEqual([]);
    expect(report.averageItemWords).toBe(13);
    expect(report.ok).toBe(false);
  });
});

describe('what is read', () => {
  it('reads titles, intros, task names, options, bands, tips, advice and conversation questions, but no ids or sources', () => {
    const entries = questionnaireTexts('talent-motivatie.json', raw('talent-motivatie'));
    const paths = entries.map((e) => e.path);
    expect(paths).toContain('intro');
    expect(paths).toContain('sections[4].items[0].options[0].label');
    expect(paths).toContain('scoring.scales[6].conversation.agree');
    expect(paths).toContain('scoring.scales[6].conversation.disagree');
    expect(questionnaireTexts('burgerzaken.json', raw('burgerzaken')).map((e) => e.path)).toContain(
      'taskQuestions.liking.whenNotDone',
    );
    expect(paths).toContain('scoring.recommendations[0].advice');
    expect(paths.some((p) => p.includes('source') || p.endsWith('.id'))).toBe(false);
    const option = entries.find((e) => e.path === 'sections[4].items[0].options[0].label');
    expect(option?.item).toBe(true);
  });

  it('calls text functions with 3 for every parameter', () => {
    const entries = moduleTexts('src/text', { t: { n: (a: number, b: string) => `Stap ${a} van ${b}.` } });
    expect(entries).toEqual([{ where: 'src/text', path: 't.n(3, 3)', text: 'Stap 3 van 3.', item: false }]);
  });

  it('skips the index and the JSON Schema files', () => {
    expect(questionnaireFiles(fileURLToPath(new URL(QUESTIONNAIRE_DIR, import.meta.url)))).toEqual([
      'buitendienst.json',
      'burgerzaken.json',
      'groeimindset.json',
      'sociaal-domein.json',
      'talent-motivatie.json',
    ]);
  });
});

describe('the real questionnaires', () => {
  it('pass: no flags, and an average question sentence of at most 12 words', () => {
    const entries = questionnaireFiles(QUESTIONNAIRE_DIR).flatMap((file) =>
      questionnaireTexts(file, raw(file.replace('.json', '') as Parameters<typeof raw>[0])),
    );
    const report = analyse(entries);
    expect(report.flags).toEqual([]);
    expect(report.averageItemWords).toBeLessThanOrEqual(12);
  });

  it('reads every text module without error', () => {
    expect(moduleTexts('src/text', texts).length).toBeGreaterThan(0);
  });
});
