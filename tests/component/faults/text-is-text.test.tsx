/**
 * Text is text: every text field of the real questionnaires (titles, intros, items, help, options,
 * scale labels, bands, profiles, advice) gets HTML or script in it. The whole app is rendered
 * with those files: every scan screen, the overview, my scans and the full report (only chart.js
 * is replaced, jsdom has no canvas). The markup shows up as literal text and no element is ever
 * made from it. A key with markup in a broken file shows up literally in the Dutch problem too.
 */
import { act, configure, screen, waitFor } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { allItems } from '../../../src/domain/format';
import { createMemoryRepository } from '../../../src/storage/memory';
import { app as text } from '../../../src/text/app';
import { preloadScreens } from '../../../src/ui/routes';
import { seededRandom } from '../../unit/faults/fuzz-tools';
import { realQuestionnaire, validAnswer } from '../../unit/faults/scan-data';
import { createTestApp, go, renderApp } from '../ui/helpers';

vi.mock('../../../src/report/charts/register', () => ({
  Chart: class {
    toBase64Image() {
      return 'data:image/png;base64,AAAA';
    }
    destroy() {}
  },
}));

/** Every payload carries data-xss, so any element made from one is found by one selector. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<img data-xss src=x onerror=alert(1)>',
  '<b data-xss>vet</b>',
  '<a data-xss href="javascript:alert(1)">klik</a>',
  '<svg data-xss onload=alert(1)>',
];
const MADE_FROM_PAYLOAD = '[data-xss], img[src="x"], [onerror], [onload], a[href^="javascript"], script';

const TEXT_KEYS = new Set([
  'title',
  'intro',
  'text',
  'help',
  'task',
  'description',
  'label',
  'question',
  'explanation',
  'advice',
  'role',
  'whenNotDone',
  'agree',
  'disagree',
]);
const TEXT_LIST_KEYS = new Set(['labels', 'tips', 'activities', 'helps', 'helpsLess']);

/** Adds a payload to every text field, in turn; returns how many fields got one. */
function withMarkup(value: unknown, counter = { n: 0 }): { value: unknown; count: number } {
  const visit = (node: unknown, key: string | null): unknown => {
    if (typeof node === 'string' && key !== null && TEXT_KEYS.has(key)) {
      const payload = PAYLOADS[counter.n++ % PAYLOADS.length];
      return `${node.slice(0, 200)} ${payload}`;
    }
    if (Array.isArray(node))
      return node.map((child) => {
        if (typeof child === 'string' && key !== null && TEXT_LIST_KEYS.has(key)) return visit(child, 'text');
        return visit(child, null);
      });
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, k)]));
    return node;
  };
  const out = visit(value, null);
  return { value: out, count: counter.n };
}

const FILES = ['burgerzaken.json', 'groeimindset.json', 'talent-motivatie.json'];
const counter = { n: 0 };
const files: Record<string, string> = {
  'index.json': JSON.stringify({ schemaVersion: 1, questionnaires: [...FILES, 'kapot.json'] }),
};
for (const file of FILES) files[file] = JSON.stringify(withMarkup(realQuestionnaire(file).raw, counter).value);
// A broken file whose unknown key is markup: the problem message quotes the key.
files['kapot.json'] = JSON.stringify({
  ...(realQuestionnaire('groeimindset.json').raw as object),
  id: 'kapot',
  '<img data-xss src=x onerror=alert(2)>': 1,
});

function assertPlainText(where: string, quotesQuestionnaires = true) {
  const made = [...document.querySelectorAll(MADE_FROM_PAYLOAD)].map((el) => el.outerHTML.slice(0, 80));
  expect(made, `${where}: elements made from questionnaire text`).toEqual([]);
  const text = document.body.textContent ?? '';
  const shown = PAYLOADS.filter((p) => text.includes(p));
  if (quotesQuestionnaires) expect(shown.length, `${where}: no markup shown as text`).toBeGreaterThan(0);
  return shown.length;
}

async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Waits until the screen with this heading is shown: a check before that would see the screen before it. */
async function onScreen(heading: string) {
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading));
}

beforeAll(async () => {
  configure({ asyncUtilTimeout: 5000 });
  await preloadScreens();
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/');
});

describe('questionnaire text with markup', () => {
  it('is valid content: the files with markup load, the broken one is named', async () => {
    expect(counter.n).toBeGreaterThan(300);
    const { model } = await createTestApp({ repository: createMemoryRepository(), files });
    expect(model.catalog.questionnaires.value.map((l) => l.file)).toEqual(FILES);
    expect(model.catalog.problems.value).toEqual([
      {
        file: 'kapot.json',
        path: '',
        message: 'Onbekend veld "<img data-xss src=x onerror=alert(2)>". Controleer de spelling of haal het weg.',
      },
    ]);
  });

  it('shows as plain text on the start, choose, every scan screen, the overview, my scans and the report', async () => {
    const { model } = await createTestApp({ repository: createMemoryRepository(), files });
    renderApp(model);
    assertPlainText('start', false);
    go('#/problemen');
    await settle();
    await screen.findByText(/Onbekend veld "<img data-xss src=x onerror=alert\(2\)>"/);
    assertPlainText('problems');
    go('#/kies');
    await onScreen(text.chooseTitle);
    assertPlainText('choose');

    const scanId = await model.library.startScan('burgerzaken');
    const scan = await model.open.open(scanId);
    const random = seededRandom(5);
    const [pack] = scan.questionnaires;
    const [firstTask] = pack ? allItems(pack) : [];
    if (!pack || !firstTask) throw new Error('the pack has no items');
    // Everything answered except the first task, so the overview lists one open question.
    for (const questionnaire of scan.questionnaires)
      for (const item of allItems(questionnaire))
        if (item !== firstTask)
          expect(scan.answer(questionnaire.id, item.id, validAnswer(questionnaire, item, random))).toBeUndefined();
    for (let step = 1; step <= scan.totalSteps; step++) {
      go(`#/scan/${scanId}/${step}`);
      const title = scan.steps[step - 1]?.section.title;
      // On this screen (its title, markup and all, as the heading) before looking at it.
      await onScreen(title ?? text.overviewTitle);
      assertPlainText(title ? `scan step ${step}` : 'overview');
    }
    scan.answer(pack.id, firstTask.id, validAnswer(pack, firstTask, random));
    scan.finish();
    go('#/scans');
    await onScreen(text.scansTitle);
    assertPlainText('my scans');

    go(`#/rapport/${scanId}`);
    await waitFor(() => expect(document.querySelector('.ms-report, [data-testid="lijst-sterk"]')).not.toBeNull());
    const shown = await waitFor(() => assertPlainText('report'));
    // The report quotes the questionnaires richly: most kinds of markup appear in it.
    expect(shown).toBeGreaterThanOrEqual(4);
  });
});
