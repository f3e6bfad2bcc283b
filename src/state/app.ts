/**
 * The app's models, composed: each has one job and its own file. Made by this factory and passed
 * down by context, so tests can build one with a memory repository.
 *
 * Storage, zod and scoring come in through `services`, a dynamic import started after first paint.
 */
import { type Catalog, createCatalog } from './catalog';
import { type Comparisons, createComparisons } from './comparison';
import { createDevice, type Device } from './device';
import { createLibrary, createScanId, type Library } from './library';
import { createOpenScans, type OpenScans, type OpenScansOptions } from './open-scans';
import { createReports, type Reports } from './reports';
import { createRouteModel, type HostWindow, type RouteModel, type Router } from './route-model';
import { createSaveQueue, type SaveQueue } from './save-queue';
import { createStartup, type Startup } from './startup';
import { createTransfer, type Transfer } from './transfer';
import type { MinutesRange, Services } from './types';

export interface AppModelOptions<R> {
  services: () => Promise<Services>;
  /** A stored scan read without zod, for a deep link (see open-scans.ts); without it, scans open checked. */
  readTrusted?: OpenScansOptions['readTrusted'];
  /** How routes are read from and written to the address: the route table's. */
  router: Router<R>;
  window?: HostWindow;
  /** Minutes worked out when the start screen was prerendered, shown until the files are loaded. */
  initialMinutes?: MinutesRange | null;
  now?: () => Date;
  newId?: () => string;
  queue?: SaveQueue;
  /** Another tab upgraded the database; this tab must reload before it can save again. */
  onDatabaseVersionChange?: () => void;
}

export interface AppModel<R> {
  readonly route: RouteModel<R>;
  readonly startup: Startup;
  readonly catalog: Catalog;
  readonly open: OpenScans;
  readonly library: Library;
  readonly reports: Reports;
  readonly comparisons: Comparisons;
  readonly transfer: Transfer;
  readonly device: Device;
  /** Whether the last answer is saved. */
  readonly saving: SaveQueue;
  dispose(): void;
}

export function createAppModel<R>(options: AppModelOptions<R>): AppModel<R> {
  const now = options.now ?? (() => new Date());
  const queue = options.queue ?? createSaveQueue();
  const route = createRouteModel(options.router, options.window ?? window);
  // The start runs steps of models made below; it calls them only after this factory returned.
  const startup = createStartup({
    services: options.services,
    onDatabaseVersionChange: options.onDatabaseVersionChange,
    fetchCatalog: (services) => catalog.fetch(services),
    listScans: () => library.refresh(),
  });
  const catalog = createCatalog({ phase: startup.phase, initialMinutes: options.initialMinutes });
  const device = createDevice(startup);
  const open = createOpenScans({ startup, catalog, queue, now, readTrusted: options.readTrusted });
  const library = createLibrary({ startup, catalog, open, device, queue, now, newId: options.newId ?? createScanId });
  return {
    route,
    startup,
    catalog,
    open,
    library,
    reports: createReports({ open, library }),
    comparisons: createComparisons({ startup, open, library }),
    transfer: createTransfer({ startup, open, library, queue, now }),
    device,
    saving: queue,
    dispose() {
      route.dispose();
      queue.dispose();
    },
  };
}
