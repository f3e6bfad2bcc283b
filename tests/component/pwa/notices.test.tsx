import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createPwaModel, type ServiceWorkerCallbacks } from '../../../src/pwa/model';
import { pwa as text } from '../../../src/text/pwa';
import { ExportNudge } from '../../../src/ui/pwa/ExportNudge';
import { PwaNotices } from '../../../src/ui/pwa/PwaNotices';
import { StorageNotice } from '../../../src/ui/pwa/StorageNotice';

async function startedModel() {
  let callbacks: ServiceWorkerCallbacks | null = null;
  const skipWaiting = vi.fn(async () => undefined);
  const reload = vi.fn();
  const model = createPwaModel({
    register: async (given) => {
      callbacks = given;
      return skipWaiting;
    },
    reload,
    setTimeout: () => undefined,
  });
  await model.start();
  return { model, reload, skipWaiting, sw: () => callbacks! };
}

describe('PwaNotices', () => {
  it('shows nothing on a normal day', async () => {
    const { model } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="indexeddb" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the new version and loads it when the user asks', async () => {
    const { model, sw, skipWaiting, reload } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="indexeddb" />);
    sw().onNeedRefresh();
    expect(await screen.findByText('Er is een nieuwe versie van Morgenscan.')).toBeVisible();
    expect(screen.getByText('Je antwoorden zijn al bewaard. Je raakt niets kwijt.')).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Laad opnieuw' }));
    await vi.waitFor(() => expect(skipWaiting).toHaveBeenCalledTimes(1));
    sw().onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets the user postpone the new version', async () => {
    const { model, sw, reload } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="indexeddb" />);
    sw().onNeedRefresh();
    fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    await vi.waitFor(() => expect(screen.queryByText(text.updateTitle)).toBeNull());
    expect(reload).not.toHaveBeenCalled();
  });

  it('warns before a reload that would lose answers kept only in memory', async () => {
    const { model, sw } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="memory" />);
    sw().onNeedRefresh();
    expect(await screen.findByText(text.updateMemory)).toBeVisible();
    expect(screen.queryByText(text.updateSafe)).toBeNull();
  });

  it('says once that the app works without internet, and closes', async () => {
    const { model, sw } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="indexeddb" />);
    sw().onOfflineReady();
    expect(await screen.findByText('Morgenscan werkt nu ook zonder internet.')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Sluit deze melding' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });

  it('tells clearly that nothing is kept when storage is memory only', async () => {
    const { model } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="memory" exportHref="#/gegevens" />);
    expect(screen.getByText('Let op: Morgenscan kan hier niets bewaren.')).toBeVisible();
    expect(screen.getByText('Als je dit tabblad sluit of opnieuw laadt, zijn je antwoorden weg.')).toBeVisible();
    expect(screen.getByRole('link', { name: text.memoryAdvice })).toHaveAttribute('href', '#/gegevens');
  });

  it('asks to reload when another tab upgraded the database, in a dialog that stays open', async () => {
    const { model, reload } = await startedModel();
    render(<PwaNotices pwa={model} repositoryKind="indexeddb" />);
    model.onDatabaseVersionChange();
    const dialog = await screen.findByRole('dialog', { name: 'Morgenscan is in een ander tabblad bijgewerkt.' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription(
      'Laad deze pagina opnieuw. Je antwoorden zijn bewaard. Na het laden ga je verder waar je was.',
    );
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog).toHaveAttribute('open');
    fireEvent.click(screen.getByRole('button', { name: 'Laad opnieuw' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('StorageNotice', () => {
  it('says where the answers are, how much is stored, and advises saving a file', () => {
    render(
      <StorageNotice
        repositoryKind="indexeddb"
        estimate={{ usage: 48_500, quota: 1_000_000_000 }}
        exportHref="#/gegevens"
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Je gegevens op dit apparaat' })).toBeVisible();
    expect(screen.getByText('Morgenscan gebruikt nu 49 kB opslag.')).toBeVisible();
    expect(
      screen.getByText('Sommige browsers wissen gegevens na een tijd. Safari doet dat na 7 dagen zonder bezoek.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bewaar je scans als bestand' })).toHaveAttribute('href', '#/gegevens');
    expect(screen.queryByText(text.storagePersisted)).toBeNull();
  });

  it('mentions the promise to keep the data only when the browser gave it', () => {
    render(<StorageNotice repositoryKind="indexeddb" estimate={null} persisted headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeVisible();
    expect(screen.getByText(text.storagePersisted)).toBeVisible();
    expect(screen.getByText(text.storageUnknown)).toBeVisible();
  });

  it('shows the memory warning instead when nothing can be stored', () => {
    render(<StorageNotice repositoryKind="memory" estimate={{ usage: 0, quota: 0 }} />);
    expect(screen.getByText(text.memoryTitle)).toBeVisible();
    expect(screen.queryByText(/gebruikt nu/)).toBeNull();
  });
});

describe('ExportNudge', () => {
  it('advises saving the finished scan as a file, with the reason', () => {
    render(<ExportNudge repositoryKind="indexeddb" exportHref="#/gegevens" />);
    expect(screen.getByRole('complementary', { name: 'Bewaar je scan ook als bestand.' })).toBeVisible();
    expect(screen.getByText(/Safari doet dat na 7 dagen zonder bezoek\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bewaar je scans als bestand' })).toHaveAttribute('href', '#/gegevens');
  });

  it('stays away in memory mode, where the stronger notice already says it', () => {
    const { container } = render(<ExportNudge repositoryKind="memory" exportHref="#/gegevens" />);
    expect(container).toBeEmptyDOMElement();
  });
});
