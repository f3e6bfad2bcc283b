/** Two finished scans side by side: the key scores, older scan first. */
import type { ScanResult } from '../../domain/scoring';
import type { Comparison } from '../../state/types';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { ScrollRegion } from '../components/ScrollRegion';
import { useApp } from '../context';
import { formatShortDateTime } from '../format';
import { Loading } from '../lazy';
import { hrefFor } from '../routes';
import { useAsync } from '../use-async';

export interface CompareRow {
  key: string;
  label: string;
  first: number | null;
  second: number | null;
}

function keyScores(result: ScanResult): Map<string, { label: string; score: number | null }> {
  const rows = new Map<string, { label: string; score: number | null }>();
  const shift = result.pack?.taskShift;
  if (shift) {
    rows.set('match', { label: text.compareMatch, score: shift.match.score });
    rows.set('tijd-groeit', { label: text.compareTimeGrowing, score: shift.timeShare?.groeit ?? null });
    rows.set('tijd-krimpt', { label: text.compareTimeShrinking, score: shift.timeShare?.krimpt ?? null });
    rows.set('plezier-groeit', { label: text.compareLikingGrowing, score: shift.likingGrowing });
    rows.set('kunnen-groeit', { label: text.compareAbilityGrowing, score: shift.abilityGrowing });
  }
  for (const questionnaire of result.results)
    for (const scale of questionnaire.scales)
      rows.set(`${questionnaire.questionnaireId}/${scale.id}`, { label: scale.title, score: scale.score });
  return rows;
}

/** Every score either scan has, in the order the first one lists them. */
export function compareRows(first: ScanResult, second: ScanResult): CompareRow[] {
  const a = keyScores(first);
  const b = keyScores(second);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((key) => ({
    key,
    label: a.get(key)?.label ?? b.get(key)?.label ?? key,
    first: a.get(key)?.score ?? null,
    second: b.get(key)?.score ?? null,
  }));
}

function Score({ value }: { value: number | null }) {
  if (value === null) return <span class="ms-muted">{text.compareNoScore}</span>;
  const rounded = Math.round(value);
  return (
    <>
      {rounded}
      <span class="ms-meter" aria-hidden="true">
        <span style={{ inlineSize: `${rounded}%` }} />
      </span>
    </>
  );
}

export function CompareScreen({ a, b }: { a: string; b: string }) {
  const app = useApp();
  const state = useAsync(() => app.comparisons.compare(a, b), [a, b]);
  if (state.status === 'laden') return <Loading />;
  if (state.status === 'fout')
    return (
      <>
        <PageTitle title={text.compareScreenTitle}>{text.compareScreenTitle}</PageTitle>
        <Alert type="error" title={state.error instanceof Error ? state.error.message : text.errorTitle} />
        <ButtonGroup>
          <ButtonLink href={hrefFor({ name: 'scans' })}>{text.compareBack}</ButtonLink>
        </ButtonGroup>
      </>
    );
  const ordered = orderByDate(state.value);
  const rows = compareRows(ordered.first.result, ordered.second.result);
  const heading = (side: Comparison['first']) =>
    text.compareColumn(side.role ?? text.roleUnknown, formatShortDateTime(side.data.scan.createdAt));
  return (
    <>
      <PageTitle title={text.compareScreenTitle}>{text.compareScreenTitle}</PageTitle>
      <p>{text.compareNote}</p>
      <ScrollRegion labelledBy="vergelijk-bijschrift">
        <table class="utrecht-table ms-compare">
          <caption class="utrecht-table__caption" id="vergelijk-bijschrift">
            {text.compareCaption}
          </caption>
          <thead>
            <tr>
              <th class="utrecht-table__header-cell" scope="col">
                {text.compareScoreColumn}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {heading(ordered.first)}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {heading(ordered.second)}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th class="utrecht-table__header-cell ms-row-header" scope="row">
                  {row.label}
                </th>
                <td class="utrecht-table__cell">
                  <Score value={row.first} />
                </td>
                <td class="utrecht-table__cell">
                  <Score value={row.second} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ButtonGroup>
        <ButtonLink href={hrefFor({ name: 'scans' })} appearance="secondary-action">
          {text.compareBack}
        </ButtonLink>
      </ButtonGroup>
    </>
  );
}

function orderByDate(comparison: Comparison): Comparison {
  const { first, second } = comparison;
  return first.data.scan.createdAt <= second.data.scan.createdAt ? comparison : { first: second, second: first };
}
