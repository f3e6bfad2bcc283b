import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../../src/domain/kinds';
import { FIELDS, type FieldRegistry } from '../../../src/ui/items/ItemField';

describe('the field per question kind', () => {
  it('has a field for every kind of the registry', () => {
    expect(Object.keys(FIELDS).sort()).toEqual([...ITEM_KINDS].sort());
    for (const kind of ITEM_KINDS) expect(typeof FIELDS[kind]).toBe('function');
  });

  it('does not compile with a kind left out', () => {
    const { multi: _left, ...withoutMulti } = FIELDS;
    // @ts-expect-error every kind needs its field, or the scan would show nothing for it
    const fields: FieldRegistry = withoutMulti;
    expect(Object.keys(fields)).not.toContain('multi');
  });
});
