import { describe, expect, it } from 'vitest';
import { answerProblem, isAnswered } from '../../../src/domain/answers';
import {
  countWords,
  estimateMinutes,
  estimateQuestionnaire,
  estimateScan,
  minutesLeft,
  scanScreens,
} from '../../../src/domain/estimate';
import { allItems, type Item } from '../../../src/domain/format';
import { SCREEN_TEXTS } from '../../../src/state/scan-time';
import { fixture, itemOf, withShippedTaskQuestions } from './fixtures';

const drijfveren = fixture('drijfveren');
const pakket = fixture('takenpakket');
const item = itemOf;

describe('answerProblem', () => {
  it('says in Dutch why a value does not fit', () => {
    expect(answerProblem(drijfveren, item(drijfveren, 'zorg-1'), 7)).toBe(
      'Het antwoord moet een heel getal van 1 tot en met 6 zijn.',
    );
    expect(answerProblem(drijfveren, item(drijfveren, 'sturing'), 'alleen')).toBe(
      'Het antwoord is geen van de opties.',
    );
    expect(answerProblem(drijfveren, item(drijfveren, 'leeractiviteiten'), ['klus', 'klus'])).toBe(
      'Een optie staat twee keer in het antwoord.',
    );
    expect(
      answerProblem(drijfveren, item(drijfveren, 'leeractiviteiten'), [
        'klus',
        'meelopen',
        'project',
        'coach',
        'feedback',
        'cursus',
      ]),
    ).toBe('Kies er hoogstens 5.');
    expect(answerProblem(drijfveren, item(drijfveren, 'toelichting'), 'x'.repeat(201))).toBe(
      'De tekst is langer dan 200 tekens.',
    );
    expect(answerProblem(pakket, item(pakket, 'balie'), { tijd: 1 })).toBe('Onbekend deel "tijd" in het antwoord.');
    expect(answerProblem(pakket, item(pakket, 'balie'), { time: 4 })).toBe(
      'De waarde bij "time" is geen van de antwoorden.',
    );
  });

  it('accepts values that fit', () => {
    expect(answerProblem(drijfveren, item(drijfveren, 'zorg-1'), 6)).toBeUndefined();
    expect(answerProblem(pakket, item(pakket, 'balie'), { time: 0, liking: 4, ability: 2 })).toBeUndefined();
  });
});

describe('isAnswered', () => {
  it('needs text that is more than spaces, and a full task answer', () => {
    expect(isAnswered(drijfveren, item(drijfveren, 'toelichting'), '   ')).toBe(false);
    expect(isAnswered(drijfveren, item(drijfveren, 'toelichting'), 'Graag.')).toBe(true);
    expect(isAnswered(pakket, item(pakket, 'balie'), { time: 1, liking: 2 })).toBe(false);
    expect(isAnswered(pakket, item(pakket, 'balie'), { time: 1, liking: 2, ability: 0 })).toBe(true);
  });
});

describe('estimate', () => {
  it('counts words as tokens with a letter or digit', () => {
    expect(countWords('  Stap 10 van 12 – ga door ')).toBe(6);
    expect(countWords('"Komt bij ons niet voor of weet ik niet"')).toBe(9);
    expect(countWords('')).toBe(0);
  });

  it('reads each distinct text on a screen once, 180 words a minute, 3 s an answer, 5 s a screen', () => {
    // The fixture pack, one screen, worked out by hand:
    // caption "Testpakket" 1, title "Jouw taken" 2, the questionnaire's intro 8 (first screen),
    // progress "Stap 10 van 12" + "Nog ongeveer 10 minuten" 8, "Ga verder" + "Ga terug" 4,
    // six task names 5 + 3 + 2 + 3 + 3 + 4 = 20, "Wordt minder", "Blijft gelijk", "Wordt meer" 6, "Nieuw" 1,
    // time "Hoeveel tijd kost dit nu?" 5 + "Geen", "Weinig", "Een deel", "Veel" 5,
    // liking "Hoe leuk vind je dit?" 5 + "Niet leuk", "Een beetje", "Leuk", "Heel leuk" 7,
    // ability "Kun je dit?" 3 + "Nog niet", "Goed" 3 ("Een beetje" is read already): 78 words.
    // Its file lists no trends, so all three questions for each of the six tasks: 18 answers.
    const effort = estimateQuestionnaire(pakket, SCREEN_TEXTS);
    expect(effort).toMatchObject({ words: 78, answers: 18, screens: 1 });
    expect(effort.seconds).toBeCloseTo(78 / 3 + 18 * 3 + 5, 9); // 85 s
  });

  it('counts only the questions asked for a trend, and both wordings of an expectation', () => {
    const asked = fixture('takenpakket', withShippedTaskQuestions);
    // 78 − "Geen" 1 + "Doe ik nu niet" 4 + the ninth option 9 + the two expectations 5 + 8 = 103 words;
    // 3 tasks that wordt meer × 3 + 3 others × 1 = 12 answers.
    const effort = estimateQuestionnaire(asked, SCREEN_TEXTS);
    expect(effort).toMatchObject({ words: 103, answers: 12, screens: 1 });
    expect(effort.seconds).toBeCloseTo(103 / 3 + 12 * 3 + 5, 9);
  });

  it('adds up a scan over its screens and rounds the minutes up', () => {
    const scan = estimateScan([drijfveren, pakket], SCREEN_TEXTS);
    expect(scan.screens).toBe(drijfveren.sections.length + 1);
    expect(scan.seconds).toBeCloseTo(scan.words / 3 + scan.answers * 3 + scan.screens * 5, 9);
    expect(estimateMinutes([drijfveren, pakket], SCREEN_TEXTS)).toBe(Math.ceil(scan.seconds / 60));
    expect(estimateMinutes([], SCREEN_TEXTS)).toBe(0);
    // Only the last screen of the scan leads to the overview.
    expect(scanScreens([drijfveren, pakket]).map((s) => s.last)).toEqual([
      ...drijfveren.sections.map(() => false),
      true,
    ]);
  });

  it('leaves answered questions out of the minutes left, but still counts their words', () => {
    const screens = scanScreens([pakket]);
    const none = minutesLeft(screens, SCREEN_TEXTS, () => false);
    const all = minutesLeft(screens, SCREEN_TEXTS, () => true);
    expect(none).toBe(2); // 85 s
    expect(all).toBe(1); // 78 / 3 + 5 = 31 s
  });
});
