import type { ComponentChildren } from 'preact';
import type { ReportSectionId } from '../../domain/report';
import { report as t } from '../../text/report';

export const SECTION_TITLES: Readonly<Record<ReportSectionId, string>> = {
  samenvatting: t.sectionSamenvatting,
  werk: t.sectionWerk,
  groeimindset: t.sectionGroeimindset,
  talent: t.sectionTalent,
  leren: t.sectionLeren,
  gesprek: t.sectionGesprek,
  plan: t.sectionPlan,
  rekenen: t.sectionRekenen,
  verschil: t.sectionVerschil,
};

interface SectionProps {
  id: ReportSectionId;
  printed: boolean;
  children: ComponentChildren;
}

/** One part of the report; a part left off the paper stays on screen with a note. */
export function Section({ id, printed, children }: SectionProps) {
  const headingId = `rapport-${id}-titel`;
  return (
    <section
      id={`rapport-${id}`}
      class={`report-section report-section--${id}${printed ? '' : ' report-section--not-printed'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} class="report-section__title">
        {SECTION_TITLES[id]}
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
