import type { MindsetView, RecommendationView } from '../../domain/report';
import { report as t } from '../../text/report';
import { mindsetSentence } from '../sentences';
import { ScoreBar } from './Section';

export function Recommendations({ items, headingId }: { items: RecommendationView[]; headingId: string }) {
  if (items.length === 0) return null;
  return (
    <section class="recommendations" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.recommendationsTitle}</h3>
      <div class="recommendations__list">
        {items.map((r) => (
          <div key={r.id} class="recommendation">
            <p>
              <strong>{r.title}.</strong> {r.advice}
            </p>
            {r.activities.length > 0 && (
              <ul>
                {r.activities.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

export function Mindset({ mindset }: { mindset: MindsetView }) {
  const { overall, areas, tips } = mindset;
  return (
    <>
      <p class="section-intro">{t.mindsetIntro}</p>
      {mindset.answered < mindset.total && <p class="notice">{t.answeredOf(mindset.answered, mindset.total)}</p>}
      {overall && (
        <div class="score-card keep-together">
          <h3>{t.mindsetOverall}</h3>
          <p class="score-card__figure">
            <ScoreBar score={overall.score} />
          </p>
          {overall.band && (
            <p>
              <strong>{overall.band.label}.</strong> {overall.band.text}
            </p>
          )}
          {mindset.strongest.length > 0 && <p>{mindsetSentence(mindset.strongest.map((a) => a.title))}</p>}
        </div>
      )}
      <div class="table-stack">
        <table class="data-table score-table data-table--stack">
          <caption>{t.mindsetAreas}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colArea}</th>
              <th scope="col">{t.colScore}</th>
              <th scope="col">{t.colMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.title}</th>
                <td data-label={t.colScore}>
                  <ScoreBar score={area.score} />
                </td>
                <td data-label={t.colMeaning}>
                  {area.band ? (
                    <>
                      <strong>{area.band.label}.</strong> {area.band.text}
                    </>
                  ) : (
                    t.answeredOf(area.answered, area.total)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tips.length > 0 && (
        <div class="tips keep-together">
          <h3>{t.tipsTitle}</h3>
          <ul>
            {tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
      <Recommendations items={mindset.recommendations} headingId="groeimindset-tips-voor-jou" />
      <p class="field-help">{t.mindsetNote}</p>
    </>
  );
}
