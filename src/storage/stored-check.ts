/**
 * The full check of a scan that was opened from trusted records (quick-read.ts), run after its
 * first screen: every record against its schema, every snapshot against its hash and the format,
 * parsed as its mark says. A record that fails is reported on the console as on any read
 * (records.ts) and stays where it is.
 */
import { canonicalJson, contentHash } from '../domain/hash';
import { parseQuestionnaire } from '../domain/validate';
import type { TrustedScan } from './quick-read';
import { validRecord, validRecords } from './records';

/** True when the full check agrees with everything the scan was opened with. */
export function trustedScanHolds(trusted: TrustedScan): boolean {
  const { records } = trusted;
  const scan = validRecord('scans', records.scan);
  const answers = validRecords('answers', records.answers);
  const plan = records.plan === undefined ? undefined : validRecord('plans', records.plan);
  const snapshots = validRecords('snapshots', records.snapshots);
  if (!scan || answers.length !== records.answers.length || (records.plan !== undefined && !plan)) return false;
  if (snapshots.length !== records.snapshots.length) return false;
  return snapshots.every((snapshot, index) => {
    if (contentHash(snapshot.content) !== snapshot.hash) return false;
    const parsed = parseQuestionnaire(snapshot.id, snapshot.content);
    return parsed.ok && canonicalJson(parsed.value) === canonicalJson(trusted.questionnaires[index]);
  });
}
