/**
 * The questionnaire folder as a whole: `npm run check:questionnaires` and the committed JSON
 * Schema files. Broken folders are built in a temporary copy; the real folder is never changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkQuestionnaireDir, inspectQuestionnaireDir } from '../../../scripts/check-questionnaires';
import { schemaFiles } from '../../../scripts/write-schema';
import { FIXTURE_DIR, REAL_DIR } from './fixtures';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(dir: string): string {
  const temp = mkdtempSync(join(tmpdir(), 'morgenscan-vragenlijsten-'));
  temps.push(temp);
  cpSync(dir, temp, { recursive: true });
  return temp;
}

// biome-ignore lint/suspicious/noExplicitAny: the tests break raw JSON at arbitrary paths.
function edit(dir: string, file: string, change: (raw: any) => void) {
  const path = join(dir, file);
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  change(raw);
  writeFileSync(path, JSON.stringify(raw, null, 2));
}

function firstListed(dir: string): string {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { questionnaires: string[] };
  const file = index.questionnaires[0];
  if (!file) throw new Error('index.json lists no files');
  return file;
}

describe('check:questionnaires on the real folder', () => {
  it('finds no problem in questionnaires/', () => {
    expect(checkQuestionnaireDir(REAL_DIR)).toEqual([]);
  });

  it('lists every questionnaire file in the index', () => {
    expect(inspectQuestionnaireDir(REAL_DIR).warnings).toEqual([]);
  });

  it('rejects an unknown key and a missing field in a copy of it', () => {
    const dir = copyOf(REAL_DIR);
    const file = firstListed(dir);
    edit(dir, file, (raw) => {
      raw.titel = raw.title;
      delete raw.intro;
    });
    expect(checkQuestionnaireDir(dir)).toEqual(
      expect.arrayContaining([
        { file, path: '', message: 'Onbekend veld "titel". Controleer de spelling of haal het weg.' },
        { file, path: 'intro', message: 'Dit veld ontbreekt.' },
      ]),
    );
  });
});

describe('check:questionnaires on broken copies of the fixture folder', () => {
  it('accepts the fixture folder as it is', () => {
    const result = inspectQuestionnaireDir(FIXTURE_DIR);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid.map((v) => v.file)).toEqual(['takenpakket.json', 'drijfveren.json']);
  });

  it('names it in the index when the folder lists no task pack', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'index.json', (raw) => {
      raw.questionnaires = ['drijfveren.json'];
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'index.json',
        path: 'questionnaires',
        message: 'Hier staat geen takenpakket (kind "takenpakket"). Zonder takenpakket kan niemand een scan starten.',
      },
    ]);
  });

  it('rejects an unknown key', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'takenpakket.json', (raw) => {
      raw.sections[0].items[2].trent = 'groeit';
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'takenpakket.json',
        path: 'sections[0].items[2]',
        message: 'Onbekend veld "trent". Controleer de spelling of haal het weg.',
      },
    ]);
  });

  it('rejects a missing field', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'drijfveren.json', (raw) => {
      delete raw.sections[1].items[0].text;
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      { file: 'drijfveren.json', path: 'sections[1].items[0].text', message: 'Dit veld ontbreekt.' },
      // The pack points at the broken file: it says so, instead of calling it missing.
      {
        file: 'takenpakket.json',
        path: 'scoring.taskShift.driverQuestionnaire',
        message: 'De vragenlijst "fixture-drijfveren" in drijfveren.json heeft zelf fouten.',
      },
    ]);
  });

  it('rejects a duplicate item id', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'takenpakket.json', (raw) => {
      raw.sections[0].items[1].id = 'balie';
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'takenpakket.json',
        path: 'sections[0].items[1].id',
        message: 'Het vraag-id "balie" komt twee keer voor.',
      },
    ]);
  });

  it('rejects a dangling reference', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'drijfveren.json', (raw) => {
      raw.scoring.recommendations[0].when.scale = 'lerenn';
    });
    expect(checkQuestionnaireDir(dir)).toContainEqual({
      file: 'drijfveren.json',
      path: 'scoring.recommendations[0].when.scale',
      message: 'De score "lerenn" bestaat niet.',
    });
  });

  it('rejects a gap between bands', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'takenpakket.json', (raw) => {
      raw.scoring.taskShift.matchBands[2].min = 80;
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'takenpakket.json',
        path: 'scoring.taskShift.matchBands[2].min',
        message: 'Er zit een gat tussen 70 en 80.',
      },
    ]);
  });

  it('rejects a task tag that is no driver, across files', () => {
    const dir = copyOf(FIXTURE_DIR);
    edit(dir, 'takenpakket.json', (raw) => {
      raw.sections[0].items[4].tags = ['lef'];
    });
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'takenpakket.json',
        path: 'sections[0].items[4].tags[0]',
        message: 'De drijfveer "lef" bestaat niet in fixture-drijfveren.',
      },
    ]);
  });

  it('says where a file stops being JSON', () => {
    const dir = copyOf(FIXTURE_DIR);
    writeFileSync(join(dir, 'drijfveren.json'), '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
    expect(checkQuestionnaireDir(dir)).toContainEqual({
      file: 'drijfveren.json',
      path: '',
      message: 'Dit bestand is geen geldige JSON. Kijk bij regel 4, teken 1.',
    });
  });

  it('reads a file saved with a byte order mark, as a browser does', () => {
    const dir = copyOf(FIXTURE_DIR);
    const path = join(dir, 'drijfveren.json');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(checkQuestionnaireDir(dir)).toEqual([]);
  });

  it('rejects a missing index and a listed file that does not exist', () => {
    const dir = copyOf(FIXTURE_DIR);
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 1, questionnaires: ['takenpakket.json', 'drijfveren.json', 'mindset.json'] }),
    );
    expect(checkQuestionnaireDir(dir)).toEqual([
      {
        file: 'index.json',
        path: 'questionnaires[2]',
        message: 'Het bestand "mindset.json" staat in de lijst, maar bestaat niet in de map.',
      },
    ]);
    rmSync(join(dir, 'index.json'));
    expect(checkQuestionnaireDir(dir)).toEqual([
      { file: 'index.json', path: '', message: 'Het bestand index.json ontbreekt in deze map.' },
    ]);
  });

  it('warns about a file the index does not list, but does not count it as a problem', () => {
    const dir = copyOf(FIXTURE_DIR);
    writeFileSync(join(dir, 'concept.json'), '{}');
    writeFileSync(join(dir, 'schema.json'), '{}');
    const result = inspectQuestionnaireDir(dir);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      'concept.json: dit bestand staat niet in index.json, dus de app gebruikt het niet.',
    ]);
  });
});

describe('JSON Schema files', () => {
  it('are up to date with the format (run npm run schema)', () => {
    for (const { file, text } of schemaFiles()) {
      const committed = readFileSync(join(REAL_DIR, file), 'utf8');
      expect(committed, `questionnaires/${file} is out of date: run npm run schema`).toBe(text);
    }
  });

  it('describe a strict questionnaire with the required fields', () => {
    const schema = JSON.parse(schemaFiles()[0]?.text ?? '{}');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'version', 'kind', 'title', 'intro', 'sections']),
    );
    // Fields with a default are optional while editing.
    expect(schema.required).not.toContain('answerScales');
  });
});
