/**
 * Trusting a stored questionnaire snapshot without zod. A snapshot is checked in full (zod) when it
 * is written, imported or first opened; the result is kept beside it as a mark: the version of the
 * format that checked it, the parsed questionnaire (zod trims text and fills defaults, so the raw
 * content alone is not enough) and the SHA-256 of both. When read, the snapshot is trusted when the
 * mark is of the current format version and the hash still fits; the full check runs later, after
 * the first screen (open-scans.ts). No zod here: this module is on a deep link's critical path.
 */
import type { Questionnaire } from '../domain/format';
import { canonicalJson } from '../domain/hash';
import type { QuestionnaireSnapshot } from './types';

/**
 * The version of what makes a questionnaire valid and what parsing adds. Bump it with every change
 * to src/domain/format.ts, format-rules.ts, validate.ts or kinds/: marks of an older version are
 * not trusted, so every snapshot is checked again once. tests/unit/storage/snapshot-trust.test.ts
 * pins these files, so a change that forgets the bump fails there.
 */
export const FORMAT_VERSION = 1;

/** The mark of one snapshot, as a setting (key `checkedKey(hash)`): no new store, no migration. */
export interface CheckedMark {
  formatVersion: number;
  sha256: string;
  questionnaire: Questionnaire;
}

export const checkedKey = (snapshotHash: string) => `gecontroleerd:${snapshotHash}`;

async function sha256(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  // Only in a secure context (https or localhost); without it, nothing is trusted and all is checked.
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const markedText = (content: unknown, questionnaire: Questionnaire) => canonicalJson([content, questionnaire]);

/** The mark for content that has just passed the full check, parsed as `questionnaire`. */
export async function checkedMark(content: unknown, questionnaire: Questionnaire): Promise<CheckedMark | undefined> {
  const hash = await sha256(markedText(content, questionnaire));
  return hash === undefined ? undefined : { formatVersion: FORMAT_VERSION, sha256: hash, questionnaire };
}

function isMark(value: unknown): value is CheckedMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Partial<CheckedMark>;
  return (
    typeof mark.formatVersion === 'number' &&
    typeof mark.sha256 === 'string' &&
    typeof mark.questionnaire === 'object' &&
    mark.questionnaire !== null
  );
}

/** The parsed questionnaire of a snapshot whose mark is current and fits; undefined: check it in full. */
export async function trustedQuestionnaire(
  snapshot: QuestionnaireSnapshot | undefined,
  mark: unknown,
): Promise<Questionnaire | undefined> {
  if (!snapshot || !isMark(mark) || mark.formatVersion !== FORMAT_VERSION) return undefined;
  const questionnaire = mark.questionnaire;
  if (questionnaire.id !== snapshot.id || questionnaire.version !== snapshot.version) return undefined;
  const hash = await sha256(markedText(snapshot.content, questionnaire)).catch(() => undefined);
  return hash !== undefined && hash === mark.sha256 ? questionnaire : undefined;
}
