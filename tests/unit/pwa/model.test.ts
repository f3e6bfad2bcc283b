import { describe, expect, it, vi } from 'vitest';
import {
  createPwaModel,
  RELOAD_FALLBACK_MS,
  type ServiceWorkerCallbacks,
  UPDATE_CHECK_MS,
} from '../../../src/pwa/model';

/** A fake vite-plugin-pwa registration that the test drives by hand. */
function setup(options: { online?: boolean } = {}) {
  let callbacks: ServiceWorkerCallbacks | null = null;
  const skipWaiting = vi.fn(async () => undefined);
  const reload = vi.fn();
  const intervals: { callback: () => void; ms: number }[] = [];
  const timeouts: { callback: () => void; ms: number }[] = [];
  const model = createPwaModel({
    register: async (given) => {
      callbacks = given;
      return skipWaiting;
    },
    reload,
    online: () => options.online ?? true,
    setInterval: (callback, ms) => intervals.push({ callback, ms }),
    clearInterval: () => undefined,
    setTimeout: (callback, ms) => timeouts.push({ callback, ms }),
  });
  const sw = () => {
    if (!callbacks) throw new Error('start() was not called');
    return callbacks;
  };
  return { model, sw, skipWaiting, reload, intervals, timeouts };
}

describe('createPwaModel', () => {
  it('shows nothing until the service worker reports', async () => {
    const { model } = setup();
    await model.start();
    expect(model.offlineReady.value).toBe(false);
    expect(model.needRefresh.value).toBe(false);
    expect(model.databaseReplaced.value).toBe(false);
  });

  it('registers once, however often start is called', async () => {
    const register = vi.fn(async () => async () => undefined);
    const model = createPwaModel({ register, reload: () => undefined });
    await Promise.all([model.start(), model.start()]);
    await model.start();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('says the app works offline once everything is cached, until the user closes it', async () => {
    const { model, sw } = setup();
    await model.start();
    sw().onOfflineReady();
    expect(model.offlineReady.value).toBe(true);
    model.dismissOfflineReady();
    expect(model.offlineReady.value).toBe(false);
  });

  it('offers a waiting version and reloads only after the user chooses it', async () => {
    const { model, sw, skipWaiting, reload } = setup();
    await model.start();
    sw().onNeedRefresh();
    expect(model.needRefresh.value).toBe(true);
    expect(reload).not.toHaveBeenCalled();

    await model.update();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    expect(model.needRefresh.value).toBe(false);
    // The new version takes over; now the page reloads.
    sw().onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads by itself when another tab activated the new version', async () => {
    const { model, sw, skipWaiting, reload } = setup();
    await model.start();
    sw().onNeedRefresh();
    model.dismissUpdate();
    expect(model.needRefresh.value).toBe(false);

    sw().onNeedReload();
    expect(reload).not.toHaveBeenCalled();
    expect(model.needRefresh.value).toBe(true);

    // The new version already controls this page: reloading is enough.
    await model.update();
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads after a while when the new version never takes over, but only once', async () => {
    const { model, sw, reload, timeouts } = setup();
    await model.start();
    sw().onNeedRefresh();
    await model.update();
    expect(timeouts).toEqual([{ callback: expect.any(Function), ms: RELOAD_FALLBACK_MS }]);
    timeouts[0]!.callback();
    expect(reload).toHaveBeenCalledTimes(1);
    sw().onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when there is no service worker to update', async () => {
    const reload = vi.fn();
    const model = createPwaModel({
      register: () => Promise.reject(new Error('no service worker here')),
      reload,
    });
    await model.start();
    await model.update();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('checks the host for a new version every hour, only when online', async () => {
    const online = setup({ online: true });
    await online.model.start();
    const update = vi.fn(async () => undefined);
    online.sw().onRegisteredSW('./sw.js', { update } as unknown as ServiceWorkerRegistration);
    expect(online.intervals.map((i) => i.ms)).toEqual([UPDATE_CHECK_MS]);
    online.intervals[0]!.callback();
    expect(update).toHaveBeenCalledTimes(1);

    const offline = setup({ online: false });
    await offline.model.start();
    const notCalled = vi.fn(async () => undefined);
    offline.sw().onRegisteredSW('./sw.js', { update: notCalled } as unknown as ServiceWorkerRegistration);
    offline.intervals[0]!.callback();
    expect(notCalled).not.toHaveBeenCalled();
  });

  it('asks for a reload after another tab upgraded the database', async () => {
    const { model, reload } = setup();
    model.onDatabaseVersionChange();
    expect(model.databaseReplaced.value).toBe(true);
    model.reload();
    model.reload();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
