/**
 * Taking the scan: one section per screen, then an overview of what is still open. The step is
 * in the address (#/scan/<id>/<step>), so a reload or the browser's back button lands right.
 */
import { useEffect } from 'preact/hooks';
import type { Item } from '../../domain/format';
import { itemLabel } from '../../domain/kinds';
import { ScanOpenError } from '../../state/open-scans';
import type { OpenItem, ScanModel, ScanStep } from '../../state/scan-model';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { Button, ButtonGroup, ButtonLink, Link } from '../components/Button';
import { preloadReport } from '../components/LazyReport';
import { PageTitle } from '../components/PageTitle';
import { ProblemTable } from '../components/ProblemTable';
import { SaveStatus } from '../components/SaveStatus';
import { useApp } from '../context';
import { ItemField } from '../items/ItemField';
import { Loading } from '../lazy';
import { hrefFor } from '../routes';
import { useAsync } from '../use-async';

export function ScanScreen({ scanId, step }: { scanId: string; step: number | null }) {
  const app = useApp();
  // A scan opened from trusted records that then fails the full check opens again, the checked way.
  const opened = useAsync(() => app.open.open(scanId), [scanId, app.open.distrusted.value]);
  const model = opened.status === 'klaar' ? opened.value : null;
  const wanted = model ? (step ?? model.step.peek() + 1) : null;
  const target = model && wanted !== null ? Math.min(Math.max(1, wanted), model.totalSteps) : null;

  useEffect(() => {
    if (!model || target === null) return;
    if (target !== step) app.route.navigate({ name: 'scan', scanId, step: target }, { replace: true });
    else model.visit(target - 1);
  }, [model, target, step, scanId, app]);

  if (opened.status === 'fout') return <ScanNotOpened error={opened.error} />;
  if (!model || target === null || target !== step) return <Loading message={text.scanLoading} />;
  const current = model.steps[target - 1];
  return current ? <StepView key={target} model={model} step={current} /> : <Overview key="overzicht" model={model} />;
}

function ScanNotOpened({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : text.scanNotOpened;
  return (
    <>
      <PageTitle title={text.scanNotOpened}>{text.scanNotOpened}</PageTitle>
      <Alert type="error" title={message}>
        {error instanceof ScanOpenError && error.problems.length > 0 && (
          <ProblemTable problems={error.problems} headingLevel={2} />
        )}
      </Alert>
      <ButtonGroup>
        <ButtonLink href={hrefFor({ name: 'scans' })}>{text.goToScans}</ButtonLink>
        <ButtonLink href={hrefFor({ name: 'start' })} appearance="secondary-action">
          {text.errorHome}
        </ButtonLink>
      </ButtonGroup>
    </>
  );
}

/** `position` comes from the address, so the bar is right before the step is stored. */
function Progress({ model, position }: { model: ScanModel; position: number }) {
  const current = position;
  const total = model.totalSteps;
  return (
    <div class="ms-progress">
      <p class="ms-progress__text" id="voortgang">
        <span>{text.stepOf(current, total)}</span>
        <span>{text.minutesLeft(model.minutesLeft.value)}</span>
      </p>
      <progress class="ms-progress__bar" max={total} value={current} aria-labelledby="voortgang" />
    </div>
  );
}

function scanHref(model: ScanModel, position: number): string {
  return hrefFor({ name: 'scan', scanId: model.id, step: position });
}

/** Above this many questions a screen lays out only what is near the view (see layout.css). */
const LONG_SCREEN = 40;

function StepView({ model, step }: { model: ScanModel; step: ScanStep }) {
  const app = useApp();
  const position = step.index + 1;
  const { questionnaire, section } = step;
  const isFirstOfQuestionnaire = questionnaire.sections[0] === section;
  const isLast = position === model.steps.length;
  useEffect(() => {
    if (isLast) preloadReport();
  }, [isLast]);
  const next = (event: Event) => {
    event.preventDefault();
    app.route.navigate({ name: 'scan', scanId: model.id, step: model.next() });
  };
  return (
    <>
      <Progress model={model} position={position} />
      <p class="ms-caption">{questionnaire.title}</p>
      <PageTitle title={section.title}>{section.title}</PageTitle>
      {/* What changes and why: the only place the employee reads the questionnaire's intro. */}
      {isFirstOfQuestionnaire && <p>{questionnaire.intro}</p>}
      {section.intro && <p>{section.intro}</p>}
      <form onSubmit={next} noValidate>
        {/* Chromium ties each control to its form one by one when it is built inside the form, which
            grows with the square of the number of questions; built in this box, they join at once. */}
        <div class={section.items.length > LONG_SCREEN ? 'ms-items ms-items--long' : 'ms-items'}>
          {section.items.map((item) => (
            <ItemField key={`${questionnaire.id}/${item.id}`} model={model} questionnaire={questionnaire} item={item} />
          ))}
        </div>
        <div class="ms-nav-buttons">
          <Button type="submit">{isLast ? text.toOverviewButton : text.nextButton}</Button>
          <ButtonLink
            appearance="secondary-action"
            href={position === 1 ? hrefFor({ name: 'start' }) : scanHref(model, position - 1)}
          >
            {text.backButton}
          </ButtonLink>
        </div>
      </form>
      <SaveStatus />
    </>
  );
}

function groupByStep(open: readonly OpenItem[]): { step: ScanStep; items: Item[] }[] {
  const groups: { step: ScanStep; items: Item[] }[] = [];
  for (const entry of open) {
    const last = groups[groups.length - 1];
    if (last && last.step === entry.step) last.items.push(entry.item);
    else groups.push({ step: entry.step, items: [entry.item] });
  }
  return groups;
}

function Overview({ model }: { model: ScanModel }) {
  const app = useApp();
  const position = model.totalSteps;
  const open = model.openItems.value;
  useEffect(preloadReport, []);
  const finish = () => {
    model.finish();
    app.route.navigate({ name: 'rapport', scanId: model.id });
  };
  return (
    <>
      <Progress model={model} position={position} />
      <PageTitle title={text.overviewTitle}>{text.overviewTitle}</PageTitle>
      {open.length === 0 ? (
        <Alert type="ok" title={text.overviewAllDone} />
      ) : (
        <>
          <p>
            <strong>{text.overviewOpen(open.length)}</strong> {text.overviewOpenHelp}
          </p>
          <ul class="ms-open-list" aria-label={text.overviewOpenListLabel}>
            {groupByStep(open).map(({ step, items }) => (
              <li key={step.index}>
                <Link href={scanHref(model, step.index + 1)}>
                  {text.overviewStep(step.index + 1, step.section.title)}
                </Link>
                <ul>
                  {items.map((item) => (
                    <li key={item.id}>{itemLabel(item)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p>{text.overviewFinishAnyway}</p>
        </>
      )}
      <p>{text.overviewFinishText}</p>
      <div class="ms-nav-buttons">
        <Button onClick={finish}>{text.finishButton}</Button>
        <ButtonLink appearance="secondary-action" href={scanHref(model, position - 1)}>
          {text.backButton}
        </ButtonLink>
      </div>
      <SaveStatus />
    </>
  );
}
