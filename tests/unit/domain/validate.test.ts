/**
 * Validation: every broken file gets its file name, a JSON path and a Dutch message, so an HR
 * adviser editing a questionnaire by hand knows what to fix and where.
 */
import { describe, expect, it } from 'vitest';
import {
  crossFileProblems,
  describeProblem,
  formatPath,
  jsonErrorOffset,
  type Problem,
  parseIndex,
  parseJsonText,
  parseQuestionnaire,
} from '../../../src/domain/validate';
import { fixture, rawFixture } from './fixtures';

const FILE = 'drijfveren.json';

/** The problems for the fixture after `change`; fails the test when the file is still valid. */
function problemsAfter(
  change: (raw: ReturnType<typeof rawFixture>) => void,
  name: 'drijfveren' | 'takenpakket' = 'drijfveren',
): Problem[] {
  const raw = rawFixture(name);
  change(raw);
  const result = parseQuestionnaire(FILE, raw);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('parseQuestionnaire', () => {
  it('accepts the fixtures and fills in defaults', () => {
    const q = fixture('drijfveren');
    const first = q.sections[0]?.items[0];
    expect(first?.kind === 'statement' && first.reverse).toBe(false);
    expect(first?.kind === 'statement' && first.required).toBe(true);
    expect(q.scoring.scales[0]?.method).toBe('mean');
    expect(fixture('takenpakket').scoring.taskShift?.topDrivers).toBe(2);
  });

  it('rejects an unknown key, naming the key', () => {
    expect(problemsAfter((raw) => (raw.sections[0].items[1].tekst = 'Hallo'))).toEqual([
      {
        file: FILE,
        path: 'sections[0].items[1]',
        message: 'Onbekend veld "tekst". Controleer de spelling of haal het weg.',
      },
    ]);
    expect(problemsAfter((raw) => (raw.titel = 'Hallo'))).toEqual([
      { file: FILE, path: '', message: 'Onbekend veld "titel". Controleer de spelling of haal het weg.' },
    ]);
  });

  it('rejects a missing field', () => {
    expect(problemsAfter((raw) => delete raw.intro)).toEqual([
      { file: FILE, path: 'intro', message: 'Dit veld ontbreekt.' },
    ]);
    expect(problemsAfter((raw) => delete raw.sections[0].items[1].source)).toEqual([
      { file: FILE, path: 'sections[0].items[1].source', message: 'Dit veld ontbreekt.' },
    ]);
  });

  it('rejects a value of the wrong type, saying what belongs there', () => {
    expect(problemsAfter((raw) => (raw.estimatedMinutes = '3'))).toEqual([
      { file: FILE, path: 'estimatedMinutes', message: 'Hier hoort een getal, maar er staat tekst.' },
    ]);
  });

  it('rejects an unknown item kind and lists the kinds that exist', () => {
    expect(problemsAfter((raw) => (raw.sections[0].items[1].kind = 'stelling'))).toEqual([
      {
        file: FILE,
        path: 'sections[0].items[1].kind',
        message: 'Deze waarde kan niet. Kies uit: "statement", "task", "single", "multi", "text".',
      },
    ]);
  });

  it('rejects a duplicate item id', () => {
    const problems = problemsAfter((raw) => (raw.sections[0].items[1].id = 'zorg-1'));
    expect(problems).toContainEqual({
      file: FILE,
      path: 'sections[0].items[1].id',
      message: 'Het vraag-id "zorg-1" komt twee keer voor.',
    });
  });

  it('rejects a scale item that does not exist', () => {
    expect(problemsAfter((raw) => (raw.scoring.scales[0].items[1] = 'zorg-9'))).toEqual([
      { file: FILE, path: 'scoring.scales[0].items[1]', message: 'De vraag "zorg-9" bestaat niet.' },
    ]);
  });

  it('rejects a condition on a score that does not exist', () => {
    expect(problemsAfter((raw) => (raw.scoring.profiles[0].options[0].when.all[1].scale = 'moed'))).toEqual([
      {
        file: FILE,
        path: 'scoring.profiles[0].options[0].when.all[1].scale',
        message: 'De score "moed" bestaat niet.',
      },
    ]);
  });

  it('rejects a condition on an option that does not exist', () => {
    expect(problemsAfter((raw) => (raw.scoring.recommendations[1].when.includes = 'boek'))).toEqual([
      {
        file: FILE,
        path: 'scoring.recommendations[1].when',
        message: 'De optie "boek" bestaat niet bij vraag "leeractiviteiten".',
      },
    ]);
  });

  it('rejects a tally on an item that does not exist', () => {
    expect(problemsAfter((raw) => (raw.scoring.tallies[0].item = 'leervormen'))).toEqual([
      { file: FILE, path: 'scoring.tallies[0].item', message: 'De meerkeuzevraag "leervormen" bestaat niet.' },
    ]);
  });

  it('rejects a profile fallback that does not exist', () => {
    expect(problemsAfter((raw) => (raw.scoring.profiles[0].fallback = 'd'))).toEqual([
      { file: FILE, path: 'scoring.profiles[0].fallback', message: 'Het profiel "d" bestaat niet.' },
    ]);
  });

  it('rejects a gap between bands', () => {
    expect(problemsAfter((raw) => (raw.scoring.scales[0].bands[1].min = 55))).toEqual([
      { file: FILE, path: 'scoring.scales[0].bands[1].min', message: 'Er zit een gat tussen 50 en 55.' },
    ]);
  });

  it('rejects overlapping bands', () => {
    expect(problemsAfter((raw) => (raw.scoring.scales[0].bands[1].min = 45))).toEqual([
      {
        file: FILE,
        path: 'scoring.scales[0].bands[1].min',
        message: 'Deze band overlapt met de band ervoor (45 is kleiner dan 50).',
      },
    ]);
  });

  it('rejects bands that do not start at 0 or do not reach 100', () => {
    expect(problemsAfter((raw) => (raw.scoring.scales[0].bands[0].min = 10))).toEqual([
      { file: FILE, path: 'scoring.scales[0].bands[0].min', message: 'De laagste band begint bij 10, niet bij 0.' },
    ]);
    expect(problemsAfter((raw) => (raw.scoring.scales[0].bands[2].max = 90))).toEqual([
      { file: FILE, path: 'scoring.scales[0].bands[2].max', message: 'De hoogste band eindigt bij 90, niet bij 100.' },
    ]);
  });

  it('rejects a section with more than 25 questions, since one section is one screen', () => {
    const fill = (raw: ReturnType<typeof rawFixture>, count: number) => {
      const items = raw.sections[0].items;
      for (let i = items.length; i < count; i++) items.push({ ...items[0], id: `extra-${i}` });
    };
    const full = rawFixture('drijfveren');
    fill(full, 25);
    expect(parseQuestionnaire(FILE, full).ok).toBe(true);
    expect(problemsAfter((raw) => fill(raw, 26))).toEqual([
      {
        file: FILE,
        path: 'sections[0].items',
        message: 'Een deel heeft hoogstens 25 vragen. Verdeel de vragen over meer delen.',
      },
    ]);
  });

  it('rejects min greater than max', () => {
    expect(problemsAfter((raw) => (raw.sections[2].items[1].min = 6))).toEqual([
      { file: FILE, path: 'sections[2].items[1].min', message: 'min (6) is groter dan max (5).' },
    ]);
    expect(problemsAfter((raw) => (raw.sections[2].items[1].max = 9))).toEqual([
      { file: FILE, path: 'sections[2].items[1].max', message: 'max (9) is groter dan het aantal opties (8).' },
    ]);
    const band = problemsAfter((raw) => (raw.scoring.scales[0].bands[1].max = 40));
    expect(band).toContainEqual({
      file: FILE,
      path: 'scoring.scales[0].bands[1]',
      message: 'min (50) moet kleiner zijn dan max (40).',
    });
  });

  it('rejects task-pack rules: weights adding up to 100 and thresholds that are answers', () => {
    const problems = problemsAfter((raw) => {
      raw.scoring.taskShift.matchWeights.liking = 50;
      raw.scoring.taskShift.likedFrom = 7;
    }, 'takenpakket');
    expect(problems).toEqual([
      {
        file: FILE,
        path: 'scoring.taskShift.matchWeights',
        message: 'De gewichten tellen op tot 110, niet tot 100.',
      },
      {
        file: FILE,
        path: 'scoring.taskShift.likedFrom',
        message: 'De waarde 7 is geen antwoord op de vraag "liking".',
      },
    ]);
  });

  it('writes every message in Dutch', () => {
    const problems = problemsAfter((raw) => {
      raw.version = 0;
      raw.schemaVersion = 2;
      raw.sections[0].items[0].id = 'Zorg 1';
    });
    expect(problems.map((p) => p.path)).toEqual(['schemaVersion', 'version', 'sections[0].items[0].id']);
    expect(problems.map((p) => p.message)).toEqual([
      'schemaVersion moet 1 zijn.',
      'Dit getal moet minstens 1 zijn.',
      'Gebruik alleen kleine letters, cijfers en streepjes (zoals "taak-1").',
    ]);
  });
});

describe('parseIndex', () => {
  it('accepts a list of file names and rejects other names', () => {
    expect(parseIndex('index.json', { schemaVersion: 1, questionnaires: ['groeimindset.json'] }).ok).toBe(true);
    const result = parseIndex('index.json', { schemaVersion: 1, questionnaires: ['Groei Mindset.json'] });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'index.json',
        path: 'questionnaires[0]',
        message: 'Een bestandsnaam is zoals "groeimindset.json".',
      },
    ]);
  });
});

