/**
 * #/rapport/<scanId>: opens the scan with the questionnaire versions it was taken with, finds the
 * previous finished scan, and hands plain values to the report (downloaded only when needed,
 * with chart.js). The plan goes back through the scan model, which saves it.
 */
import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Questionnaire } from '../../domain/format';
import type { ScanData } from '../../state/app-model';
import type { PlanPatch, ScanModel } from '../../state/scan-model';
import type { PlanRecord, ScanAnswers, ScanRecord } from '../../storage/types';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { LoadFailed, Loading, lazy } from '../lazy';
import { ExportNudge } from '../pwa/ExportNudge';
import { useAsync } from '../use-async';
import { SaveStatus } from './ScanScreen';

/** The contract with src/report/ReportScreen.tsx. */
export interface ReportScreenProps {
  scan: ScanRecord;
  questionnaires: Questionnaire[];
  answers: ScanAnswers;
  plan: PlanRecord;
  onPlanChange(patch: PlanPatch): void;
  earlier: ScanData | null;
}

// A glob instead of a plain import(): the report is built by another part of the project, and the
// app must still build (and say so) if that module is ever missing.
const reportModule = Object.values(
  import.meta.glob<{ default: ComponentType<ReportScreenProps> }>('../../report/ReportScreen.tsx'),
)[0];
const ReportScreen = reportModule
  ? lazy<ReportScreenProps>(() => reportModule().then((m) => m.default))
  : () => <LoadFailed />;

/** Fetches the report's code (with chart.js) ahead, while someone is on the last screens of a scan. */
export function preloadReport(): void {
  if ('preload' in ReportScreen) void ReportScreen.preload().catch(() => undefined);
}

export function ReportRoute({ scanId }: { scanId: string }) {
  const app = useApp();
  const state = useAsync(() => app.loadReport(scanId), [scanId]);
  if (state.status === 'laden') return <Loading message={text.reportLoading} />;
  if (state.status === 'fout')
    return (
      <>
        <PageTitle title={text.scanNotOpened}>{text.scanNotOpened}</PageTitle>
        <Alert type="error" title={state.error instanceof Error ? state.error.message : text.scanNotOpened} />
        <ButtonGroup>
          <ButtonLink href="#/scans">{text.goToScans}</ButtonLink>
        </ButtonGroup>
      </>
    );
  return <Report model={state.value.model} earlier={state.value.earlier} />;
}

function Report({ model, earlier }: { model: ScanModel; earlier: ScanData | null }) {
  const app = useApp();
  const questionnaires = useMemo(() => [...model.questionnaires], [model]);
  return (
    <>
      <ReportScreen
        scan={model.scan.value}
        questionnaires={questionnaires}
        answers={model.answers.value}
        plan={model.plan.value}
        onPlanChange={model.updatePlan}
        earlier={earlier}
      />
      <div class="no-print">
        <SaveStatus />
        <ExportNudge repositoryKind={app.repositoryKind.value} exportHref="#/gegevens" />
      </div>
    </>
  );
}
