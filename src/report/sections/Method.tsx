import type { MethodView, ScoreView } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatNumber, formatPercent, formatScore } from '../format';
import { Section } from './Section';

/** Only what differs from the common rule: unanswered questions, statements counted the other way. */
function scaleNote(scale: ScoreView): string | null {
  const parts: string[] = [];
  if (scale.answered < scale.total) parts.push(t.methodAnswered(scale.answered, scale.total));
  if (scale.reversed > 0) parts.push(t.methodReversed(scale.reversed));
  return parts.length > 0 ? parts.join(', ') : null;
}

export function Method({ method, topDrivers, printed }: { method: MethodView; topDrivers: number; printed: boolean }) {
  const { match } = method;
  return (
    <Section id="rekenen" printed={printed}>
      <p class="section-intro">
        {t.methodIntro} {t.methodRounding}
      </p>
      <div class="method-blocks">
        {match && (
          <div class="method-block keep-together">
            <h3>{t.methodMatchTitle}</h3>
            <p>{t.methodMatchOnlyGrowing}</p>
            <ul>
              <li>{t.methodMatchLiking(formatPercent(match.weights.liking), formatScore(match.parts.liking))}</li>
              <li>{t.methodMatchAbility(formatPercent(match.weights.ability), formatScore(match.parts.ability))}</li>
              <li>{t.methodMatchTime(formatPercent(match.weights.timeShare), formatPercent(match.parts.timeShare))}</li>
            </ul>
            <p>
              {t.methodAnswerScore} {t.methodMatchMissing}
            </p>
            {match.score !== null && (
              <p>
                <strong>{t.methodMatchResult(formatScore(match.score))}</strong>
              </p>
            )}
          </div>
        )}
        {method.timeOptions.length > 0 && (
          <div class="method-block keep-together">
            <h3>{t.methodTimeTitle}</h3>
            <p>{t.methodTime}</p>
            <ul class="inline-list">
              {method.timeOptions.map((o) => (
                <li key={o.label}>{t.methodTimeOption(o.label, formatNumber(o.weight))}</li>
              ))}
            </ul>
            <p>{t.methodTimeSum}</p>
          </div>
        )}
        {method.ableFrom && method.likedFrom && method.muchTimeFrom && (
          <div class="method-block keep-together">
            <h3>{t.methodListsTitle}</h3>
            <ul>
              <li>{t.methodSterk(method.ableFrom)}</li>
              <li>{t.methodPassend(topDrivers)}</li>
              <li>{t.methodKansen(method.likedFrom, method.ableFrom)}</li>
              <li>{t.methodLoslaten(method.muchTimeFrom)}</li>
            </ul>
          </div>
        )}
      </div>
      {(method.scales.length > 0 || method.profiles.length > 0 || method.tallies.length > 0) && (
        <div class="method-scales">
          <h3>{t.methodScalesTitle}</h3>
          <p>
            {t.methodScalesIntro} {t.methodScalesReversed}
          </p>
          <dl class="method-list method-list--columns">
            {method.scales.map((s) => {
              const note = scaleNote(s);
              return (
                <div key={s.id}>
                  <dt>{s.title}</dt>
                  <dd>
                    {s.explanation} {s.method === 'sum' && t.methodScaleSum}
                    {note && <span class="muted"> ({note})</span>}
                  </dd>
                </div>
              );
            })}
            {method.profiles.map((p) => (
              <div key={`profiel-${p.id}`}>
                <dt>{p.title}</dt>
                <dd>{p.explanation}</dd>
              </div>
            ))}
            {method.tallies.map((tally) => (
              <div key={`telling-${tally.id}`}>
                <dt>{tally.title}</dt>
                <dd>{tally.explanation}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </Section>
  );
}
