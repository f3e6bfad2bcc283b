/**
 * Broken questionnaire files on the host, in the real browser: a copy of the build gets one
 * spoiled file at a time (seeded mutations of the real files, plus the worst cases: a condition
 * nested 50 000 deep, 1 MB of garbage, a broken index). The app never shows a blank page or a
 * script error; the problems screen names exactly the files the loader rejects, lists the ones
 * that work, and the packs that work can still be chosen.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/storage/questionnaire-source';
import { app as text } from '../../src/text/app';
import { seededRandom } from '../unit/faults/fuzz-tools';
import { mutateJson } from '../unit/faults/json-mutations';
import { DIST, type DistServer, describeWithBrowser, serveDist } from './harness';

const SEED = 20250610;
const SEEDED_CASES = 4;

interface Case {
  file: string;
  text: string;
  description: string;
  /** Made by hand to be refused: the test asks that it is. */
  broken?: boolean;
}

describeWithBrowser('broken questionnaire files on the host', (suite) => {
  let server: DistServer;
  let copy: string;
  let originals: Map<string, string>;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'morgenscan-dist-'));
    cpSync(DIST, copy, { recursive: true });
    const index = JSON.parse(readFileSync(join(copy, 'questionnaires', 'index.json'), 'utf8')) as {
      questionnaires: string[];
    };
    originals = new Map(
      ['index.json', ...index.questionnaires].map((f) => [f, readFileSync(join(copy, 'questionnaires', f), 'utf8')]),
    );
    server = await serveDist({ dir: copy });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  function cases(): Case[] {
    const files = [...originals.keys()].filter((f) => f !== 'index.json');
    // biome-ignore lint/suspicious/noExplicitAny: raw questionnaire JSON.
    const talent: any = JSON.parse(originals.get('talent-motivatie.json') ?? '{}');
    const condition = JSON.stringify(talent.scoring.recommendations[0].when);
    talent.scoring.recommendations[0].when = 'DIEP';
    const deep = JSON.stringify(talent).replace(
      '"DIEP"',
      () => `${'{"not":'.repeat(50_000)}${condition}${'}'.repeat(50_000)}`,
    );
    const out: Case[] = [
      { file: 'talent-motivatie.json', text: deep, description: 'a condition nested 50 000 deep', broken: true },
      { file: 'burgerzaken.json', text: '{"a":'.repeat(200_000), description: '1 MB of garbage', broken: true },
      {
        file: 'index.json',
        text: '{"schemaVersion": 1, "questionnaires": [',
        description: 'index cut off',
        broken: true,
      },
    ];
    const random = seededRandom(SEED);
    for (let n = 0; n < SEEDED_CASES; n++) {
      const file = random.pick(files);
      const original = originals.get(file) ?? '';
      const mutated = mutateJson(JSON.parse(original), original, random);
      out.push({ file, text: mutated.text, description: mutated.description.slice(0, 160) });
    }
    return out;
  }

  /** What the app's own loader makes of the folder: the expectation for the screen. */
  async function expected(files: ReadonlyMap<string, string>) {
    const fetchFn = async (url: URL) => {
      const body = files.get(url.pathname.split('/').pop() ?? '');
      return body === undefined ? new Response('', { status: 404 }) : new Response(body);
    };
    return loadQuestionnaires(server.url, fetchFn);
  }

  it('never shows a blank page; names the broken file and keeps the rest usable', async () => {
    const context = await suite.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const counts = { tried: 0, rejected: 0, accepted: 0 };
    try {
      for (const spoiled of cases()) {
        const label = `${spoiled.file}: ${spoiled.description}`;
        const files = new Map(originals).set(spoiled.file, spoiled.text);
        for (const [name, body] of files) writeFileSync(join(copy, 'questionnaires', name), body);
        const load = await expected(files);
        counts.tried++;
        const refused = load.problems.some((p) => p.file === spoiled.file);
        // The hand-made worst cases are broken for certain; the mutated ones may still be valid.
        if (spoiled.broken) expect(refused, label).toBe(true);
        if (refused) counts.rejected++;
        else counts.accepted++;

        // A fresh load every time (a goto that only changes the hash would keep the old files).
        await page.goto('about:blank');
        await page.goto(`${server.url}#/problemen`);
        await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.ms-loading'));
        const title = (await page.locator('main h1').first().textContent())?.trim();
        expect(title, label).toBe(load.problems.length > 0 ? text.problemsTitle : text.problemsNone);
        const main = (await page.locator('main').textContent()) ?? '';
        for (const file of new Set(load.problems.map((p) => p.file)))
          expect(main, label).toContain(text.problemsFile(file));
        if (load.problems.length > 0) for (const usable of load.loaded) expect(main, label).toContain(usable.file);

        const packs = load.loaded.filter((l) => l.questionnaire.kind === 'takenpakket');
        await page.evaluate(() => {
          location.hash = '#/kies';
        });
        await page.locator('main h1').first().waitFor();
        if (packs.length > 0) {
          await page.locator('main h1', { hasText: text.chooseTitle }).waitFor();
          for (const pack of packs)
            expect(
              await page.getByRole('radio', { name: pack.questionnaire.role ?? '' }).count(),
              label,
            ).toBeGreaterThan(0);
          expect(await page.getByRole('radio').count(), label).toBe(packs.length);
        }
        expect((await page.locator('main h1').first().textContent())?.trim(), label).not.toBe('');
        expect(errors, label).toEqual([]);
      }
    } finally {
      for (const [name, body] of originals) writeFileSync(join(copy, 'questionnaires', name), body);
      await context.close();
    }
    console.log(
      `questionnaire files in the browser: ${counts.tried} tried, ${counts.accepted} accepted, ${counts.rejected} rejected, 0 blank pages`,
    );
  });
});
