import type { ComponentChildren } from 'preact';
import type { ReportSectionId } from '../../domain/report';
import { report as t } from '../../text/report';

interface SectionProps {
  id: ReportSectionId;
  title: string;
  printed: boolean;
  children: ComponentChildren;
}

/** The frame of every part of the report; a part left off the paper stays on screen with a note. */
export function Section({ id, title, printed, children }: SectionProps) {
  const headingId = `rapport-${id}-titel`;
  return (
    <section
      id={`rapport-${id}`}
      class={`report-section report-section--${id}${printed ? '' : ' report-section--not-printed'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} class="report-section__title">
        {title}
      </h2>
      {!printed && <p class="report-section__not-printed no-print">{t.notPrinted}</p>}
      {children}
    </section>
  );
}

/** A score as a number and a bar; the number carries the meaning, the bar only helps the eye. */
export function ScoreBar({ score }: { score: number | null }) {
  if (score === null) return <span class="score score--none">{t.noScore}</span>;
  return (
    <span class="score">
      <span class="score__value">{score}</span>
      <span class="score__bar" aria-hidden="true">
        <span class="score__fill" style={{ width: `${score}%` }} />
      </span>
    </span>
  );
}
