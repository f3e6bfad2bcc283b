import type { MethodGroup, MethodView, ScoreView } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatNumber, formatPercent, formatScore, inSentence, joinList } from '../format';

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

function Block({ title, lines }: { title: string; lines: readonly (string | false | null | undefined)[] }) {
  const shown = lines.filter((line): line is string => typeof line === 'string' && line.length > 0);
  return (
    <div class="method-block keep-together">
      <h3>{title}</h3>
      {shown.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/** R38: every rule of the report in B1, with the labels of the person's own questionnaires. */
export function Method({ method }: { method: MethodView }) {
  const { match, liking, ability } = method;
  const learning = method.tallies[0];
  return (
    <>
      <p class="section-intro">
        {t.methodIntro} {t.methodRounding}
      </p>
      <div class="method-blocks">
        {match && <Block title={t.methodCountedTitle} lines={t.methodCounted} />}
        {method.timeOptions.length > 0 && (
          <div class="method-block keep-together">
            <h3>{t.methodTimeTitle}</h3>
            <p>{t.methodTime}</p>
            <ul class="inline-list">
              {method.timeOptions.map((o) => (
                <li key={o.label}>{t.methodTimeOption(o.label, o.weight)}</li>
              ))}
            </ul>
            <p>{t.methodTimeSum}</p>
            <p>{t.methodTimeRounding}</p>
          </div>
        )}
        {match && liking && ability && (
          <div class="method-block keep-together">
            <h3>{t.methodMatchTitle}</h3>
            <p>{t.methodMatchOnlyGrowing}</p>
            <ul>
              <li>
                {[...t.methodMatchLiking(liking.question, liking.lowest, liking.highest)].join(' ')}{' '}
                {t.methodMatchWeight(match.weights.liking)}
              </li>
              <li>
                {[...t.methodMatchAbility(ability.question, ability.lowest, ability.highest)].join(' ')}{' '}
                {t.methodMatchWeight(match.weights.ability)}
              </li>
              <li>{t.methodMatchTime(match.weights.timeShare)}</li>
            </ul>
            <p>{t.methodMatchExpected}</p>
            {match.score !== null && (
              <p>
                <strong>
                  {t.methodMatchYours(
                    match.liking.value === null ? t.partNone : formatNumber(match.liking.value),
                    match.ability.value === null ? t.partNone : formatNumber(match.ability.value),
                    match.time === null ? t.partNone : t.partTimeValue(formatPercent(match.time)),
                    formatScore(match.score),
                  )}
                </strong>
              </p>
            )}
            <p>{t.methodMatchMissing}</p>
            <p>
              {t.methodMatchOwnChoice(
                joinList([match.weights.liking, match.weights.ability, match.weights.timeShare].map(String)),
              )}
            </p>
          </div>
        )}
        {liking && ability && (
          <Block
            title={t.methodListsTitle}
            lines={[
              t.methodSterk(ability.from, ability.highest),
              t.methodSterkLiking(liking.lowest),
              t.methodNietLeuk(liking.lowest),
              t.methodKansen(liking.from, liking.highest),
              t.methodKansenMore,
              method.hasDrivers && t.methodPassend,
              method.hasDrivers && t.methodPassendMost(method.fitsAtMost),
              method.muchTime.length > 0 && t.methodMinder(joinList(method.muchTime.map(t.quoted))),
              t.methodNeverLowest(liking.lowest),
            ]}
          />
        )}
        {method.hasDrivers && <Block title={t.methodEnergyTitle} lines={t.methodEnergy} />}
        {method.hasConversation && <Block title={t.methodConversationTitle} lines={t.methodConversation} />}
        {method.hasMindset && <Block title={t.sectionGroeimindset} lines={[t.methodMindsetStrongest]} />}
        {learning && (
          <Block
            title={t.methodLearningTitle}
            lines={[
              t.methodLearning,
              ...learning.groups.map((g) => t.methodLearningGroup(inSentence(g.label), g.available)),
              t.methodLearningWhy,
              t.methodLearningOrder,
            ]}
          />
        )}
        <Block title={t.methodDurationTitle} lines={t.methodDuration} />
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
