import type { ReportContent, ReportSectionId } from '../../domain/report';
import { report as t } from '../../text/report';
import { MatchFigure } from '../MatchFigure';
import { SaidBlock } from '../Said';
import { strengthSaid, talkingPointSaid } from '../sentences';

interface SummaryProps {
  data: ReportContent;
  /** The parts that go on paper: the note on how the match is made only prints with "Zo rekenen we". */
  printed: readonly ReportSectionId[];
}

export function Summary({ data, printed }: SummaryProps) {
  const match = data.work?.match ?? null;
  const good = data.strengths.flatMap(strengthSaid);
  return (
    <>
      <div class="summary-progress">
        {data.complete ? (
          <p>{t.progressAll}</p>
        ) : (
          <>
            <p>
              <strong>{t.progressPartial(data.answered, data.total)}</strong>
            </p>
            <ul>
              {data.progress.map((p) => (
                <li key={p.questionnaireId}>{t.progressLine(p.title, p.answered, p.total)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="summary-grid">
        <section class="summary-block summary-block--strengths" aria-labelledby="samenvatting-sterk">
          <h3 id="samenvatting-sterk">{t.strengthsTitle}</h3>
          {good.length > 0 ? (
            <div class="check-said" data-testid="dit-gaat-al-goed">
              <SaidBlock said={good} />
            </div>
          ) : (
            <p>{t.strengthsNone}</p>
          )}
        </section>
        {data.work && (
          <section class="summary-block summary-block--match" aria-labelledby="samenvatting-match">
            <h3 id="samenvatting-match">{t.matchTitle}</h3>
            {match?.score !== null && match !== null ? (
              <>
                <MatchFigure match={match} leftOut={data.work.leftOut.length} testId="match-figure" />
                {data.work && data.work.answeredTasks < data.work.totalTasks && (
                  <p class="notice">{t.matchPartial(data.work.answeredTasks, data.work.totalTasks)}</p>
                )}
                <p class={`field-help${printed.includes('rekenen') ? '' : ' no-print'}`}>{t.matchHow}</p>
              </>
            ) : (
              <p>{t.matchNone}</p>
            )}
          </section>
        )}
      </div>
      <section class="summary-block summary-block--talk" aria-labelledby="samenvatting-bespreken">
        <h3 id="samenvatting-bespreken">{t.talkTitle}</h3>
        <ol class="talk-list">
          {data.talkingPoints.map((point) => (
            <li key={point.kind}>
              <SaidBlock said={talkingPointSaid(point)} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
