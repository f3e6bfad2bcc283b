import { describe, expect, it } from 'vitest';
import { questionnaireOutline } from '../../../src/domain/outline';

describe('the outline of a stored questionnaire', () => {
  it('reads the role and counts the sections', () => {
    expect(questionnaireOutline({ role: 'Balie', sections: [{}, {}] })).toEqual({ role: 'Balie', sections: 2 });
    expect(questionnaireOutline({ sections: [{}] })).toEqual({ role: null, sections: 1 });
  });

  it('has no outline for content without a list of sections', () => {
    expect(questionnaireOutline(undefined)).toBeNull();
    expect(questionnaireOutline('tekst')).toBeNull();
    expect(questionnaireOutline([])).toBeNull();
    expect(questionnaireOutline({ role: 'Balie', sections: 'twee' })).toBeNull();
  });

  it('ignores a role that is not text', () => {
    expect(questionnaireOutline({ role: 3, sections: [] })).toEqual({ role: null, sections: 0 });
  });
});
