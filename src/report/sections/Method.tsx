import type { MethodGroup, MethodView, ScoreView } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatNumber, formatPercent, formatScore } from '../format';

/** What differs for this one score from the group's rule, and what is not answered yet. */
function scaleNote(scale: ScoreView, shared: boolean): string | null {
  const parts: string[] = [];
  if (!shared) {
    parts.push(t.methodScaleStatements(scale.total));
    if (scale.method === 'sum') parts.push(t.methodNoteSum);
    if (scale.reversed > 0) parts.push(t.methodReversed(scale.reversed));
  }
  if (scale.answered < scale.total) parts.push(t.methodAnswered(scale.answered, scale.total));
  return parts.length > 0 ? parts.join(', ') : null;
}

function groupTitle(group: MethodGroup): string {
  if (group.kind === 'areas') return t.methodAreasTitle;
  if (group.kind === 'drivers') return t.methodDriversTitle;
  return group.title;
}

/**
 * One explanation per kind of figure. A single score, the overall score and a tally carry their
 * questionnaire's own words; a group of scores names its scores and says once how they are made.
 */
function GroupBlock({ group }: { group: MethodGroup }) {
  const single = group.kind === 'overall' || group.kind === 'scale';
  const { rule } = group;
  return (
    <div class="method-block keep-together">
      <h4>{groupTitle(group)}</h4>
      {group.explanation && (
        <p>
          {group.explanation}
          {single && group.scales[0]?.method === 'sum' && ` ${t.methodScaleSum}`}
        </p>
      )}
      {single
        ? group.scales.map((s) => {
            const note = scaleNote(s, true);
            return note ? (
              <p key={s.id} class="muted">
                {note}
              </p>
            ) : null;
          })
        : group.scales.length > 0 && (
            <>
              <div class="method-covers">
                <span class="method-covers__label">{t.methodCovers}</span>{' '}
                <ul class="method-names">
                  {group.scales.map((s) => {
                    const note = scaleNote(s, rule !== null);
                    return (
                      <li key={s.id}>
                        {s.title}
                        {note && <span class="muted"> ({note})</span>}
                      </li>
                    );
                  })}
                </ul>
              </div>
              {rule && (
                <p>
                  {rule.method === 'sum' ? t.methodRuleSum(rule.statements) : t.methodRuleMean(rule.statements)}
                  {rule.reversed > 0 && ` ${t.methodRuleReversed(rule.reversed)}`}
                </p>
              )}
            </>
          )}
    </div>
  );
}

export function Method({ method }: { method: MethodView }) {
  const { match } = method;
  return (
    <>
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
              <li>{t.methodPassend(method.topDrivers)}</li>
              <li>{t.methodKansen(method.likedFrom, method.ableFrom)}</li>
              <li>{t.methodLoslaten(method.muchTimeFrom)}</li>
            </ul>
          </div>
        )}
      </div>
      {method.groups.length > 0 && (
        <>
          <h3>{t.methodScalesTitle}</h3>
          <p class="section-intro">
            {t.methodScalesIntro} {t.methodScalesReversed}
          </p>
          <div class="method-blocks">
            {method.groups.map((group) => (
              <GroupBlock key={`${group.kind}-${group.id}`} group={group} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
