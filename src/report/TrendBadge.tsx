import type { Trend } from '../domain/format';
import { report as t } from '../text/report';

export const TREND_LABEL: Readonly<Record<Trend, string>> = {
  groeit: t.trendGroeit,
  blijft: t.trendBlijft,
  krimpt: t.trendKrimpt,
};

/** An arrow up, a level line, an arrow down: the trend reads without colour too. */
export function TrendIcon({ trend }: { trend: Trend }) {
  return (
    <svg class="trend-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {trend === 'groeit' && <path d="M8 2 L14 9 H10 V14 H6 V9 H2 Z" />}
      {trend === 'blijft' && <path d="M2 5 H14 V7.5 H2 Z M2 9.5 H14 V12 H2 Z" />}
      {trend === 'krimpt' && <path d="M8 14 L2 7 H6 V2 H10 V7 H14 Z" />}
    </svg>
  );
}

export function TrendBadge({ trend }: { trend: Trend }) {
  return (
    <span class={`trend-badge trend-badge--${trend}`}>
      <TrendIcon trend={trend} />
      {TREND_LABEL[trend]}
    </span>
  );
}
