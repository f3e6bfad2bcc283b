import { describe, expect, it } from 'vitest';
import { bigQuestionnaire } from '../../../bench/generate';
import { random, sampleAnswer } from '../../../bench/seed';
import { allItems } from '../../../src/domain/format';
import { scoreQuestionnaire } from '../../../src/domain/scoring';
import { parseQuestionnaire } from '../../../src/domain/validate';

describe('the generated 500-statement questionnaire', () => {
  it('is a valid questionnaire with 500 statements on 20 screens of 25 and 10 scales of 50', () => {
    const result = parseQuestionnaire('groot.json', bigQuestionnaire(500));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sections.map((s) => s.items.length)).toEqual(Array(20).fill(25));
    expect(allItems(result.value)).toHaveLength(500);
    expect(result.value.scoring.scales.map((s) => s.items.length)).toEqual(Array(10).fill(50));
  });

  it('scores every scale when every statement is answered', () => {
    const result = parseQuestionnaire('groot.json', bigQuestionnaire(500));
    if (!result.ok) throw new Error('invalid');
    const next = random(1);
    const answers = Object.fromEntries(
      allItems(result.value).map((item) => [item.id, sampleAnswer(result.value, item, next)]),
    );
    const scored = scoreQuestionnaire(result.value, answers);
    expect(scored.scales).toHaveLength(10);
    for (const scale of scored.scales) {
      expect(scale.answered).toBe(50);
      expect(scale.score).not.toBeNull();
    }
  });
});
