/**
 * The first screen, prerendered into index.html. It renders the same before and after the data
 * is loaded (so nothing jumps), except the "continue" button, which appears once we know there is
 * an unfinished scan.
 */
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { ButtonGroup, ButtonLink, Link } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { LoadFailed } from '../lazy';
import { hrefFor } from '../routes';

export function StartScreen() {
  const app = useApp();
  const minutes = app.catalog.minutes.value;
  const resumable = app.library.resumable.value;
  const loaded = app.startup.phase.value === 'klaar';
  const noPacks = loaded && app.catalog.packs.value.length === 0;
  return (
    <>
      <PageTitle title={text.appName}>{text.startTitle}</PageTitle>
      <p class="utrecht-paragraph--lead">{text.startLead}</p>

      {app.startup.phase.value === 'fout' && <LoadFailed message={app.startup.fatal.value ?? text.errorAppLoad} />}
      {noPacks && (
        // Both appear only once the files are loaded: announced, not just shown.
        <Alert type="error" role="alert" title={text.startNoPacks}>
          <p>
            <Link href={hrefFor({ name: 'problemen' })}>{text.startProblemsLink}</Link>
          </p>
        </Alert>
      )}
      {loaded && !noPacks && app.catalog.problems.value.length > 0 && (
        <Alert type="warning" role="status" title={text.startProblems}>
          <p>
            <Link href={hrefFor({ name: 'problemen' })}>{text.startProblemsLink}</Link>
          </p>
        </Alert>
      )}

      <ButtonGroup>
        {resumable && (
          <ButtonLink
            href={hrefFor({ name: 'scan', scanId: resumable.scan.id, step: null })}
            aria-describedby={resumable.totalSteps === null ? undefined : 'continue-hint'}
          >
            {text.continueButton}
          </ButtonLink>
        )}
        <ButtonLink href={hrefFor({ name: 'kies' })} appearance={resumable ? 'secondary-action' : 'primary-action'}>
          {text.startButton}
        </ButtonLink>
      </ButtonGroup>
      {resumable && <ContinueHint step={resumable.scan.step + 1} total={resumable.totalSteps} />}

      <section class="ms-section" aria-labelledby="start-wat">
        <h2 class="utrecht-heading-2" id="start-wat">
          {text.startWhatTitle}
        </h2>
        <p>{text.startWhat}</p>
        <p>{text.startNoTest}</p>
      </section>
      <section class="ms-section" aria-labelledby="start-duur">
        <h2 class="utrecht-heading-2" id="start-duur">
          {text.startHowLongTitle}
        </h2>
        <p data-minutes={minutes ? `${minutes.min}-${minutes.max}` : undefined}>
          {minutes ? text.startMinutes(minutes.min, minutes.max) : text.startMinutesUnknown}
        </p>
        <p>{app.startup.repositoryKind.value === 'memory' ? text.startPauseMemory : text.startPause}</p>
      </section>
      <section class="ms-section" aria-labelledby="start-krijg">
        <h2 class="utrecht-heading-2" id="start-krijg">
          {text.startGetTitle}
        </h2>
        <p>{text.startGet}</p>
      </section>
      <section class="ms-section ms-promise" aria-labelledby="start-privacy">
        <h2 class="utrecht-heading-2" id="start-privacy">
          {text.startPrivacyTitle}
        </h2>
        <ul>
          <li>{text.startPrivacyDevice}</li>
          <li>{text.startPrivacyNoInternet}</li>
          <li>{text.startPrivacyEmployer}</li>
          <li>{text.startPrivacyYouChoose}</li>
          <li>{text.startPrivacyDelete}</li>
        </ul>
      </section>
    </>
  );
}

function ContinueHint({ step, total }: { step: number; total: number | null }) {
  if (total === null) return null;
  return (
    <p class="utrecht-form-field-description" id="continue-hint">
      {text.continueHint(step, total)}
    </p>
  );
}
