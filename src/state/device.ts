/** Storage on this device: how much is used, and whether the browser keeps it (asked once). */
import type { Startup } from './startup';
import type { StorageEstimate } from './types';

export interface Device {
  storageEstimate(): Promise<StorageEstimate | null>;
  storagePersisted(): Promise<boolean | null>;
  /** Asks the browser to keep the data, once per tab: when the first scan is started. */
  askPersistence(): void;
}

export function createDevice(startup: Startup): Device {
  let asked = false;
  return {
    async storageEstimate() {
      const { services } = await startup.ready();
      return services.storageEstimate().catch(() => null);
    },
    async storagePersisted() {
      const { services } = await startup.ready();
      return services.storagePersisted().catch(() => null);
    },
    askPersistence() {
      if (asked) return;
      asked = true;
      void startup
        .ready()
        .then(({ services }) => services.requestPersistence())
        .catch(() => false);
    },
  };
}
