/**
 * Texts of the app screens (start, choosing, the scan, my scans, data). B1 Dutch, "je", short
 * sentences, verbs on buttons. Values are strings or functions of numbers and strings only.
 */

const plural = (n: number, one: string, more: string) => (n === 1 ? one : more);

export const app = {
  appName: 'Morgenscan',

  dateAtTime: (date: string, time: string) => `${date} om ${time}`,

  // Layout
  skipLink: 'Ga naar de inhoud',
  navLabel: 'Hoofdmenu',
  navScans: 'Mijn scans',
  navData: 'Mijn gegevens',
  footer: 'Morgenscan bewaart alles alleen in deze browser, op dit apparaat.',
  loading: 'Even geduld, Morgenscan wordt geladen.',
  saved: 'Opgeslagen',
  saveFailed: 'Je laatste antwoord is nog niet opgeslagen. We proberen het steeds opnieuw.',
  saveFailedHelp: 'Blijft dit zo? Download dan je gegevens, zodat je niets kwijtraakt.',
  saveFailedLink: 'Download je gegevens',

  // Start
  startTitle: 'Morgenscan',
  startLead: 'Je werk verandert. Met deze scan ontdek je wat dat voor jou betekent.',
  startWhatTitle: 'Wat is het?',
  startWhat:
    'Je vult de scan alleen in. Je kijkt naar je taken: welke worden meer, en welke minder? Je kijkt ook naar hoe je leert en wat je energie geeft.',
  startNoTest: 'Dit is geen test. Er zijn geen goede of foute antwoorden.',
  startHowLongTitle: 'Hoe lang duurt het?',
  startMinutes: (min: number, max: number) =>
    min === max ? `Ongeveer ${min} minuten.` : `Ongeveer ${min} tot ${max} minuten. Dat hangt af van je werk.`,
  startMinutesUnknown: 'Ongeveer een kwartier.',
  startPause: 'Je kunt altijd stoppen. Je antwoorden blijven bewaard. Later ga je verder waar je was.',
  // In memory mode (no IndexedDB) the promise above would not hold.
  startPauseMemory:
    'Deze browser kan je antwoorden nu niet bewaren. Maak de scan dus in één keer af. Of bewaar je antwoorden als bestand.',
  startGetTitle: 'Wat krijg je?',
  startGet:
    'Je krijgt een rapport over jouw werk van morgen. Je ziet eerst waar je sterk in bent. Je kunt het afdrukken voor het gesprek met je leidinggevende.',
  startPrivacyTitle: 'Jouw gegevens blijven van jou',
  startPrivacyDevice: 'Alles blijft in deze browser, op dit apparaat.',
  startPrivacyNoInternet: 'Er gaat niets via internet naar een ander. Ook niet naar je werkgever.',
  startPrivacyEmployer: 'Je werkgever kan je antwoorden dus niet zien.',
  startPrivacyYouChoose: 'Jij kiest zelf wat je afdrukt of deelt.',
  startPrivacyDelete: 'Je kunt alles zelf weer wissen.',
  startButton: 'Start de scan',
  continueButton: 'Ga verder waar je was',
  continueHint: (step: number, total: number) => `Je was bij stap ${step} van ${total}.`,
  startProblems: 'Niet alle vragenlijsten zijn in orde. De scan werkt misschien niet helemaal.',
  startProblemsLink: 'Bekijk welke bestanden een fout hebben',
  startNoPacks: 'Er is nu geen scan beschikbaar. De vragenlijsten hebben een fout.',

  // Choose your work
  chooseTitle: 'Kies je werk',
  chooseIntro: 'Kies het werk dat het meest op jouw werk lijkt. Je krijgt dan de taken die daarbij horen.',
  chooseLegend: 'Welk werk doe je?',
  choosePackMeta: (tasks: number, minutes: number) =>
    `${tasks} ${plural(tasks, 'taak', 'taken')}, de hele scan duurt ongeveer ${minutes} minuten`,
  chooseButton: 'Begin met de vragen',
  chooseError: 'Kies eerst je werk.',
  chooseErrorTitle: 'Er ontbreekt nog iets',
  chooseThen: (count: number) =>
    `Daarna volgen nog ${count} ${plural(count, 'vragenlijst', 'vragenlijsten')} die bij elke scan horen.`,

  // The scan
  stepOf: (step: number, total: number) => `Stap ${step} van ${total}`,
  minutesLeft: (minutes: number) =>
    minutes <= 0 ? 'Bijna klaar' : `Nog ongeveer ${minutes} ${plural(minutes, 'minuut', 'minuten')}`,
  nextButton: 'Ga verder',
  toOverviewButton: 'Ga naar het overzicht',
  backButton: 'Ga terug',
  optional: '(mag je overslaan)',
  trendGroeit: 'Wordt meer',
  trendBlijft: 'Blijft gelijk',
  trendKrimpt: 'Wordt minder',
  taskNew: 'Nieuw',
  multiCount: (chosen: number, max: number) => `${chosen} van ${max} gekozen`,
  multiTooMany: (max: number) => `Kies er hoogstens ${max}. Haal eerst een vinkje weg.`,
  multiTooFew: (min: number) => `Kies er minstens ${min}.`,
  textCounter: (length: number, max: number) => `${length} van ${max} tekens`,
  itemNotInScan: 'Deze vraag hoort niet bij deze scan.',
  scanLoading: 'Je scan wordt geopend.',
  scanNotOpened: 'Deze scan kunnen we niet openen',

  // Overview before finishing
  overviewTitle: 'Bijna klaar: je overzicht',
  overviewAllDone: 'Je hebt alle vragen beantwoord. Goed gedaan!',
  overviewOpen: (count: number) => (count === 1 ? 'Er staat nog 1 vraag open.' : `Er staan nog ${count} vragen open.`),
  overviewOpenHelp: 'Kies een vraag om die alsnog in te vullen.',
  overviewFinishAnyway: 'Je mag de scan ook zo afmaken. Je rapport is dan minder compleet.',
  overviewOpenListLabel: 'Open vragen',
  overviewStep: (step: number, title: string) => `Stap ${step}: ${title}`,
  overviewFinishText: 'Maak je de scan af? Dan zie je meteen je rapport. Je antwoorden kun je later nog aanpassen.',
  finishButton: 'Maak de scan af',

  goToScans: 'Ga naar mijn scans',
  reportLoading: 'Je rapport wordt gemaakt.',

  // My scans
  scansTitle: 'Mijn scans',
  scansIntro: 'Hier staan al je scans op dit apparaat.',
  scansEmpty: 'Je hebt nog geen scan gedaan.',
  scansCaption: 'Je scans, de nieuwste eerst',
  statusBezig: 'Nog bezig',
  statusKlaar: 'Klaar',
  roleUnknown: 'Onbekend werk',
  scansOpenReport: 'Open het rapport',
  scansContinue: 'Ga verder',
  scansDelete: 'Verwijder',
  scansDeleteLabel: (date: string) => `Verwijder de scan van ${date}`,
  scansOpenLabel: (date: string) => `Open het rapport van ${date}`,
  scansContinueLabel: (date: string) => `Ga verder met de scan van ${date}`,
  scansDeleteConfirm: (date: string) =>
    `Wil je de scan van ${date} verwijderen? Je antwoorden en je plan bij deze scan zijn dan weg.`,
  scansDeleteYes: 'Ja, verwijder deze scan',
  scansDeleteNo: 'Nee, bewaar de scan',
  scansDeleted: 'De scan is verwijderd.',
  scansNew: 'Start een nieuwe scan',
  compareTitle: 'Vergelijk twee scans',
  compareIntro: 'Kies twee scans die klaar zijn. Je ziet dan de scores naast elkaar.',
  compareNeedTwo: 'Vergelijken kan als je twee scans hebt afgemaakt.',
  compareFirst: 'Eerste scan',
  compareSecond: 'Tweede scan',
  compareOption: (role: string, date: string) => `${role}, ${date}`,
  compareButton: 'Vergelijk de scans',
  compareSame: 'Kies twee verschillende scans.',

  // Compare
  compareScreenTitle: 'Twee scans naast elkaar',
  compareCaption: 'Je belangrijkste scores, van 0 tot 100',
  compareScoreColumn: 'Score',
  compareColumn: (role: string, date: string) => `${role}, ${date}`,
  compareMatch: 'Match met morgen',
  compareTimeGrowing: 'Tijd aan werk dat meer wordt (ongeveer)',
  compareTimeShrinking: 'Tijd aan werk dat minder wordt (ongeveer)',
  compareLikingGrowing: 'Hoe leuk: werk dat meer wordt',
  compareAbilityGrowing: 'Hoe goed: werk dat meer wordt',
  compareNoScore: 'geen score',
  compareNote: 'Een score zegt iets over je antwoorden op dat moment. Hij zegt niets over jou als persoon.',
  compareBack: 'Ga terug naar mijn scans',

  // Data: export, import, delete
  dataTitle: 'Mijn gegevens',
  dataIntro: 'Hier bewaar je je gegevens in een bestand. Je kunt ze ook terugzetten of wissen.',
  exportTitle: 'Bewaar je gegevens in een bestand',
  exportText:
    'Je krijgt één bestand met al je scans, antwoorden en plannen. Daarmee zet je alles terug, ook op een ander apparaat.',
  exportWarning: 'Let op: wie het bestand heeft, kan je antwoorden lezen.',
  exportButton: 'Download je gegevens',
  exportDone: (file: string) => `Je bestand ${file} staat klaar in je downloads.`,
  exportFailed: 'Het downloaden lukte niet. Probeer het opnieuw.',
  exportLeftOut: (n: number) =>
    n === 1
      ? '1 scan staat niet in het bestand. Morgenscan kon die scan nu niet lezen. Hij blijft wel op dit apparaat. Probeer het later opnieuw.'
      : `${n} scans staan niet in het bestand. Morgenscan kon die scans nu niet lezen. Ze blijven wel op dit apparaat. Probeer het later opnieuw.`,
  importTitle: 'Zet gegevens terug uit een bestand',
  importText: 'Kies een bestand dat je eerder bij Morgenscan hebt gedownload. Je ziet eerst wat erin staat.',
  importNoChange: 'Er verandert pas iets als je dat bevestigt.',
  importLabel: 'Kies een bestand',
  importHint: 'Een bestand dat eindigt op .json',
  importChecking: 'We bekijken het bestand.',
  importPreviewTitle: 'Dit staat in het bestand',
  importPreviewNew: (n: number) => `${n} ${plural(n, 'nieuwe scan', 'nieuwe scans')}`,
  importPreviewSame: (n: number) => `${n} ${plural(n, 'scan die je al hebt', 'scans die je al hebt')}`,
  importPreviewUpdated: (n: number) =>
    `${n} ${plural(n, 'scan met nieuwere antwoorden', 'scans met nieuwere antwoorden')}`,
  importPreviewKept: (n: number) =>
    n === 1
      ? '1 scan is hier al nieuwer en blijft zoals hij is'
      : `${n} scans zijn hier al nieuwer en blijven zoals ze zijn`,
  importPreviewAnswers: (n: number) => `${n} ${plural(n, 'antwoord', 'antwoorden')}`,
  importPreviewPlans: (n: number) => `${n} ${plural(n, 'ontwikkelplan', 'ontwikkelplannen')}`,
  importPreviewHelp: 'Je scans blijven staan. Er komt alleen bij wat nieuw of nieuwer is.',
  importConfirm: 'Zet de gegevens terug',
  importCancel: 'Stop, verander niets',
  importCancelled: 'Er is niets veranderd.',
  importDone: (n: number) => `Klaar. Je gegevens zijn teruggezet. Je hebt nu ${n} ${plural(n, 'scan', 'scans')}.`,
  importRefusedTitle: 'Dit bestand kunnen we niet gebruiken',
  importRefusedNoChange: 'Er is niets veranderd aan je gegevens.',
  importTooBig: 'Dit bestand is te groot. Een bestand van Morgenscan is veel kleiner.',
  importReadError: 'We konden het bestand niet lezen. Probeer het opnieuw.',
  deleteAllTitle: 'Verwijder al mijn gegevens',
  deleteAllText: 'Je wist dan alles van Morgenscan in deze browser.',
  deleteAllButton: 'Verwijder al mijn gegevens',
  deleteAllConfirmTitle: 'Weet je het zeker?',
  deleteAllGoneScans: (scans: number) =>
    scans === 1 ? 'Je scan, met alle antwoorden.' : `Je ${scans} scans, met alle antwoorden.`,
  deleteAllGonePlans: 'Je ontwikkelplannen en je keuzes voor het rapport.',
  deleteAllGoneVersions: 'De bewaarde versies van de vragenlijsten.',
  deleteAllGone: 'Dit is dan weg:',
  deleteAllFinal: 'Dit kun je niet ongedaan maken. Wil je het bewaren? Download dan eerst je gegevens.',
  deleteAllYes: 'Ja, verwijder alles',
  deleteAllNo: 'Nee, bewaar alles',
  deleteAllDone: 'Al je gegevens zijn verwijderd.',

  // Broken questionnaire files
  problemsTitle: 'Sommige vragenlijsten hebben een fout',
  problemsIntro: 'Deze bestanden konden we niet gebruiken. De andere vragenlijsten werken wel.',
  problemsForAdmin: 'Geef deze lijst aan de beheerder van Morgenscan. Die kan het bestand verbeteren.',
  problemsFile: (file: string) => `Bestand ${file}`,
  problemsPath: 'Plek in het bestand:',
  problemsWholeFile: 'het hele bestand',
  problemsUsable: 'Deze vragenlijsten werken wel:',
  problemsNone: 'Alle vragenlijsten zijn in orde.',
  problemsHome: 'Ga naar de start',

  // Errors
  errorTitle: 'Er ging iets mis',
  errorText: 'Dit scherm werkt nu niet. Wat al is opgeslagen, blijft bewaard.',
  errorHome: 'Ga naar de start',
  errorExport: 'Download je gegevens',
  errorDetail: 'Melding voor de beheerder:',
  errorAppLoad: 'Morgenscan kon niet starten. Laad de pagina opnieuw.',
  reloadButton: 'Laad de pagina opnieuw',
  errorScanNotFound: 'Deze scan staat niet (meer) op dit apparaat.',
  errorScanVersions: 'De vragenlijst van deze scan heeft een fout. Daarom kunnen we de scan niet openen.',
  errorPackMissing: 'Dit werk bestaat niet meer. Kies opnieuw.',
  snapshotFile: (id: string, version: number) => `${id} (versie ${version})`,
  snapshotMissing: 'Deze versie van de vragenlijst staat niet meer op dit apparaat.',
  notFoundTitle: 'Deze pagina bestaat niet',
  notFoundText: 'Misschien is de link oud of niet helemaal goed.',
} as const;
