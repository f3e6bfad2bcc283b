import type { ReportContent, ReportSectionId, Strength, TalkingPoint } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatPercent, joinList, joinTasks } from '../format';

export function talkingPointText(point: TalkingPoint): string {
  switch (point.kind) {
    case 'sterk':
      return t.pointSterk(joinTasks(point.tasks));
    case 'drijfveren':
      return point.tasks.length > 0
        ? `${t.pointDrijfveren(joinList(point.drivers))} ${t.pointDrijfverenTasks(joinTasks(point.tasks))}`
        : t.pointDrijfveren(joinList(point.drivers));
    case 'mindset':
      return t.pointMindset(point.area);
    case 'kansen':
      return t.pointKansen(joinTasks(point.tasks));
    case 'groeien':
      return t.pointGroeien(joinTasks(point.tasks));
    case 'loslaten':
      return t.pointLoslaten(joinTasks(point.tasks));
    case 'krimp':
      return t.pointKrimp(formatPercent(point.share));
    case 'richting':
      return t.pointRichting;
    case 'steun':
      return t.pointSteun;
  }
}

export function strengthText(strength: Strength): string {
  switch (strength.kind) {
    case 'taken':
      return t.strengthTasks(joinTasks(strength.tasks));
    case 'drijfveren':
      return t.strengthDrivers(joinList(strength.drivers));
    case 'mindset':
      return t.strengthMindset(strength.area);
    case 'profiel':
      return t.strengthProfile(strength.title, strength.label);
  }
}

interface SummaryProps {
  data: ReportContent;
  /** The parts that go on paper: the note on how the match is made only prints with "Zo rekenen we". */
  printed: readonly ReportSectionId[];
}

export function Summary({ data, printed }: SummaryProps) {
  const match = data.work?.match ?? null;
  const good = data.strengths.map(strengthText);
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
            <ul class="check-list">
              {good.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{t.strengthsNone}</p>
          )}
        </section>
        {data.work && (
          <section class="summary-block summary-block--match" aria-labelledby="samenvatting-match">
            <h3 id="samenvatting-match">{t.matchTitle}</h3>
            {match?.score !== null && match !== null ? (
              <>
                <p class="match-figure" data-testid="match-figure">
                  <span class="match-figure__value">{match.score}</span>
                  <span class="match-figure__of"> {t.matchOf}</span>
                </p>
                {match.band && (
                  <p class="match-band">
                    <strong>{match.band.label}.</strong> {match.band.text}
                  </p>
                )}
                {data.work && data.work.answeredTasks < data.work.totalTasks && (
                  <p class="notice">{t.matchPartial(data.work.answeredTasks, data.work.totalTasks)}</p>
                )}
                <p>{t.matchMeaning}</p>
                <p>{t.matchNotJudgement}</p>
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
            <li key={point.kind}>{talkingPointText(point)}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
