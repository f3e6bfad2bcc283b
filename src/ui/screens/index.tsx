/** Every screen but the start screen; this module is its own chunk, loaded after first paint. */
import type { Route } from '../../state/route';
import { app as text } from '../../text/app';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { LoadFailed, Loading } from '../lazy';
import { ChooseScreen } from './ChooseScreen';
import { CompareScreen } from './CompareScreen';
import { DataScreen } from './DataScreen';
import { ProblemsScreen } from './ProblemsScreen';
import { ReportRoute } from './ReportRoute';
import { ScanScreen } from './ScanScreen';
import { ScansScreen } from './ScansScreen';

function NotFoundScreen() {
  return (
    <>
      <PageTitle title={text.notFoundTitle}>{text.notFoundTitle}</PageTitle>
      <p>{text.notFoundText}</p>
      <ButtonGroup>
        <ButtonLink href="#/">{text.errorHome}</ButtonLink>
      </ButtonGroup>
    </>
  );
}

export function RoutedScreen({ route }: { route: Route }) {
  const app = useApp();
  if (route.name === 'onbekend' || route.name === 'start') return <NotFoundScreen />;
  if (app.phase.value === 'fout') return <LoadFailed message={app.fatal.value ?? text.errorAppLoad} />;
  // A scan and its report open from what is stored; only the other screens need the host's files first.
  if (app.phase.value === 'laden' && route.name !== 'scan' && route.name !== 'rapport') return <Loading />;
  switch (route.name) {
    case 'kies':
      return <ChooseScreen />;
    case 'scan':
      return <ScanScreen scanId={route.scanId} step={route.step} />;
    case 'rapport':
      return <ReportRoute scanId={route.scanId} />;
    case 'scans':
      return <ScansScreen />;
    case 'vergelijk':
      return <CompareScreen a={route.a} b={route.b} />;
    case 'gegevens':
      return <DataScreen />;
    case 'problemen':
      return <ProblemsScreen />;
  }
}
