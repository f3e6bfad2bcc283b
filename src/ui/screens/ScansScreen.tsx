/** "Mijn scans": every scan on this device; open, continue, delete one, compare two. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScanSummary } from '../../state/types';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { Button, ButtonGroup, ButtonLink } from '../components/Button';
import { FormField, Select } from '../components/fields';
import { Icon } from '../components/Icon';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { formatDateTime, formatShortDateTime } from '../format';
import { hrefFor } from '../routes';

function StatusLabel({ summary }: { summary: ScanSummary }) {
  const done = summary.scan.status === 'klaar';
  return (
    <span class="ms-status">
      <Icon name={done ? 'check' : 'right'} />
      {done ? text.statusKlaar : text.statusBezig}
      {!done &&
        summary.totalSteps !== null &&
        `, ${text.stepOf(summary.scan.step + 1, summary.totalSteps).toLowerCase()}`}
    </span>
  );
}

function ConfirmDelete({
  date,
  onYes,
  onNo,
  busy,
}: {
  date: string;
  onYes: () => void;
  onNo: () => void;
  busy: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section class="ms-confirm" tabIndex={-1} ref={ref} aria-labelledby="verwijder-vraag">
      <p id="verwijder-vraag">{text.scansDeleteConfirm(date)}</p>
      <ButtonGroup>
        <Button appearance="danger" onClick={onYes} disabled={busy}>
          {text.scansDeleteYes}
        </Button>
        <Button appearance="secondary-action" onClick={onNo}>
          {text.scansDeleteNo}
        </Button>
      </ButtonGroup>
    </section>
  );
}

export function ScansScreen() {
  const app = useApp();
  const scans = app.library.scans.value;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);

  const remove = async (scanId: string) => {
    setBusy(true);
    try {
      await app.library.deleteScan(scanId);
      setNotice({ type: 'ok', message: text.scansDeleted });
      setConfirming(null);
    } catch (error) {
      setNotice({ type: 'error', message: error instanceof Error ? error.message : text.errorTitle });
    } finally {
      setBusy(false);
    }
  };
  const cancel = (scanId: string) => {
    setConfirming(null);
    setTimeout(() => document.getElementById(`verwijder-${scanId}`)?.focus(), 0);
  };

  return (
    <>
      <PageTitle title={text.scansTitle}>{text.scansTitle}</PageTitle>
      <div role="status">{notice && <Alert type={notice.type} title={notice.message} />}</div>
      {scans.length === 0 ? (
        <p>{text.scansEmpty}</p>
      ) : (
        <>
          <p>{text.scansIntro}</p>
          <ul class="ms-card-list" aria-label={text.scansCaption}>
            {scans.map((summary) => {
              const { scan } = summary;
              const date = formatDateTime(scan.createdAt);
              const role = summary.role ?? text.roleUnknown;
              return (
                <li class="ms-card" key={scan.id}>
                  <h2 class="ms-card__title">
                    {date}, {role}
                  </h2>
                  <p class="ms-card__meta">
                    <StatusLabel summary={summary} />
                  </p>
                  <ButtonGroup>
                    {scan.status === 'klaar' ? (
                      <ButtonLink
                        href={hrefFor({ name: 'rapport', scanId: scan.id })}
                        aria-label={text.scansOpenLabel(date)}
                      >
                        {text.scansOpenReport}
                      </ButtonLink>
                    ) : (
                      <ButtonLink
                        href={hrefFor({ name: 'scan', scanId: scan.id, step: null })}
                        aria-label={text.scansContinueLabel(date)}
                      >
                        {text.scansContinue}
                      </ButtonLink>
                    )}
                    <Button
                      appearance="secondary-action"
                      id={`verwijder-${scan.id}`}
                      aria-label={text.scansDeleteLabel(date)}
                      aria-expanded={confirming === scan.id}
                      onClick={() => {
                        setNotice(null);
                        setConfirming(scan.id);
                      }}
                    >
                      {text.scansDelete}
                    </Button>
                  </ButtonGroup>
                  {confirming === scan.id && (
                    <ConfirmDelete
                      date={date}
                      busy={busy}
                      onYes={() => void remove(scan.id)}
                      onNo={() => cancel(scan.id)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ButtonGroup>
        <ButtonLink
          href={hrefFor({ name: 'kies' })}
          appearance={scans.length === 0 ? 'primary-action' : 'secondary-action'}
        >
          {text.scansNew}
        </ButtonLink>
      </ButtonGroup>
      <CompareForm scans={scans} />
    </>
  );
}

function CompareForm({ scans }: { scans: readonly ScanSummary[] }) {
  const app = useApp();
  const finished = scans.filter((s) => s.scan.status === 'klaar');
  const [first, setFirst] = useState(finished[1]?.scan.id ?? '');
  const [second, setSecond] = useState(finished[0]?.scan.id ?? '');
  const [same, setSame] = useState(false);
  const label = (s: ScanSummary) =>
    text.compareOption(s.role ?? text.roleUnknown, formatShortDateTime(s.scan.createdAt));
  const ids = new Set(finished.map((s) => s.scan.id));
  const firstValue = ids.has(first) ? first : (finished[1]?.scan.id ?? '');
  const secondValue = ids.has(second) ? second : (finished[0]?.scan.id ?? '');
  return (
    <section class="ms-section" aria-labelledby="vergelijk-titel">
      <h2 class="utrecht-heading-2" id="vergelijk-titel">
        {text.compareTitle}
      </h2>
      {finished.length < 2 ? (
        <p>{text.compareNeedTwo}</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (firstValue === secondValue) {
              setSame(true);
              return;
            }
            app.route.navigate({ name: 'vergelijk', a: firstValue, b: secondValue });
          }}
        >
          <p>{text.compareIntro}</p>
          <FormField label={text.compareFirst} id="vergelijk-eerste">
            <Select id="vergelijk-eerste" value={firstValue} onChange={setFirst}>
              {finished.map((s) => (
                <option key={s.scan.id} value={s.scan.id}>
                  {label(s)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={text.compareSecond} id="vergelijk-tweede">
            <Select
              id="vergelijk-tweede"
              value={secondValue}
              onChange={setSecond}
              describedBy={same && firstValue === secondValue ? 'vergelijk-fout' : undefined}
            >
              {finished.map((s) => (
                <option key={s.scan.id} value={s.scan.id}>
                  {label(s)}
                </option>
              ))}
            </Select>
          </FormField>
          {same && firstValue === secondValue && (
            <p class="utrecht-form-field-error-message" id="vergelijk-fout" role="alert">
              {text.compareSame}
            </p>
          )}
          <Button type="submit">{text.compareButton}</Button>
        </form>
      )}
    </section>
  );
}
