/**
 * The report for the development conversation: on screen with the plan to fill in, and on A4
 * paper. Loaded lazily by the app at #/rapport/<scanId>, together with chart.js and its CSS.
 */
import { useCallback, useMemo } from 'preact/hooks';
import type { Questionnaire } from '../domain/format';
import { buildReport, printableSections, printedSections } from '../domain/report';
import type { PlanRecord, ScanAnswers, ScanRecord } from '../storage/types';
import { report as t } from '../text/report';
import { formatDate } from './format';
import { PrintChoice } from './PrintChoice';
import { RunningHeader } from './RunningHeader';
import { Cover } from './sections/Cover';
import type { PlanField } from './sections/Plan';
import { ReportPart, type SectionContext } from './sections/registry';
import './report.css';

export interface ReportScreenProps {
  scan: ScanRecord;
  /** The versions the scan was taken with, in scan order. */
  questionnaires: Questionnaire[];
  answers: ScanAnswers;
  plan: PlanRecord;
  onPlanChange(patch: Partial<Omit<PlanRecord, 'scanId'>>): void;
  earlier: { scan: ScanRecord; questionnaires: Questionnaire[]; answers: ScanAnswers } | null;
}

export default function ReportScreen({
  scan,
  questionnaires,
  answers,
  plan,
  onPlanChange,
  earlier,
}: ReportScreenProps) {
  const hidden = plan.hiddenSections;
  // Scored once per scan; ticking a print choice only changes what goes on paper, so the sections
  // (and their charts) keep the same data and are not drawn again.
  const scored = useMemo(
    () => buildReport({ scan, questionnaires, answers, plan: null, earlier }),
    [scan, questionnaires, answers, earlier],
  );
  const data = useMemo(() => ({ ...scored, printed: printedSections(scored.sections, hidden) }), [scored, hidden]);
  const planTexts = useMemo(
    () => ({ goals: plan.goals, firstSteps: plan.firstSteps, support: plan.support, nextTalk: plan.nextTalk }),
    [plan.goals, plan.firstSteps, plan.support, plan.nextTalk],
  );
  const onPlanField = useCallback(
    (field: PlanField, value: string) => onPlanChange({ [field]: value }),
    [onPlanChange],
  );
  const context: SectionContext = useMemo(
    () => ({ report: data, plan: planTexts, onPlanField }),
    [data, planTexts, onPlanField],
  );
  const date = formatDate(data.date);

  return (
    <div class="report">
      <RunningHeader date={date} name={plan.name} />
      <Cover data={data} name={plan.name} onNameChange={(name) => onPlanChange({ name })} />
      <section class="report-toolbar no-print" aria-label={t.toolbarLabel}>
        <div class="report-toolbar__actions">
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {t.printButton}
          </button>
          <a class="report-toolbar__back" href="#/scans">
            {t.backToScans}
          </a>
        </div>
        <p class="field-help">{t.printHelp}</p>
        <PrintChoice
          sections={printableSections(data.sections)}
          hidden={hidden}
          onChange={(hiddenSections) => onPlanChange({ hiddenSections })}
        />
        <p class="field-help">{t.savedNote}</p>
      </section>
      {data.sections.map((id) => (
        <ReportPart key={id} id={id} context={context} />
      ))}
    </div>
  );
}
