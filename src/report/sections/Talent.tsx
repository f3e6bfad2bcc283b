import { useMemo } from 'preact/hooks';
import type { ProfileView, ScoreView, TalentView } from '../../domain/report';
import { report as t } from '../../text/report';
import { ChartFigure } from '../ChartFigure';
import { driversChart } from '../charts/drivers';
import { topSentences } from '../sentences';
import { Recommendations } from './Mindset';
import { ScoreBar } from './Section';

const RADAR_PRINT_SIZE = { width: 370, height: 248 } as const;

interface ScoreTableProps {
  caption: string;
  scales: ScoreView[];
  rowHeader: string;
  /** Inside a chart figure the figure caption already shows the title. */
  hideCaption?: boolean;
}

function ScoreTable({ caption, scales, rowHeader, hideCaption = false }: ScoreTableProps) {
  return (
    <table class="data-table data-table--compact score-table">
      <caption class={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">{t.colScore}</th>
        </tr>
      </thead>
      <tbody>
        {scales.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.title}</th>
            <td>
              <ScoreBar score={s.score} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Profile({ profile }: { profile: ProfileView }) {
  const headingId = `profiel-${profile.id}`;
  return (
    <section class="profile" aria-labelledby={headingId}>
      <div class="keep-together">
        <h3 id={headingId}>{profile.title}</h3>
        <p class="profile__label">{profile.label}</p>
        <p>{profile.text}</p>
      </div>
      {profile.incomplete && <p class="notice">{t.profileIncomplete}</p>}
      {profile.basedOn.length > 0 && (
        <div class="score-chips">
          <p class="score-chips__title">{t.profileScores}</p>
          <dl>
            {profile.basedOn.map((s) => (
              <div key={s.id} class="score-chip">
                <dt>{s.title}</dt>
                <dd>{s.score === null ? t.noScore : s.score}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {(profile.helps.length > 0 || profile.helpsLess.length > 0) && (
        <div class="profile__helps">
          {profile.helps.length > 0 && (
            <div>
              <h4>{t.helpsTitle}</h4>
              <ul class="check-list">
                {profile.helps.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </div>
          )}
          {profile.helpsLess.length > 0 && (
            <div>
              <h4>{t.helpsLessTitle}</h4>
              <ul>
                {profile.helpsLess.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

export function Talent({ talent }: { talent: TalentView }) {
  const config = useMemo(() => (talent.drivers.length >= 3 ? driversChart(talent.drivers) : null), [talent.drivers]);
  const alt = t.driversAlt(
    talent.drivers.map((d) => t.driverValue(d.title, d.score === null ? t.noScore : String(d.score))).join(', '),
  );
  const table = (
    <ScoreTable
      caption={t.driversCaption}
      scales={talent.drivers}
      rowHeader={t.colDriver}
      hideCaption={config !== null}
    />
  );
  return (
    <>
      <p class="section-intro">{t.talentIntro}</p>
      {talent.answered < talent.total && <p class="notice">{t.answeredOf(talent.answered, talent.total)}</p>}
      <div class="keep-together">
        <h3>{t.driversTitle}</h3>
        <p>
          {topSentences(
            talent.topGroups.map((g) => g.map((d) => d.title)),
            talent.noTopReason,
          ).join(' ')}
        </p>
        {config ? (
          <ChartFigure
            id="drijfveren"
            config={config}
            className="chart-figure--radar"
            printSize={RADAR_PRINT_SIZE}
            caption={t.driversCaption}
            alt={alt}
          >
            {table}
          </ChartFigure>
        ) : (
          talent.drivers.length > 0 && table
        )}
      </div>
      {talent.profiles.map((p) => (
        <Profile key={p.id} profile={p} />
      ))}
      {talent.otherScales.length > 0 && (
        <ScoreTable caption={t.otherScoresTitle} scales={talent.otherScales} rowHeader={t.colWhat} />
      )}
      <Recommendations items={talent.recommendations} headingId="talent-tips-voor-jou" />
    </>
  );
}
