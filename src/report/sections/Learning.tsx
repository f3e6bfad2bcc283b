import type { TallyView } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatPercent } from '../format';

function Tally({ tally }: { tally: TallyView }) {
  const chosen = tally.groups.flatMap((g) => g.options.map((option) => ({ option, group: g.label })));
  return (
    <div class="tally learning-grid">
      {tally.chosen === 0 ? (
        <p>{t.learningNone}</p>
      ) : (
        <>
          <p class="learning-chosen">{t.learningChosen(tally.chosen, tally.max)}</p>
          <div class="keep-together">
            <h3>{t.learningTop}</h3>
            <ol class="learning-top" data-testid="leren-top">
              {chosen.map(({ option, group }) => (
                <li key={option}>
                  {option} <span class="muted">({group})</span>
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
      <div class="keep-together">
        <h3>{t.learningMix}</h3>
        <p>{t.learningRule}</p>
        <div>
          <table class="data-table data-table--compact">
            <caption>{t.learningMixCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colGroup}</th>
                <th scope="col" class="num">
                  {t.colCount}
                </th>
                <th scope="col">{t.colPart}</th>
              </tr>
            </thead>
            <tbody>
              {tally.groups.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    {g.label} <span class="muted">({g.id})</span>
                  </th>
                  <td class="num">{g.count}</td>
                  <td>
                    {g.percent === null ? (
                      t.noScore
                    ) : (
                      <span class="score">
                        <span class="score__value">{formatPercent(g.percent)}</span>
                        <span class="score__bar" aria-hidden="true">
                          <span class="score__fill" style={{ width: `${g.percent}%` }} />
                        </span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

export function Learning({ tallies }: { tallies: TallyView[] }) {
  return (
    <>
      <p class="section-intro">{t.learningIntro}</p>
      {tallies.map((tally) => (
        <Tally key={tally.id} tally={tally} />
      ))}
    </>
  );
}
