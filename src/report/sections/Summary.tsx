import type { ReportData, TalkingPoint } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatPercent, joinList, joinTasks } from '../format';
import { Section } from './Section';

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

function strengths(data: ReportData): string[] {
  const out: string[] = [];
  if (data.work && data.work.sterk.length > 0) out.push(t.strengthTasks(joinTasks(data.work.sterk.slice(0, 3))));
  if (data.talent && data.talent.top.length > 0)
    out.push(t.strengthDrivers(joinList(data.talent.top.map((d) => d.title))));
  if (data.mindset?.strongest) out.push(t.strengthMindset(data.mindset.strongest.title));
  for (const profile of data.talent?.profiles ?? [])
    if (profile.matched && !profile.incomplete) out.push(t.strengthProfile(profile.title, profile.label));
  return out;
}

export function Summary({ data, printed }: { data: ReportData; printed: boolean }) {
  const match = data.work?.match ?? null;
  const good = strengths(data);
  return (
    <Section id="samenvatting" printed={printed}>
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
                <p class={`field-help${data.printed.includes('rekenen') ? '' : ' no-print'}`}>{t.matchHow}</p>
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
    </Section>
  );
}
