/** "Mijn gegevens": export to a file, import from a file (preview first), delete everything. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageEstimate } from '../../state/types';
import type { ImportPreview } from '../../storage/types';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { Button, ButtonGroup } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { downloadText } from '../download';
import { StorageNotice } from '../pwa/StorageNotice';

/** Export files of years of scans stay far below this; anything bigger is not ours. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Message = { type: 'ok' | 'error' | 'info' | 'warning'; title: string; lines?: string[] };

function ErrorLines({ message }: { message: string }) {
  const [first, ...rest] = message.split('\n');
  return (
    <>
      <p>{first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function DataScreen() {
  const app = useApp();
  const [storage, setStorage] = useState<{ estimate: StorageEstimate | null; persisted: boolean | null } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([app.device.storageEstimate(), app.device.storagePersisted()]).then(
      ([estimate, persisted]) => live && setStorage({ estimate, persisted }),
    );
    return () => {
      live = false;
    };
  }, [app]);
  const kind = app.startup.repositoryKind.value;
  return (
    <>
      <PageTitle title={text.dataTitle}>{text.dataTitle}</PageTitle>
      <p>{text.dataIntro}</p>
      {storage && kind === 'indexeddb' && (
        <StorageNotice repositoryKind={kind} estimate={storage.estimate} persisted={storage.persisted} />
      )}
      <ExportSection />
      <ImportSection />
      <DeleteAllSection />
    </>
  );
}

function ExportSection() {
  const app = useApp();
  const [message, setMessage] = useState<Message | null>(null);
  const run = async () => {
    try {
      const file = await app.transfer.exportFile();
      downloadText(file.name, file.text);
      if (file.leftOut > 0)
        setMessage({ type: 'warning', title: text.exportDone(file.name), lines: [text.exportLeftOut(file.leftOut)] });
      else setMessage({ type: 'ok', title: text.exportDone(file.name) });
    } catch {
      setMessage({ type: 'error', title: text.exportFailed });
    }
  };
  return (
    <section class="ms-section" aria-labelledby="export-titel">
      <h2 class="utrecht-heading-2" id="export-titel">
        {text.exportTitle}
      </h2>
      <p>{text.exportText}</p>
      <p>{text.exportWarning}</p>
      <Button onClick={run}>{text.exportButton}</Button>
      <div role="status">
        {message && (
          <Alert type={message.type} title={message.title}>
            {message.lines?.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </Alert>
        )}
      </div>
    </section>
  );
}

function ImportSection() {
  const app = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ content: string; preview: ImportPreview } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLElement>(null);

  const clearInput = () => {
    if (input.current) input.current.value = '';
  };

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPending(null);
    setMessage(null);
    setRefused(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setRefused(text.importTooBig);
      clearInput();
      return;
    }
    setBusy(true);
    try {
      let content: string;
      try {
        content = await file.text();
      } catch {
        setRefused(text.importReadError);
        return;
      }
      const preview = await app.transfer.previewImport(content);
      setPending({ content, preview });
      setTimeout(() => previewRef.current?.focus(), 0);
    } catch (error) {
      setRefused(error instanceof Error ? error.message : text.importReadError);
      clearInput();
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await app.transfer.importData(pending.content);
      setMessage({ type: 'ok', title: text.importDone(app.library.scans.peek().length) });
    } catch (error) {
      setRefused(error instanceof Error ? error.message : text.importReadError);
    } finally {
      setPending(null);
      clearInput();
      setBusy(false);
    }
  };

  const cancel = () => {
    setPending(null);
    clearInput();
    setMessage({ type: 'info', title: text.importCancelled });
  };

  return (
    <section class="ms-section" aria-labelledby="import-titel">
      <h2 class="utrecht-heading-2" id="import-titel">
        {text.importTitle}
      </h2>
      <p>
        {text.importText} {text.importNoChange}
      </p>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="import-bestand">
          {text.importLabel}
        </label>
        <p class="utrecht-form-field-description" id="import-hint">
          {text.importHint}
        </p>
        <input
          ref={input}
          class="ms-file-input"
          type="file"
          id="import-bestand"
          accept=".json,application/json"
          aria-describedby="import-hint"
          disabled={busy}
          onChange={choose}
        />
      </div>
      <div role="status">
        {busy && !pending && <p>{text.importChecking}</p>}
        {message && <Alert type={message.type} title={message.title} />}
      </div>
      <div role="alert">
        {refused && (
          <Alert type="error" title={text.importRefusedTitle}>
            <ErrorLines message={refused} />
            <p>{text.importRefusedNoChange}</p>
          </Alert>
        )}
      </div>
      {pending && (
        <section
          class="ms-confirm ms-confirm--neutral"
          tabIndex={-1}
          ref={previewRef}
          aria-labelledby="import-voorbeeld"
        >
          <h3 class="utrecht-heading-3" id="import-voorbeeld">
            {text.importPreviewTitle}
          </h3>
          <ul class="ms-preview">
            <li>{text.importPreviewNew(pending.preview.scansNew)}</li>
            <li>{text.importPreviewSame(pending.preview.scansSame)}</li>
            <li>{text.importPreviewUpdated(pending.preview.scansUpdated)}</li>
            {pending.preview.scansKept > 0 && <li>{text.importPreviewKept(pending.preview.scansKept)}</li>}
            <li>{text.importPreviewAnswers(pending.preview.answers)}</li>
            <li>{text.importPreviewPlans(pending.preview.plans)}</li>
          </ul>
          <p>{text.importPreviewHelp}</p>
          <ButtonGroup>
            <Button onClick={confirm} disabled={busy}>
              {text.importConfirm}
            </Button>
            <Button appearance="secondary-action" onClick={cancel}>
              {text.importCancel}
            </Button>
          </ButtonGroup>
        </section>
      )}
    </section>
  );
}

function DeleteAllSection() {
  const app = useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const confirmRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const count = app.library.scans.value.length;

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  const remove = async () => {
    setBusy(true);
    try {
      await app.library.deleteAll();
      setMessage({ type: 'ok', title: text.deleteAllDone });
    } catch (error) {
      setMessage({ type: 'error', title: error instanceof Error ? error.message : text.errorTitle });
    } finally {
      setAsking(false);
      setBusy(false);
    }
  };

  return (
    <section class="ms-section" aria-labelledby="wis-titel">
      <h2 class="utrecht-heading-2" id="wis-titel">
        {text.deleteAllTitle}
      </h2>
      <p>{text.deleteAllText}</p>
      {!asking && (
        <Button
          appearance="danger"
          ref={buttonRef}
          onClick={() => {
            setMessage(null);
            setAsking(true);
          }}
        >
          {text.deleteAllButton}
        </Button>
      )}
      {asking && (
        <section class="ms-confirm" tabIndex={-1} ref={confirmRef} aria-labelledby="wis-vraag">
          <h3 class="utrecht-heading-3" id="wis-vraag">
            {text.deleteAllConfirmTitle}
          </h3>
          <p>{text.deleteAllGone}</p>
          <ul>
            <li>{text.deleteAllGoneScans(count)}</li>
            <li>{text.deleteAllGonePlans}</li>
            <li>{text.deleteAllGoneVersions}</li>
          </ul>
          <p>{text.deleteAllFinal}</p>
          <ButtonGroup>
            <Button appearance="danger" onClick={remove} disabled={busy}>
              {text.deleteAllYes}
            </Button>
            <Button
              appearance="secondary-action"
              onClick={() => {
                setAsking(false);
                setTimeout(() => buttonRef.current?.focus(), 0);
              }}
            >
              {text.deleteAllNo}
            </Button>
          </ButtonGroup>
        </section>
      )}
      <div role="status">{message && <Alert type={message.type} title={message.title} />}</div>
    </section>
  );
}
