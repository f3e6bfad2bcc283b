import type { MatchView } from '../domain/report';
import { report as t } from '../text/report';
import { formatPercent } from './format';

/**
 * R22: the match figure with its three onderdelen beside it, each with the sentence that says what
 * it counts; then the band's text (R23, the text, not the label) and what the figure is about.
 */
export function MatchFigure({ match, leftOut, testId }: { match: MatchView; leftOut: number; testId: string }) {
  const value = (v: number | null) => (v === null ? t.partNone : t.scoreOf100(String(v)));
  const quoted = (labels: readonly string[]) => labels.map((l) => `"${l}"`).join(t.partLabelsJoin);
  return (
    <div class="match">
      <div class="match__figure-and-parts">
        <p class="match-figure" data-testid={testId}>
          <span class="match-figure__value">{match.score}</span>
          <span class="match-figure__of"> {t.matchOf}</span>
        </p>
        <dl class="match-parts" aria-label={t.matchPartsCaption} data-testid={`${testId}-onderdelen`}>
          <div>
            <dt>{t.partLikingTitle}</dt>
            <dd>
              <strong>{value(match.liking.value)}</strong>
              {match.liking.answered > 0 && (
                <span> {t.partHigh(match.liking.high, match.liking.answered, quoted(match.liking.highLabels))}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t.partAbilityTitle}</dt>
            <dd>
              <strong>{value(match.ability.value)}</strong>
              {match.ability.answered > 0 && (
                <span> {t.partHigh(match.ability.high, match.ability.answered, quoted(match.ability.highLabels))}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t.partTimeTitle}</dt>
            <dd>
              <strong>{match.time === null ? t.partNone : t.partTimeValue(formatPercent(match.time))}</strong>
              {match.time !== null && <span> {t.partTime(formatPercent(match.time))}</span>}
            </dd>
          </div>
        </dl>
      </div>
      {match.band && <p class="match-band">{match.band.text}</p>}
      <p>{t.matchOnlyGrowing}</p>
      {leftOut > 0 && <p>{t.leftOut(leftOut)}</p>}
    </div>
  );
}