describe('crossFileProblems', () => {
  const drijfveren = fixture('drijfveren');
  const pakket = fixture('takenpakket');

  it('finds nothing wrong in the fixtures', () => {
    expect(
      crossFileProblems([
        { file: 'takenpakket.json', questionnaire: pakket },
        { file: 'drijfveren.json', questionnaire: drijfveren },
      ]),
    ).toEqual([]);
  });

  it('rejects a task tag that is no driver', () => {
    const broken = fixture('takenpakket', (raw) => {
      raw.sections[0].items[3].tags = ['zorg', 'avontuur'];
    });
    expect(
      crossFileProblems([
        { file: 'takenpakket.json', questionnaire: broken },
        { file: 'drijfveren.json', questionnaire: drijfveren },
      ]),
    ).toEqual([
      {
        file: 'takenpakket.json',
        path: 'sections[0].items[3].tags[1]',
        message: 'De drijfveer "avontuur" bestaat niet in fixture-drijfveren.',
      },
    ]);
  });

  it('rejects a pack whose driver questionnaire is missing', () => {
    expect(crossFileProblems([{ file: 'takenpakket.json', questionnaire: pakket }])).toEqual([
      {
        file: 'takenpakket.json',
        path: 'scoring.taskShift.driverQuestionnaire',
        message: 'De vragenlijst "fixture-drijfveren" bestaat niet.',
      },
    ]);
  });

  it('rejects the same questionnaire id in two files', () => {
    expect(
      crossFileProblems([
        { file: 'drijfveren.json', questionnaire: drijfveren },
        { file: 'drijfveren-kopie.json', questionnaire: drijfveren },
      ]),
    ).toEqual([
      {
        file: 'drijfveren-kopie.json',
        path: 'id',
        message: 'Het id "fixture-drijfveren" staat ook in drijfveren.json.',
      },
    ]);
  });
});

