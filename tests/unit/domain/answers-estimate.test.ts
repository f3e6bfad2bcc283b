import { describe, expect, it } from 'vitest';
import { answerProblem, isAnswered } from '../../../src/domain/answers';
import { estimateMinutes, estimateSeconds } from '../../../src/domain/estimate';
import { allItems, type Item } from '../../../src/domain/format';
import { fixture } from './fixtures';

const drijfveren = fixture('drijfveren');
const pakket = fixture('takenpakket');
const item = (q: typeof drijfveren, id: string): Item => {
  const found = allItems(q).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

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
  it('adds up seconds per item kind and section', () => {
    // drijfveren: 3 sections × 10 + 10 statements × 7 + 1 single × 10 + 8 options × 5 + text 0
    // = 30 + 70 + 10 + 40 = 150 s.
    expect(estimateSeconds(drijfveren)).toBe(150);
    // takenpakket: 1 section × 10 + 6 tasks × 12 = 82 s.
    expect(estimateSeconds(pakket)).toBe(82);
    // together 232 s = 3.87 min, rounded up to 4.
    expect(estimateMinutes([drijfveren, pakket])).toBe(4);
    expect(estimateMinutes([])).toBe(0);
  });
});
