/** Two finished scans side by side: the key scores, older scan first. */
import { compareScans, type FigureRow } from '../../domain/report/compare';
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

/** The screen's name for a figure: the task pack's figures have their own words, a score its title. */
function label(row: FigureRow): string {
  switch (row.kind) {
    case 'match':
      return text.compareMatch;
    case 'groeit':
      return text.compareTimeGrowing;
    case 'krimpt':
      return text.compareTimeShrinking;
    case 'plezier-groeit':
      return text.compareLikingGrowing;
    case 'kunnen-groeit':
      return text.compareAbilityGrowing;
    case 'scale':
      return row.title ?? row.key;
  }
}

/** Every figure either scan has, in the order the first one lists them (domain/report/compare.ts). */
export function compareRows(first: ScanResult, second: ScanResult): CompareRow[] {
  return compareScans(first, second).map((row) => ({
    key: row.key,
    label: label(row),
    first: row.before,
    second: row.now,
  }));
}

function Score({ value }: { value: number | null }) {
  if (value === null) return <span class="ms-muted">{text.compareNoScore}</span>;
  return (
    <>
      {value}
      <span class="ms-meter" aria-hidden="true">
        <span style={{ inlineSize: `${value}%` }} />
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
