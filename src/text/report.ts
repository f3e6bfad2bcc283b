/**
 * Texts of the report for the development conversation. B1 Dutch, "je"-form, short sentences.
 * Lists of names arrive already joined ("a, b en c"); numbers arrive already formatted.
 */
import { reportMethod } from './report-method';

export const report = {
  title: 'Mijn koers naar morgen',
  subtitle: 'Mijn rapport voor het gesprek over mijn ontwikkeling',
  owner: 'Dit rapport is van jou. Jij bepaalt met wie je het deelt.',
  ownerMore: 'Het rapport staat alleen op dit apparaat. Niemand anders kan het zien.',
  confidential: 'Vertrouwelijk',
  appName: 'Morgenscan',
  and: 'en',
  pageWord: 'Pagina',
  pageOfWord: 'van',
  coverName: 'Naam',
  coverRole: 'Werk',
  coverDate: 'Datum van de scan',
  coverNotFinished: 'Deze scan is nog niet af.',
  coverContents: 'In dit rapport',
  nameLabel: 'Je naam op de voorkant',
  nameHelp: 'Dit is niet verplicht. Je naam blijft op dit apparaat.',

  // Toolbar and print choice
  toolbarLabel: 'Rapport printen',
  printButton: 'Print of bewaar als PDF',
  printHelp: 'Wil je een bestand? Kies dan in het printvenster voor "Opslaan als PDF".',
  backToScans: 'Terug naar mijn scans',
  chooseTitle: 'Wat komt er op papier?',
  chooseHelp: 'Vink uit wat je niet wilt printen. De voorkant gaat altijd mee.',
  chooseAll: 'Zet alles aan',
  notPrinted: 'Dit deel gaat niet mee op papier.',
  savedNote: 'Je keuzes en je plan worden meteen bewaard op dit apparaat.',

  // Section titles
  sectionSamenvatting: 'In het kort',
  sectionWerk: 'Je werk van morgen',
  sectionGroeimindset: 'Groeimindset',
  sectionTalent: 'Talent en motivatie',
  sectionLeren: 'Hoe je graag leert',
  sectionGesprek: 'Voor het gesprek',
  sectionPlan: 'Mijn ontwikkelplan',
  sectionRekenen: 'Zo rekenen we',
  sectionVerschil: 'Wat is er veranderd?',

  // Common
  scoreOf100: (score: string) => `${score} van de 100`,
  noScore: 'nog geen score',
  answeredOf: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
  percent: (value: string) => `${value}%`,
  colScore: 'Score (0 tot 100)',
  colMeaning: 'Wat het zegt',
  tipsTitle: 'Tips',
  nothingYet: 'Hier staat nu niets.',

  // Summary
  matchTitle: 'Jouw match met morgen',
  matchOf: 'van de 100',
  matchOnlyGrowing: 'Dit cijfer gaat alleen over werk dat meer wordt. Het is geen oordeel over jou.',
  matchNone: 'Er is nog geen cijfer. Vul eerst de taken in die meer worden.',
  matchPartial: (answered: number, total: number) =>
    `Je hebt ${answered} van de ${total} taken ingevuld. Het cijfer gaat alleen over die taken.`,
  matchHow: 'Hoe we dit berekenen, lees je bij "Zo rekenen we".',
  matchPartsCaption: 'De drie onderdelen van het cijfer',
  partLikingTitle: 'Hoe leuk',
  partAbilityTitle: 'Hoe goed',
  partTimeTitle: 'Tijd',
  partNone: 'nog niet ingevuld',
  partTimeValue: (share: string) => `ongeveer ${share}`,
  /** Hoe leuk and hoe goed alike. `labels`: the high answers in quotes, joined with `partLabelsJoin`. */
  partHigh: (high: number, answered: number, labels: string) =>
    answered === 1
      ? high === 1
        ? `Bij de enige taak die meer wordt koos je ${labels}.`
        : `Bij de enige taak die meer wordt koos je niet ${labels}.`
      : `Bij ${high} van de ${answered} taken die meer worden koos je ${labels}.`,
  partLabelsJoin: ' of ',
  partTime: (share: string) => `Ongeveer ${share} van je tijd gaat nu naar werk dat meer wordt.`,
  progressAll: 'Je hebt alle vragen beantwoord.',
  progressPartial: (answered: number, total: number) =>
    `Je hebt ${answered} van de ${total} vragen beantwoord. De cijfers gaan over wat je hebt ingevuld.`,
  progressLine: (title: string, answered: number, total: number) => `${title}: ${answered} van ${total} beantwoord`,
  strengthsTitle: 'Dit gaat al goed',
  strengthTasks: 'Dit werk wordt meer, en je kunt het al goed:',
  strengthTasksMore: (more: number) => (more === 1 ? 'En nog 1 andere taak.' : `En nog ${more} andere taken.`),
  mindsetStrongestOne: (area: string) => `Je groeimindset is het sterkst bij ${area}.`,
  mindsetStrongestTie: (areas: string) => `Je groeimindset is even sterk bij ${areas}.`,
  strengthsNone: 'Vul de scan verder in. Dan zie je hier wat al goed gaat.',
  talkTitle: 'Drie dingen om te bespreken',
  pointSterk: 'Dit werk wordt meer, en je kunt het al goed:',
  pointSterkQuestion: 'Hoe kun je er meer mee doen?',
  pointDrijfverenQuestion: 'Welk werk dat meer wordt, past daarbij?',
  pointDrijfverenTasks: 'Kijk bijvoorbeeld naar:',
  pointMindsetQuestion: 'Hoe helpt dat bij nieuw werk?',
  pointKansen: 'Dit werk vind je leuk, of het lijkt je leuk:',
  pointKansenQuestion: 'Wat helpt je om het te leren?',
  pointGroeien: 'Dit werk wordt meer:',
  pointGroeienQuestion: 'Wat heb je nodig om het te leren?',
  pointNietLeuk: 'Dit kun je goed, maar je koos "Niet leuk":',
  pointNietLeukQuestion: 'Wat zou het leuker maken?',
  pointMinderMuch: 'Dit werk wordt minder en kost je nu veel tijd:',
  pointMinderPart: 'Dit werk wordt minder en kost je nu een deel van je tijd:',
  pointMinderQuestion: 'Wat komt ervoor in de plaats?',
  pointKrimp: (share: string) =>
    `Ongeveer ${share} van je tijd gaat naar werk dat minder wordt. Wat komt ervoor in de plaats?`,
  pointRichting: (chosen: string) => `Je koos in de scan: ${chosen}. Wat is een eerste stap?`,
  pointRichtingNone: 'Welke kant wil je op? Kijk naar de keuzes in de scan.',
  pointSteun: 'Wat heb je nodig om te groeien? Denk aan richting, ruimte en ruggensteun.',
  quoted: (label: string) => `"${label}"`,

  // What gives energy (R16): the top as tie groups
  topOne: (driver: string) => `Je krijgt de meeste energie van ${driver}.`,
  topTie: (drivers: string) => `Je krijgt evenveel energie van ${drivers}. Die staan samen bovenaan.`,
  topNextOne: (driver: string) => `Daarna komt ${driver}.`,
  topNextTie: (drivers: string) => `Daarna komen ${drivers}, even hoog.`,
  topAllEqual: 'Al deze onderwerpen staan even hoog. Er is dus geen top.',
  topNoneAbove: 'Geen onderwerp staat boven het midden. Er is dus geen top.',
  topDriversNone: 'Je hebt nog te weinig ingevuld om te laten zien wat je energie geeft.',

  // Work of tomorrow
  trendGroeit: 'Wordt meer',
  trendBlijft: 'Blijft gelijk',
  trendKrimpt: 'Wordt minder',
  workIntro: 'Je werk verandert. Sommige taken worden meer. Andere worden minder.',
  tasksAnswered: (answered: number, total: number) => `Je hebt ${answered} van de ${total} taken helemaal ingevuld.`,
  leftOut: (count: number) =>
    count === 1
      ? 'Bij 1 taak koos je "Komt bij ons niet voor of weet ik niet". Die taak telt nergens mee.'
      : `Bij ${count} taken koos je "Komt bij ons niet voor of weet ik niet". Die taken tellen nergens mee.`,
  leftOutTitle: 'Niet meegeteld',
  notDoneCount: (count: number, label: string) =>
    count === 1 ? `Bij 1 taak koos je "${label}".` : `Bij ${count} taken koos je "${label}".`,
  notDoneGrowing:
    'Bij taken die meer worden, vroegen we dan hoe leuk het je lijkt. En hoe goed je denkt dat je het kunt.',
  notDoneMarker: ' (doe je nu niet)',
  timeTitle: 'Hoe je tijd nu verdeeld is',
  timeIntro: 'Zo verdeel je nu ongeveer je tijd. Dit volgt uit je antwoorden bij "Hoeveel tijd kost dit je nu?".',
  timeAlt: (groeit: string, blijft: string, krimpt: string) =>
    `Staafdiagram van je tijd, ongeveer. Wordt meer: ${groeit}. Blijft gelijk: ${blijft}. Wordt minder: ${krimpt}.`,
  timeNone: 'Er is nog geen verdeling van je tijd. Kies daarvoor bij een taak "Weinig", "Een deel" of "Veel".',
  timeCaption: 'Je tijd per soort werk',
  colKind: 'Soort werk',
  colShare: 'Deel van je tijd (ongeveer)',
  colTaskCount: 'Aantal taken',
  tasksTitle: 'Al je taken',
  tasksCaption: 'Je taken en je antwoorden',
  colTask: 'Taak',
  taskCount: (count: number) => (count === 1 ? '1 taak' : `${count} taken`),
  colTime: 'Tijd nu',
  colLiking: 'Hoe leuk',
  colAbility: 'Hoe goed',
  newTask: 'nieuw',
  notAnswered: 'niet ingevuld',
  notAsked: 'niet gevraagd',
  listsTitle: 'Wat valt op?',
  listSterk: 'Hier ben je al sterk in',
  listSterkIntro: 'Werk dat meer wordt. Je doet het al en je kunt het goed.',
  listNietLeuk: 'Kun je al, maar vind je niet leuk',
  listNietLeukIntro: 'Werk dat meer wordt en dat je goed kunt. Je koos wel "Niet leuk". Wat maakt dit werk niet leuk?',
  listPassend: 'Past bij wat je energie geeft',
  listPassendIntro: 'Werk dat meer wordt en dat je leuk vindt. Het past bij wat je de meeste energie geeft.',
  listPassendNoTop: 'Er is geen top van wat je energie geeft. Daarom staat hier niets.',
  moreFitting: (count: number) =>
    count === 1
      ? 'Er past nog 1 taak. Die staat in de tabel hierboven.'
      : `Er passen nog ${count} taken. Die staan in de tabel hierboven.`,
  listKansen: 'Kansen om te groeien',
  listKansenIntro:
    'Werk dat meer wordt en dat je leuk vindt of leuk lijkt. Je kunt het nog niet goed, of je doet het nu niet.',
  listMinder: 'Werk dat minder wordt',
  listMinderIntro: 'Dit werk kost je nu tijd. Wat komt ervoor in de plaats?',
  minderMuch: 'Dit kost je nu veel tijd:',
  minderPart: 'Dit kost je nu een deel van je tijd:',
  fitsDrivers: (drivers: string) => `Past bij ${drivers}:`,
  andAlso: 'en bij',

  // Growth mindset
  mindsetIntro: 'Groeimindset betekent: je gelooft dat je kunt leren en beter worden. Dat helpt als je werk verandert.',
  mindsetOverall: 'In totaal',
  mindsetAreas: 'Per onderwerp',
  colArea: 'Onderwerp',
  mindsetNote: 'Een score is een foto van nu. Je mindset kan groeien, net als je kennis.',

  // Talent and motivation
  talentIntro: 'Wat geeft je energie in je werk? Hier zie je wat je koos.',
  driversTitle: 'Wat je energie geeft',
  driversAlt: (list: string) => `Webdiagram van wat je energie geeft, van 0 tot 100. ${list}.`,
  driversCaption: 'Wat je energie geeft',
  colDriver: 'Onderwerp',
  driverValue: (title: string, score: string) => `${title} ${score}`,
  profileIncomplete: 'Je hebt hier nog niet alles ingevuld. Zie dit als een eerste beeld.',
  profileScores: 'Je scores hierbij',
  helpsTitle: 'Dit helpt je bij leren',
  helpsLessTitle: 'Dit helpt je minder',
  otherScoresTitle: 'Andere scores',
  recommendationsTitle: 'Tips voor jou',

  // Conversation blocks (R18): never a number
  conversationTitle: 'Meegaan met de veranderingen',
  conversationIntro:
    'Hier staan je antwoorden over meegaan, steun en leren. Het zijn vragen voor het gesprek, geen uitslag.',
  countAgree: (answered: number) =>
    answered === 1
      ? 'Bij de zin hierover koos je een antwoord met "eens".'
      : answered === 2
        ? 'Bij beide zinnen hierover koos je een antwoord met "eens".'
        : `Bij alle ${answered} zinnen hierover koos je een antwoord met "eens".`,
  countDisagree: (disagree: number, answered: number) =>
    disagree < answered
      ? `Bij ${disagree} van de ${answered} zinnen hierover koos je een antwoord met "oneens".`
      : answered === 1
        ? 'Bij de zin hierover koos je een antwoord met "oneens".'
        : answered === 2
          ? 'Bij beide zinnen hierover koos je een antwoord met "oneens".'
          : `Bij alle ${answered} zinnen hierover koos je een antwoord met "oneens".`,
  colStatement: 'Zin',
  colYourAnswer: 'Jouw antwoord',
  supportNote: 'Dit gaat over wat je werkgever je geeft. Het zegt niets over wat jij kunt.',

  // Learning (R24): counts, no ranking, no percentages
  learningIntro: 'Hier staan de manieren van leren die je koos. Ze staan in de volgorde van de lijst.',
  learningChosen: (chosen: number) =>
    chosen === 1 ? 'Je koos 1 manier van leren.' : `Je koos ${chosen} manieren van leren.`,
  learningTop: 'Jouw keuzes',
  learningMix: 'Je keuzes per soort leren',
  learningMixCaption: 'Je keuzes per soort leren',
  colGroup: 'Soort leren',
  colCount: 'Jouw keuzes',
  colAvailable: 'In de lijst',
  learningGroupCount: (label: string, count: number, available: number) =>
    count === 1 ? `${label}: je koos er 1 van de ${available}.` : `${label}: je koos er ${count} van de ${available}.`,
  learningRule:
    'Een bekende vuistregel is 70-20-10. Die zegt: je leert het meest in de praktijk. Daarna van elkaar, en het minst op cursus.',
  learningListNote: (counts: string) =>
    `De lijst heeft niet evenveel keuzes per soort: ${counts}. Daarom geven we aantallen, geen procenten.`,
  learningNone: 'Je hebt nog geen manieren van leren gekozen.',

  // Conversation guide
  gesprekIntro: 'Neem deze vragen mee naar je gesprek. Je hoeft nog niet overal een antwoord op te hebben.',
  questionChange: 'Wat verandert er in je werk?',
  hintChange: (krimpt: string, groeit: string) =>
    `Nu gaat ongeveer ${krimpt} van je tijd naar werk dat minder wordt. Naar werk dat meer wordt gaat ongeveer ${groeit}.`,
  questionAsks: 'Wat vraagt dat van jou?',
  hintAsks: 'Denk aan werk dat je nog kunt leren:',
  hintAsksGeneral: 'Welke kennis en vaardigheden heb je straks nodig?',
  questionTwoYears: 'Waar wil je over twee jaar staan?',
  hintTwoYears: 'Wat wil je dan doen? En wat wil je dan kunnen?',
  questionOrganisation: 'Waar gaat de gemeente heen?',
  hintOrganisation: 'Vraag je leidinggevende wat er de komende jaren verandert.',
  questionDirection: 'Welke kant wil je op?',
  directionChosen: 'In de scan koos je:',
  directionNone: 'Je koos nog geen richting. Welke kant wil je op? Praat erover in het gesprek.',
  questionNeeds: 'Wat heb je nodig?',
  needRichting: 'Richting: weet je waar je werk en de gemeente heen gaan?',
  needRuimte: 'Ruimte: krijg je tijd en vrijheid om op jouw manier te leren?',
  needRuggensteun: 'Ruggensteun: ziet en waardeert iemand wat je doet om te leren?',
  ownWordsTitle: 'Wat je zelf schreef',

  // Development plan
  planIntro: 'Schrijf hier je plan op. Dat kan ook samen met je leidinggevende.',
  planSaved: 'Alles wat je typt, wordt meteen bewaard op dit apparaat.',
  goalsLabel: 'Mijn doelen',
  goalsHelp: 'Wat wil je leren of bereiken?',
  firstStepsLabel: 'Mijn eerste stappen',
  firstStepsHelp: 'Wat doe je als eerste? En wanneer?',
  supportLabel: 'Wat ik nodig heb',
  supportHelp: 'Welke hulp of tijd heb je nodig? En van wie?',
  nextTalkLabel: 'Wanneer praten we weer?',
  nextTalkHelp: 'Bijvoorbeeld een datum of een maand.',

  // How we calculate (R38)
  ...reportMethod,
  colWhat: 'Wat',

  // What changed
  changeIntro: (date: string) => `Je deed de scan eerder op ${date}. Hier zie je wat er sindsdien veranderd is.`,
  changeOtherRole: (role: string) => `Toen koos je ander werk: ${role}. Vergelijk de cijfers daarom voorzichtig.`,
  changeVersion: 'Sommige vragen zijn sindsdien aangepast. Ook daardoor kan een cijfer anders zijn.',
  changeCaptionWerk: 'Je werk toen en nu',
  changeCaptionGroeimindset: 'Je groeimindset toen en nu',
  changeCaptionTalent: 'Wat je energie geeft, toen en nu',
  colThen: 'Toen',
  colNow: 'Nu',
  colDifference: 'Verschil',
  rowMatch: 'Match met morgen',
  rowGroeit: 'Tijd in werk dat meer wordt (ongeveer)',
  rowKrimpt: 'Tijd in werk dat minder wordt (ongeveer)',
  diffUp: (value: string) => `${value} hoger`,
  diffDown: (value: string) => `${value} lager`,
  diffSame: 'gelijk',
  diffAboutUp: (value: string) => `ongeveer ${value} hoger`,
  diffAboutDown: (value: string) => `ongeveer ${value} lager`,
  diffAboutSame: 'ongeveer gelijk',
  diffUnknown: 'niet te vergelijken',
  changeTopDrivers: (before: string, now: string) => `Bovenaan stond toen: ${before}. Nu staat bovenaan: ${now}.`,
  changeTopDriversSame: (now: string) => `Bovenaan staat nog steeds: ${now}.`,
  changeNewStrong: 'Dit werk staat nu bij "Hier ben je al sterk in". Toen nog niet:',
} as const;
