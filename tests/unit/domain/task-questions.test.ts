/**
 * Format changes of issue 13 (F1–F4) and the task rules built on them: "Doe ik nu niet" and
 * "Komt bij ons niet voor of weet ik niet" as time answers, liking and ability asked only for the
 * trends that need them (R2), the expectation wording (R3), questions for the conversation on a
 * scale (R18) and the cap of the "past bij" list (R13).
 */
import { describe, expect, it } from 'vitest';
import { allItems, type Item, type TaskItem } from '../../../src/domain/format';
import {
  describeAnswer,
  isAnswered,
  isLeftOut,
  isNotDone,
  isTask,
  questionsAsked,
  questionsShown,
  questionWording,
} from '../../../src/domain/kinds';
import { type Problem, parseQuestionnaire } from '../../../src/domain/validate';
import { fixture, rawFixture, withShippedTaskQuestions } from './fixtures';

type Raw = ReturnType<typeof rawFixture>;

const pack = fixture('takenpakket', withShippedTaskQuestions);
const task = (id: string): TaskItem => {
  const found = allItems(pack).find((i): i is Item & TaskItem => i.id === id && isTask(i));
  if (!found) throw new Error(`no task ${id}`);
  return found;
};
const growing = task('advies');
const shrinking = task('balie');

