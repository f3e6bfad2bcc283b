/**
 * Texts of the storage layer: what the user reads when saving, importing or loading fails.
 * Owned by the storage helper (src/storage/).
 */
export const storage = {
  // Why a write failed; shown after "Je antwoord is nog niet opgeslagen: ".
  answerNotSaved: (reason: string) => `Je antwoord is nog niet opgeslagen: ${reason}`,
  dataNotSaved: (reason: string) => `Je gegevens zijn nog niet opgeslagen: ${reason}`,
  notDeleted: (reason: string) => `Het wissen is niet gelukt: ${reason}`,
  notRead: (reason: string) => `Je gegevens konden niet worden gelezen: ${reason}`,
  importFailed: (reason: string) => `Het inlezen is niet gelukt: ${reason} Er is niets veranderd.`,
  reasonQuotaFull: 'de opslag op dit apparaat is vol. Maak ruimte vrij of bewaar je scans als bestand.',
  reasonReload: 'Morgenscan is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw.',
  reasonConnectionLost: 'de verbinding met de opslag is verbroken. Probeer het nog een keer.',
  reasonBadShape: (where: string) => `de gegevens hebben niet de juiste vorm (${where}).`,
  reasonBrowserError: (name: string) => `de browser meldt een fout (${name}). Probeer het nog een keer.`,
  reasonSnapshotHash: 'de inhoud van de vragenlijst past niet bij de hash.',

  // Opening the database.
  openBlocked: 'Morgenscan is nog open in een ander tabblad. Sluit dat tabblad. Laad deze pagina daarna opnieuw.',
  openNewerVersion: 'Je hebt eerder een nieuwere versie van Morgenscan gebruikt. Laad deze pagina opnieuw.',
  openUpgradeFailed:
    'Morgenscan kon je opgeslagen scans niet klaarzetten voor deze versie. Je scans zijn niet veranderd. ' +
    'Laad deze pagina opnieuw. Lukt het dan nog niet? Probeer het later nog een keer.',

  // Import files: the whole message, then one line per problem.
  importRefused: 'Dit bestand kan Morgenscan niet inlezen. Er is niets veranderd.',
  importMoreProblems: (count: number) => `En nog ${count} andere problemen.`,
  notADate: 'Hier hoort een datum met tijd, zoals 2025-03-01T09:30:00.000Z.',
  notAnAnswer: 'Dit antwoord heeft niet de juiste vorm.',
  notAFormat: 'Dit is geen bestand dat Morgenscan heeft bewaard.',
  unknownFormatVersion: 'Deze versie van het bestand kent Morgenscan niet. Gebruik een nieuwere Morgenscan.',
  notAnObject: 'Hier hoort een object { } met de inhoud van een vragenlijst.',
  duplicateScan: (id: string) => `De scan "${id}" staat twee keer in het bestand.`,
  duplicateAnswer: 'Dit antwoord staat twee keer in het bestand.',
  duplicatePlan: (scanId: string) => `Het plan van scan "${scanId}" staat twee keer in het bestand.`,
  duplicateSnapshot: (hash: string) => `De vragenlijst met hash "${hash}" staat twee keer in het bestand.`,
  missingScan: (id: string) => `De scan "${id}" staat niet in het bestand.`,
  questionnaireNotInScan: (questionnaireId: string, scanId: string) =>
    `De vragenlijst "${questionnaireId}" hoort niet bij scan "${scanId}".`,
  missingSnapshot: (hash: string) => `De vragenlijst met hash "${hash}" ontbreekt in het bestand.`,
  snapshotMismatch: (hash: string) => `De vragenlijst met hash "${hash}" heeft een ander id of een andere versie.`,
  snapshotHashMismatch: 'De inhoud van deze vragenlijst past niet bij de hash.',
  snapshotIdMismatch: (id: string) => `Hier hoort het id "${id}". Zo heet deze vragenlijst in het bestand.`,
  snapshotVersionMismatch: (version: number) =>
    `Hier hoort versie ${version}. Die versie staat bij deze vragenlijst in het bestand.`,
  unknownItem: (itemId: string, questionnaireId: string) =>
    `De vraag "${itemId}" bestaat niet in de vragenlijst "${questionnaireId}".`,

  // Loading questionnaires from the site.
  fetchFailed: 'Dit bestand kon niet worden opgehaald. Controleer je verbinding en probeer het opnieuw.',
  fetchStatus: (status: number) => `Dit bestand kon niet worden opgehaald. De server gaf code ${status}.`,
} as const;
