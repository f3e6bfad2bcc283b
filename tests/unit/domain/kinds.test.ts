import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { allItems, type Item, ItemSchema } from '../../../src/domain/format';
import {
  describeAnswer,
  forKind,
  ITEM_KINDS,
  isEmptyAnswer,
  itemLabel,
  KINDS,
  type KindMap,
  type KindRegistry,
} from '../../../src/domain/kinds';
import { dutchErrors } from '../../../src/domain/validate';
import { AnswerValueSchema } from '../../../src/storage/records';
import { fixture, itemOf } from './fixtures';

const drijfveren = fixture('drijfveren');
const pakket = fixture('takenpakket');
const item = itemOf;

describe('the kinds registry', () => {
  it('has one module per kind, under its own name', () => {
    expect(Object.keys(KINDS)).toEqual([...ITEM_KINDS]);
    for (const kind of ITEM_KINDS) expect(KINDS[kind].kind).toBe(kind);
  });

  it('is the list the file format accepts, in its order', () => {
    const result = ItemSchema.safeParse({ id: 'x', kind: 'stelling' }, { error: dutchErrors });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `Deze waarde kan niet. Kies uit: ${ITEM_KINDS.map((k) => JSON.stringify(k)).join(', ')}.`,
    );
  });

  it('does not compile with a kind left out', () => {
    const { text: _left, ...withoutText } = KINDS;
    // @ts-expect-error the registry needs every kind of ITEM_KINDS
    const registry: KindRegistry = withoutText;
    expect(Object.keys(registry)).not.toContain('text');

    const labels: KindMap<string> = {
      statement: itemLabel,
      task: itemLabel,
      single: itemLabel,
      multi: itemLabel,
      text: itemLabel,
    };
    // @ts-expect-error a per-kind map (bench, test data) needs every kind too
    const partial: KindMap<string> = { statement: itemLabel, task: itemLabel };
    expect(forKind(labels, item(pakket, 'balie'))).toBe('Klanten helpen aan de balie');
    expect(Object.keys(partial)).toHaveLength(2);
  });

  it('derives the stored answer shape from the kinds', () => {
    for (const value of [6, 'zelf', ['klus', 'coach'], 'Mijn eigen woorden.', { time: 1, liking: 2 }])
      expect(AnswerValueSchema.safeParse(value).success).toBe(true);
    for (const value of [null, true, 101, { tijd: 1 }, [1, 2]])
      expect(AnswerValueSchema.safeParse(value).success).toBe(false);
    expect(z.union(ITEM_KINDS.map((kind) => KINDS[kind].valueSchema(z))).safeParse(2.5).success).toBe(false);
  });
});

describe('describeAnswer', () => {
  it('gives the labels a person chose, in the order of the question', () => {
    expect(describeAnswer(drijfveren, item(drijfveren, 'zorg-1'), 5)).toEqual(['Eens']);
    expect(describeAnswer(drijfveren, item(drijfveren, 'vaak-1'), 1)).toEqual(['Nooit']);
    expect(describeAnswer(drijfveren, item(drijfveren, 'sturing'), 'samen')).toEqual(['Samen met anderen']);
    expect(describeAnswer(drijfveren, item(drijfveren, 'leeractiviteiten'), ['coach', 'klus'])).toEqual([
      'Een nieuwe klus doen',
      'Praten met een coach',
    ]);
    expect(describeAnswer(pakket, item(pakket, 'balie'), { time: 3, liking: 4, ability: 0 })).toEqual([
      'Veel',
      'Heel leuk',
      'Nog niet',
    ]);
    expect(describeAnswer(pakket, item(pakket, 'balie'), { liking: 1 })).toEqual(['Niet leuk']);
  });

  it('gives their own words, without the spaces around them', () => {
    expect(describeAnswer(drijfveren, item(drijfveren, 'toelichting'), '  Meer leren. ')).toEqual(['Meer leren.']);
    expect(describeAnswer(drijfveren, item(drijfveren, 'toelichting'), '   ')).toEqual([]);
  });

  it('gives nothing for an answer that does not fit', () => {
    expect(describeAnswer(drijfveren, item(drijfveren, 'zorg-1'), 7)).toEqual([]);
    expect(describeAnswer(drijfveren, item(drijfveren, 'sturing'), 'onbekend')).toEqual([]);
    expect(describeAnswer(drijfveren, item(drijfveren, 'leeractiviteiten'), ['klus', 'klus'])).toEqual([]);
    expect(describeAnswer(drijfveren, item(drijfveren, 'toelichting'), 'x'.repeat(201))).toEqual([]);
    expect(describeAnswer(pakket, item(pakket, 'balie'), { tijd: 1 })).toEqual([]);
  });
});

describe('isEmptyAnswer and itemLabel', () => {
  it('clear an answer with nothing, an empty list or empty text, and name the question', () => {
    expect(isEmptyAnswer(item(drijfveren, 'zorg-1'), undefined)).toBe(true);
    expect(isEmptyAnswer(item(drijfveren, 'leeractiviteiten'), [])).toBe(true);
    expect(isEmptyAnswer(item(drijfveren, 'toelichting'), '')).toBe(true);
    expect(isEmptyAnswer(item(drijfveren, 'toelichting'), ' ')).toBe(false);
    expect(isEmptyAnswer(item(drijfveren, 'sturing'), '')).toBe(false);
    expect(itemLabel(item(pakket, 'balie'))).toBe('Klanten helpen aan de balie');
    expect(itemLabel(item(drijfveren, 'sturing'))).toBe('Hoe leer je het liefst?');
  });
});
