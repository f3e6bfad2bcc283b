/**
 * Texts about working offline, updates, storage on this device and other tabs.
 * Owned by the offline helper (src/pwa/, src/ui/pwa/).
 */
export const pwa = {
  // Web app manifest: shown when someone installs Morgenscan.
  manifestName: 'Morgenscan',
  manifestDescription: 'Ontdek hoe je werk verandert en wat je wilt leren. Je antwoorden blijven op je eigen apparaat.',

  // A new version is ready.
  updateTitle: 'Er is een nieuwe versie van Morgenscan.',
  updateSafe: 'Je antwoorden zijn al bewaard. Je raakt niets kwijt.',
  updateMemory: 'Let op: als je nu opnieuw laadt, ben je je antwoorden kwijt. Maak eerst je scan af.',
  updateReload: 'Laad opnieuw',
  updateLater: 'Later',

  // The service worker has cached everything.
  offlineReady: 'Morgenscan werkt nu ook zonder internet.',
  offlineReadyClose: 'Sluit deze melding',

  // Another tab upgraded the database.
  otherTabTitle: 'Morgenscan is in een ander tabblad bijgewerkt.',
  otherTabAction: 'Laad deze pagina opnieuw.',
  otherTabSafe: 'Je antwoorden zijn bewaard. Na het laden ga je verder waar je was.',
  otherTabReload: 'Laad opnieuw',

  // Where the answers are kept.
  storageTitle: 'Je gegevens op dit apparaat',
  storageWhere: 'Je antwoorden staan alleen op dit apparaat, in deze browser.',
  storageUsed: (amount: string) => `Morgenscan gebruikt nu ${amount} opslag.`,
  storageUnknown: 'Hoeveel opslag Morgenscan gebruikt, laat deze browser niet zien.',
  storagePersisted: 'Deze browser heeft beloofd je gegevens niet zomaar te wissen.',
  storageMayDelete: 'Sommige browsers wissen gegevens na een tijd. Safari doet dat na 7 dagen zonder bezoek.',
  storageExportNudge: 'Bewaar je scan daarom als bestand als je klaar bent.',
  storageExportLink: 'Bewaar je scans als bestand',
  exportNudgeTitle: 'Bewaar je scan ook als bestand.',

  // IndexedDB is not available (some private windows).
  memoryTitle: 'Let op: Morgenscan kan hier niets bewaren.',
  memoryWhy: 'Deze browser geeft geen opslag. Dat gebeurt vaak in een privévenster.',
  memoryStillWorks: 'Je kunt de scan wel doen.',
  memoryLost: 'Als je dit tabblad sluit of opnieuw laadt, zijn je antwoorden weg.',
  memoryAdvice: 'Print je rapport of bewaar je scan als bestand voordat je stopt.',

  // Amounts of storage; `value` is already rounded.
  bytes: (value: string) => `${value} bytes`,
  kilobytes: (value: string) => `${value} kB`,
  megabytes: (value: string) => `${value} MB`,
} as const;
