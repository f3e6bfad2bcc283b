/**
 * #/rapport/<scanId>: opens the scan with the questionnaire versions it was taken with, finds the
 * previous finished scan, and hands plain values to the report (downloaded only when needed,
 * with chart.js). The plan goes back through the scan model, which saves it.
 */
import { useMemo } from 'preact/hooks';
import type { AnsweredScan } from '../../domain/scan';
import type { ScanModel } from '../../state/scan-model';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { LazyReportScreen as ReportScreen } from '../components/LazyReport';
import { PageTitle } from '../components/PageTitle';
import { SaveStatus } from '../components/SaveStatus';
import { useApp } from '../context';
import { Loading } from '../lazy';
import { ExportNudge } from '../pwa/ExportNudge';
import { hrefFor } from '../routes';
import { useAsync } from '../use-async';

export function ReportRoute({ scanId }: { scanId: string }) {
  const app = useApp();
  const state = useAsync(() => app.reports.loadReport(scanId), [scanId]);
  if (state.status === 'laden') return <Loading message={text.reportLoading} />;
  if (state.status === 'fout')
    return (
      <>
        <PageTitle title={text.scanNotOpened}>{text.scanNotOpened}</PageTitle>
        <Alert type="error" title={state.error instanceof Error ? state.error.message : text.scanNotOpened} />
        <ButtonGroup>
          <ButtonLink href={hrefFor({ name: 'scans' })}>{text.goToScans}</ButtonLink>
        </ButtonGroup>
      </>
    );
  return <Report model={state.value.model} earlier={state.value.earlier} />;
}

function Report({ model, earlier }: { model: ScanModel; earlier: AnsweredScan | null }) {
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
        <ExportNudge repositoryKind={app.startup.repositoryKind.value} exportHref={hrefFor({ name: 'gegevens' })} />
      </div>
    </>
  );
}
