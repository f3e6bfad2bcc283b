import type { TallyView } from '../../domain/report';
import { report as t } from '../../text/report';
import { inSentence, joinList } from '../format';

/** R24: the choices in questionnaire order (no ranking), and counts per group out of what the list offers. */
function Tally({ tally }: { tally: TallyView }) {
  return (
    <div class="tally learning-grid">
      {tally.chosen === 0 ? (
        <p>{t.learningNone}</p>
      ) : (
        <>
          <p class="learning-chosen">{t.learningChosen(tally.chosen)}</p>
          <div class="keep-together">
            <h3>{t.learningTop}</h3>
            <ul class="learning-top" data-testid="leren-top">
              {tally.chosenInOrder.map(({ option, group }) => (
                <li key={option}>
                  {option} {group && <span class="muted">({inSentence(group)})</span>}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <div class="keep-together">
        <table class="data-table data-table--compact">
          <caption>{t.learningMixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colGroup}</th>
              <th scope="col" class="num">
                {t.colCount}
              </th>
              <th scope="col" class="num">
                {t.colAvailable}
              </th>
            </tr>
          </thead>
          <tbody>
            {tally.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.label}</th>
                <td class="num">{g.count}</td>
                <td class="num">{g.available}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {tally.groups
          .filter((g) => g.count > 0)
          .map((g) => (
            <p key={g.id}>{t.learningGroupCount(g.label, g.count, g.available)}</p>
          ))}
        <p>{t.learningRule}</p>
        <p>{t.learningListNote(joinList(tally.groups.map((g) => String(g.available))))}</p>
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
