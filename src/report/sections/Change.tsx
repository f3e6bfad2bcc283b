import type { ChangeRow, ChangeView } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatDate, formatNumber, formatPercent, joinNames } from '../format';

const PARTS: readonly { part: ChangeRow['part']; caption: string }[] = [
  { part: 'werk', caption: t.changeCaptionWerk },
  { part: 'groeimindset', caption: t.changeCaptionGroeimindset },
  { part: 'talent', caption: t.changeCaptionTalent },
];

function rowTitle(row: ChangeRow): string {
  switch (row.kind) {
    case 'match':
      return t.rowMatch;
    case 'groeit':
      return t.rowGroeit;
    case 'krimpt':
      return t.rowKrimpt;
    case 'scale':
      return row.title;
  }
}

function value(row: ChangeRow, v: number | null): string {
  if (v === null) return t.noScore;
  return row.kind === 'groeit' || row.kind === 'krimpt' ? formatPercent(v) : formatNumber(v);
}

function difference(row: ChangeRow): string {
  const d = row.difference;
  if (d === null) return t.diffUnknown;
  if (d === 0) return row.kind === 'groeit' || row.kind === 'krimpt' ? t.diffAboutSame : t.diffSame;
  // A change in a share of time is in percentage points; "12 hoger" reads clearer than "12% hoger".
  const size = formatNumber(Math.abs(d));
  // Time shares are rough (R7), so their difference is too (R36).
  if (row.kind === 'groeit' || row.kind === 'krimpt') return d > 0 ? t.diffAboutUp(size) : t.diffAboutDown(size);
  return d > 0 ? t.diffUp(size) : t.diffDown(size);
}

export function Change({ change }: { change: ChangeView }) {
  return (
    <>
      <p class="section-intro">{t.changeIntro(formatDate(change.earlierDate))}</p>
      {!change.sameRole && change.earlierRole && <p class="notice">{t.changeOtherRole(change.earlierRole)}</p>}
      {change.versionChanged && <p class="notice">{t.changeVersion}</p>}
      {change.newStrong.length > 0 && (
        <>
          <p>{t.changeNewStrong}</p>
          <ul data-testid="nieuw-sterk">
            {change.newStrong.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </>
      )}
      {change.topDrivers.now.length > 0 && change.topDrivers.before.length > 0 && (
        <p>
          {change.sameTopDrivers
            ? t.changeTopDriversSame(joinNames(change.topDrivers.now))
            : t.changeTopDrivers(joinNames(change.topDrivers.before), joinNames(change.topDrivers.now))}
        </p>
      )}
      <div class="change-tables">
        {PARTS.map(({ part, caption }) => {
          const rows = change.rows.filter((row) => row.part === part);
          if (rows.length === 0) return null;
          return (
            <table key={part} class="data-table data-table--compact change-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colWhat}</th>
                  <th scope="col" class="num">
                    {t.colThen}
                  </th>
                  <th scope="col" class="num">
                    {t.colNow}
                  </th>
                  <th scope="col">{t.colDifference}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{rowTitle(row)}</th>
                    <td class="num">{value(row, row.before)}</td>
                    <td class="num">{value(row, row.now)}</td>
                    <td>{difference(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </>
  );
}