describe('parseJsonText', () => {
  const messageFor = (text: string) => {
    const result = parseJsonText('lijst.json', text);
    if (result.ok) throw new Error('expected a JSON error');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe('lijst.json');
    expect(result.problems[0]?.path).toBe('');
    return result.problems[0]?.message;
  };

  it('parses valid JSON', () => {
    expect(parseJsonText('lijst.json', '{ "a": [1, true, null] }')).toEqual({
      ok: true,
      value: { a: [1, true, null] },
    });
  });

  it('says on which line and at which character the JSON breaks', () => {
    // Line 3 ends with a comma before "}": the "}" on line 4 is where it breaks.
    expect(messageFor('{\n  "id": "lijst",\n  "version": 1,\n}')).toBe(
      'Dit bestand is geen geldige JSON. Kijk bij regel 4, teken 1.',
    );
    // A missing value: "}" at line 3, character 1.
    expect(messageFor('{\n  "a": \n}')).toBe('Dit bestand is geen geldige JSON. Kijk bij regel 3, teken 1.');
    // A typo in a keyword: "tru" starts at character 9 of line 2.
    expect(messageFor('{\n  "a": [tru]\n}')).toBe('Dit bestand is geen geldige JSON. Kijk bij regel 2, teken 9.');
    // A missing colon after "b" on line 2.
    expect(messageFor('{"a": 1,\n "b" 2}')).toBe('Dit bestand is geen geldige JSON. Kijk bij regel 2, teken 6.');
  });

  it('points at the end of a file that stops too early', () => {
    // "[1,2" is 4 characters: it breaks just after them.
    expect(messageFor('[1,2')).toBe('Dit bestand is geen geldige JSON. Kijk bij regel 1, teken 5.');
    expect(messageFor('')).toBe('Dit bestand is geen geldige JSON. Kijk bij regel 1, teken 1.');
  });

  it('finds the same spot as the JSON rules for strings, numbers and escapes', () => {
    expect(jsonErrorOffset('{"a": "x\\qy"}')).toBe(8);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset(' {"a": ["\\u00e9", -1.5e3, false, null, {}]} ')).toBeUndefined();
  });
});

describe('formatPath and describeProblem', () => {
  it('writes paths the way an editor shows them', () => {
    expect(formatPath(['sections', 0, 'items', 2, 'id'])).toBe('sections[0].items[2].id');
    expect(formatPath([])).toBe('');
  });

  it('puts file, path and message on one line', () => {
    expect(describeProblem({ file: 'a.json', path: 'intro', message: 'Dit veld ontbreekt.' })).toBe(
      'a.json · intro: Dit veld ontbreekt.',
    );
    expect(describeProblem({ file: 'a.json', path: '', message: 'Geen JSON.' })).toBe('a.json: Geen JSON.');
  });
});
