/**
 * A task on the scan screen with the task questions of issue 13: liking and ability only for a
 * task that wordt meer (R2), asked as an expectation while the task is not done now (R3), and gone
 * once the task "Komt bij ons niet voor" (R4). Stored values stay as given.
 */
import { act, configure, fireEvent, screen, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preloadScreens } from '../../../src/ui/routes';
import { createTestApp, fixtureFiles, fixtureJson, go, renderApp } from './helpers';

beforeAll(async () => {
  configure({ asyncUtilTimeout: 4000 });
  await preloadScreens();
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/');
});

/** werk-buiten: "Meldingen met de app" wordt meer, "Vegen" wordt minder. */
function issue13Pack(): string {
  // biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON.
  const pack = fixtureJson('werk-buiten.json') as any;
  pack.taskQuestions.time.options = [
    { value: 0, label: 'Doe ik nu niet', weight: 0, notDone: true },
    { value: 1, label: 'Veel', weight: 2 },
    { value: 9, label: 'Komt bij ons niet voor of weet ik niet', weight: 0, leavesOut: true },
  ];
  for (const key of ['liking', 'ability']) pack.taskQuestions[key].trends = ['groeit'];
  pack.taskQuestions.liking.whenNotDone = 'Lijkt het je leuk?';
  pack.taskQuestions.ability.whenNotDone = 'Denk je dat je het kunt?';
  return JSON.stringify(pack);
}

async function openPack() {
  const app = await createTestApp({ files: fixtureFiles({ 'werk-buiten.json': issue13Pack() }) });
  const scanId = await app.model.library.startScan('werk-buiten');
  go(`#/scan/${scanId}/1`);
  renderApp(app.model);
  await screen.findByRole('heading', { level: 1, name: 'Werk op straat' });
  const growing = screen.getByRole('group', { name: /^Meldingen met de app\W+Wordt meer$/ });
  const shrinking = screen.getByRole('group', { name: /^Vegen\W+Wordt minder$/ });
  return { ...app, scanId, growing, shrinking };
}

/** Lets the save queue write. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const questionNames = (task: HTMLElement) =>
  within(task)
    .getAllByRole('group')
    .map((group) => group.querySelector('legend')?.textContent);

describe('the questions of a task', () => {
  it('asks only the time of a task that wordt minder, all three of one that wordt meer', async () => {
    const { growing, shrinking } = await openPack();
    expect(questionNames(shrinking)).toEqual(['Hoeveel tijd kost het nu? (Vegen)']);
    expect(questionNames(growing)).toEqual([
      'Hoeveel tijd kost het nu? (Meldingen met de app)',
      'Doe je het graag? (Meldingen met de app)',
      'Kun je het? (Meldingen met de app)',
    ]);
    expect(within(growing).getByRole('radio', { name: 'Komt bij ons niet voor of weet ik niet' })).toBeVisible();
  });

  it('counts a task that wordt minder as answered with its time alone', async () => {
    const { model, repository, scanId, shrinking } = await openPack();
    fireEvent.click(within(shrinking).getByRole('radio', { name: 'Veel' }));
    const scan = await model.open.open(scanId);
    const openInPack = () => scan.openItems.value.filter((o) => o.step.questionnaire.id === 'werk-buiten');
    expect(openInPack().map((o) => o.item.id)).toEqual(['t-melding']);
    await settle();
    expect((await repository.getAnswers(scanId))['werk-buiten']).toEqual({ 't-vegen': { time: 1 } });
  });

  it('asks for an expectation while the task is not done now, and asks again normally after', async () => {
    const { growing } = await openPack();
    fireEvent.click(within(growing).getByRole('radio', { name: 'Doe ik nu niet' }));
    expect(questionNames(growing)).toEqual([
      'Hoeveel tijd kost het nu? (Meldingen met de app)',
      'Lijkt het je leuk? (Meldingen met de app)',
      'Denk je dat je het kunt? (Meldingen met de app)',
    ]);
    fireEvent.click(within(growing).getByRole('radio', { name: 'Veel' }));
    expect(questionNames(growing)[1]).toBe('Doe je het graag? (Meldingen met de app)');
  });

  it('hides liking and ability once the task does not occur, keeps what was given, and shows it again', async () => {
    const { model, scanId, growing } = await openPack();
    const liking = within(growing).getByRole('group', { name: 'Doe je het graag? (Meldingen met de app)' });
    fireEvent.click(within(liking).getByRole('radio', { name: 'Ja' }));
    fireEvent.click(within(growing).getByRole('radio', { name: 'Komt bij ons niet voor of weet ik niet' }));
    expect(questionNames(growing)).toEqual(['Hoeveel tijd kost het nu? (Meldingen met de app)']);
    const scan = await model.open.open(scanId);
    expect(scan.answerOf('werk-buiten', 't-melding')).toEqual({ liking: 2, time: 9 });
    // Left out counts as answered: nothing is open for it.
    const openInPack = scan.openItems.value.filter((o) => o.step.questionnaire.id === 'werk-buiten');
    expect(openInPack.map((o) => o.item.id)).toEqual(['t-vegen']);

    fireEvent.click(within(growing).getByRole('radio', { name: 'Veel' }));
    const again = within(growing).getByRole('group', { name: 'Doe je het graag? (Meldingen met de app)' });
    expect(within(again).getByRole('radio', { name: 'Ja' })).toBeChecked();
  });
});