function problemsAfter(change: (raw: Raw) => void): Problem[] {
  const raw = rawFixture('takenpakket');
  withShippedTaskQuestions(raw);
  change(raw);
  const result = parseQuestionnaire('takenpakket.json', raw);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('the task questions of issue 13', () => {
  it('asks liking and ability only for the trends listed (R2), time always', () => {
    expect(questionsAsked(pack, growing)).toEqual(['time', 'liking', 'ability']);
    expect(questionsAsked(pack, shrinking)).toEqual(['time']);
    expect(questionsAsked(pack, task('controle'))).toEqual(['time']);
  });

  it('asks every question for every trend when a pack lists no trends (older files)', () => {
    const old = fixture('takenpakket');
    expect(old.taskQuestions?.liking.trends).toEqual(['groeit', 'blijft', 'krimpt']);
    expect(questionsAsked(old, shrinking)).toEqual(['time', 'liking', 'ability']);
  });

  it('knows "Doe ik nu niet" and "Komt bij ons niet voor" from the flags, not from the numbers', () => {
    expect(isNotDone(pack, { time: 0 })).toBe(true);
    expect(isLeftOut(pack, { time: 9 })).toBe(true);
    expect(isLeftOut(pack, { time: 3 })).toBe(false);
    expect(isNotDone(pack, { time: 9 })).toBe(false);
    expect(isNotDone(pack, undefined)).toBe(false);
    expect(isLeftOut(pack, {})).toBe(false);
  });

  it('counts a task as answered when its asked questions are given, or when it is left out', () => {
    expect(isAnswered(pack, shrinking, { time: 2 })).toBe(true);
    expect(isAnswered(pack, shrinking, { liking: 2 })).toBe(false);
    expect(isAnswered(pack, growing, { time: 2, liking: 3 })).toBe(false);
    expect(isAnswered(pack, growing, { time: 2, liking: 3, ability: 1 })).toBe(true);
    expect(isAnswered(pack, growing, { time: 9 })).toBe(true);
    expect(isAnswered(pack, growing, { time: 0, liking: 3, ability: 1 })).toBe(true);
  });

  it('keeps values of questions not asked, but leaves them out of the answer in words', () => {
    expect(describeAnswer(pack, shrinking, { time: 3, liking: 4, ability: 2 })).toEqual(['Veel']);
    expect(describeAnswer(pack, growing, { time: 9, liking: 4 })).toEqual(['Komt bij ons niet voor of weet ik niet']);
    expect(describeAnswer(pack, growing, { time: 1, liking: 4, ability: 2 })).toEqual(['Weinig', 'Heel leuk', 'Goed']);
  });

  it('shows liking and ability only while the task is not left out (R4)', () => {
    expect(questionsShown(pack, growing, { time: 9, liking: 4 })).toEqual(['time']);
    expect(questionsShown(pack, growing, { time: 0 })).toEqual(['time', 'liking', 'ability']);
    expect(questionsShown(pack, growing, undefined)).toEqual(['time', 'liking', 'ability']);
  });

  it('asks for an expectation while the time answer is "Doe ik nu niet" (R3)', () => {
    expect(questionWording(pack, 'liking', { time: 0 })).toBe('Hoe leuk lijkt het je?');
    expect(questionWording(pack, 'ability', { time: 0 })).toBe('Hoe goed denk je dat je het kunt?');
    expect(questionWording(pack, 'liking', { time: 1 })).toBe('Hoe leuk vind je dit?');
    expect(questionWording(pack, 'liking', undefined)).toBe('Hoe leuk vind je dit?');
    expect(questionWording(pack, 'time', { time: 0 })).toBe('Hoeveel tijd kost dit nu?');
  });
});

describe('the format checks of issue 13', () => {
  it('allows at most one time answer of each kind, and not both on one answer', () => {
    expect(
      problemsAfter((raw) => {
        raw.taskQuestions.time.options[1].notDone = true;
        raw.taskQuestions.time.options[3].leavesOut = true;
      }),
    ).toEqual([
      {
        file: 'takenpakket.json',
        path: 'taskQuestions.time.options[1].notDone',
        message: 'Hoogstens één antwoord bij tijd mag "notDone" hebben.',
      },
      {
        file: 'takenpakket.json',
        path: 'taskQuestions.time.options[4].leavesOut',
        message: 'Hoogstens één antwoord bij tijd mag "leavesOut" hebben.',
      },
    ]);
    expect(problemsAfter((raw) => (raw.taskQuestions.time.options[0].leavesOut = true))).toContainEqual({
      file: 'takenpakket.json',
      path: 'taskQuestions.time.options[0]',
      message: 'Een antwoord kan niet tegelijk "notDone" en "leavesOut" hebben.',
    });
  });

  it('puts the flags on time answers only', () => {
    const problems = problemsAfter((raw) => (raw.taskQuestions.liking.options[0].notDone = true));
    expect(problems.map((p) => p.path)).toEqual(['taskQuestions.liking.options[0]']);
    expect(problems[0]?.message).toContain('notDone');
  });

  it('does not let "much time" start at an answer that takes no time', () => {
    expect(problemsAfter((raw) => (raw.scoring.taskShift.muchTimeFrom = 9))).toEqual([
      {
        file: 'takenpakket.json',
        path: 'scoring.taskShift.muchTimeFrom',
        message: 'muchTimeFrom (9) is het antwoord met "leavesOut". Kies een antwoord dat tijd kost.',
      },
    ]);
    expect(problemsAfter((raw) => (raw.scoring.taskShift.muchTimeFrom = 0))[0]?.path).toBe(
      'scoring.taskShift.muchTimeFrom',
    );
  });

  it('checks the trends of a question: at least one, each once', () => {
    expect(problemsAfter((raw) => (raw.taskQuestions.ability.trends = ['groeit', 'groeit']))).toEqual([
      {
        file: 'takenpakket.json',
        path: 'taskQuestions.ability.trends[1]',
        message: 'De trend "groeit" staat twee keer in trends.',
      },
    ]);
    expect(problemsAfter((raw) => (raw.taskQuestions.liking.trends = []))[0]?.path).toBe('taskQuestions.liking.trends');
  });

  it('caps the "past bij" list at 5 unless the pack says otherwise, between 1 and 10', () => {
    expect(pack.scoring.taskShift?.fitsAtMost).toBe(5);
    expect(fixture('takenpakket', (raw) => (raw.scoring.taskShift.fitsAtMost = 3)).scoring.taskShift?.fitsAtMost).toBe(
      3,
    );
    expect(problemsAfter((raw) => (raw.scoring.taskShift.fitsAtMost = 11))[0]?.path).toBe(
      'scoring.taskShift.fitsAtMost',
    );
  });

  it('puts conversation questions only on scales of statements worded one way (R18)', () => {
    const conversation = { agree: 'Wat wil je als eerste doen?', disagree: 'Wat houdt je tegen?' };
    const drijfveren = fixture('drijfveren', (raw) => (raw.scoring.scales[1].conversation = conversation));
    expect(drijfveren.scoring.scales[1]?.conversation).toEqual(conversation);

    const raw = rawFixture('drijfveren');
    raw.scoring.scales[0].conversation = conversation;
    const result = parseQuestionnaire('drijfveren.json', raw);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'drijfveren.json',
        path: 'scoring.scales[0].items[1]',
        message:
          'De vraag "zorg-2" is omgekeerd gesteld. Een score met "conversation" telt alleen zinnen zonder "reverse".',
      },
    ]);
  });

  it('reads files without estimatedMinutes, and older files with it', () => {
    expect(fixture('takenpakket', (raw) => delete raw.estimatedMinutes).id).toBe(pack.id);
    expect(rawFixture('takenpakket').estimatedMinutes).toBeDefined();
    expect(fixture('takenpakket').id).toBe(pack.id);
  });
});
