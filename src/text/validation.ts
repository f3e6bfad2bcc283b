/**
 * Messages about a questionnaire file that does not fit the format, read by the HR adviser who
 * edits it (each shown with its JSON path), and on the screen that lists problems.
 *
 * Only the lazy validation code imports this module (format.ts, validate.ts); the kind modules,
 * which the first screen loads too, get it from format.ts as a parameter (kinds/kind.ts).
 */

// Fields of a questionnaire file.
export const idPattern = 'Gebruik alleen kleine letters, cijfers en streepjes (zoals "taak-1").';
export const textEmpty = 'Deze tekst mag niet leeg zijn.';
export const textTooLong = (max: number) => `Deze tekst is te lang (meer dan ${max} tekens).`;
export const sourceLines = 'Schrijf regels als "12" of "12-30" of "12-30, 40".';
export const scaleTooFewLabels = 'Een schaal heeft minstens 2 antwoorden.';
export const choiceTooFewOptions = 'Een keuzevraag heeft minstens 2 opties.';
export const sectionTooFewItems = 'Een deel heeft minstens 1 vraag.';
export const sectionTooManyItems = (max: number) =>
  `Een deel heeft hoogstens ${max} vragen. Verdeel de vragen over meer delen.`;
export const scoreTooFewItems = 'Een score heeft minstens 1 vraag.';
export const schemaVersionOne = 'schemaVersion moet 1 zijn.';
export const questionnaireTooFewSections = 'Een vragenlijst heeft minstens 1 deel.';
export const indexFileName = 'Een bestandsnaam is zoals "groeimindset.json".';

// Rules across the fields of one questionnaire.
export const sectionIdTwice = (id: string) => `Het deel-id "${id}" komt twee keer voor.`;
export const itemIdTwice = (id: string) => `Het vraag-id "${id}" komt twee keer voor.`;
export const optionIdTwice = (id: string) => `Het optie-id "${id}" komt twee keer voor.`;
export const answerScaleTwice = (id: string) => `De antwoordschaal "${id}" komt twee keer voor.`;
export const answerScaleMissing = (id: string) => `De antwoordschaal "${id}" bestaat niet in answerScales.`;
export const taskNeedsTaskQuestions = 'Een taak vraagt om taskQuestions in deze vragenlijst.';
export const minAboveMax = (min: number, max: number) => `min (${min}) is groter dan max (${max}).`;
export const maxAboveOptions = (max: number, options: number) =>
  `max (${max}) is groter dan het aantal opties (${options}).`;
export const taskValueTwice = 'Twee antwoorden hebben dezelfde waarde.';
export const idInUse = (id: string) => `Het id "${id}" wordt al gebruikt.`;
export const itemMissing = (id: string) => `De vraag "${id}" bestaat niet.`;
export const scoreCountsStatements = (id: string) =>
  `De vraag "${id}" is geen stelling. Een score telt alleen stellingen.`;
export const itemTwiceInScore = (id: string) => `De vraag "${id}" staat twee keer in deze score.`;
export const sumNeedsOneScale = 'Bij een som moeten alle vragen dezelfde antwoordschaal hebben.';
export const singleChoiceMissing = (id: string) => `De keuzevraag "${id}" bestaat niet.`;
export const multiChoiceMissing = (id: string) => `De meerkeuzevraag "${id}" bestaat niet.`;
export const groupNotInTally = (group: string, option: string) =>
  `De groep "${group}" van optie "${option}" staat niet in deze telling.`;
export const profileIdTwice = 'Twee profielen hebben hetzelfde id.';
export const profileMissing = (id: string) => `Het profiel "${id}" bestaat niet.`;
export const packNeedsTask = 'Een takenpakket heeft minstens 1 taak.';
export const packNeedsTaskShift = 'Een takenpakket heeft scoring.taskShift nodig.';
export const packNeedsRole = 'Een takenpakket heeft een rol nodig, zoals "Burgerzaken".';
export const packHasNoReportPart = 'Een takenpakket vult het deel "werk"; laat reportPart weg.';
export const directionItemMissing = (id: string) => `De keuzevraag "${id}" bestaat niet.`;
export const tasksOnlyInPack = 'Taken horen in een takenpakket (kind "takenpakket").';
export const weightsNot100 = (sum: number) => `De gewichten tellen op tot ${sum}, niet tot 100.`;
export const notATaskAnswer = (value: number, key: string) =>
  `De waarde ${value} is geen antwoord op de vraag "${key}".`;
export const timeFlagTwice = (flag: string) => `Hoogstens één antwoord bij tijd mag "${flag}" hebben.`;
export const timeFlagsTogether = 'Een antwoord kan niet tegelijk "notDone" en "leavesOut" hebben.';
export const leavesOutIsMuchTime = (value: number) =>
  `muchTimeFrom (${value}) is het antwoord met "leavesOut". Kies een antwoord dat tijd kost.`;
export const muchTimeFlagged = (value: number) =>
  `muchTimeFrom (${value}) is een antwoord met "notDone" of "leavesOut". Kies een antwoord dat tijd kost.`;
export const trendTwice = (trend: string) => `De trend "${trend}" staat twee keer in trends.`;
export const conversationNeedsStatements = (id: string) =>
  `De vraag "${id}" is omgekeerd gesteld. Een score met "conversation" telt alleen zinnen zonder "reverse".`;
export const scoreMissing = (id: string) => `De score "${id}" bestaat niet.`;
export const atLeastOrBelow = 'Geef atLeast of below (of beide).';
export const atLeastBelowOrder = (atLeast: number, below: number) =>
  `atLeast (${atLeast}) moet kleiner zijn dan below (${below}).`;
export const optionMissing = (option: string, item: string) => `De optie "${option}" bestaat niet bij vraag "${item}".`;
export const bandMinMax = (min: number, max: number) => `min (${min}) moet kleiner zijn dan max (${max}).`;
export const lowestBand = (min: number) => `De laagste band begint bij ${min}, niet bij 0.`;
export const highestBand = (max: number) => `De hoogste band eindigt bij ${max}, niet bij 100.`;
export const bandGap = (from: number, to: number) => `Er zit een gat tussen ${from} en ${to}.`;
export const bandOverlap = (min: number, previousMax: number) =>
  `Deze band overlapt met de band ervoor (${min} is kleiner dan ${previousMax}).`;

// Rules across files and of the folder as a whole.
export const notJson = (where: string) => `Dit bestand is geen geldige JSON.${where}`;
export const notJsonWhere = (line: number, column: number) => ` Kijk bij regel ${line}, teken ${column}.`;
export const tooDeep = (max: number) =>
  `Hier zitten te veel lagen in elkaar (meer dan ${max}). Maak dit deel eenvoudiger.`;
export const idAlsoIn = (id: string, file: string) => `Het id "${id}" staat ook in ${file}.`;
export const questionnaireMissing = (id: string) => `De vragenlijst "${id}" bestaat niet.`;
export const driverMissing = (tag: string, questionnaire: string) =>
  `De drijfveer "${tag}" bestaat niet in ${questionnaire}.`;
export const folderWithoutPack =
  'Hier staat geen takenpakket (kind "takenpakket"). Zonder takenpakket kan niemand een scan starten.';
export const folderWithoutGeneral =
  'Hier staat geen vragenlijst voor iedereen (kind "vragenlijst"). Elke scan heeft er minstens één nodig.';

// zod's own checks, in plain words.
export const typeNames: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst [ ]',
  object: 'een object { }',
  undefined: 'niets',
  null: 'null',
  bigint: 'een getal',
};
export const somethingElse = 'iets anders';
export const fieldMissing = 'Dit veld ontbreekt.';
export const wrongType = (expected: string, found: string) => `Hier hoort ${expected}, maar er staat ${found}.`;
/** `keys` are the field names, each in quotes, joined by ", ". */
export const unknownField = (keys: string) => `Onbekend veld ${keys}. Controleer de spelling of haal het weg.`;
/** `choices` are the allowed values as JSON, joined by ", ". */
export const chooseFrom = (choices: string) => `Deze waarde kan niet. Kies uit: ${choices}.`;
export const listTooShort = (min: number) =>
  `Deze lijst moet minstens ${min} ${min === 1 ? 'onderdeel' : 'onderdelen'} hebben.`;
export const textTooShort = (min: number) => `Deze tekst moet minstens ${min} tekens hebben.`;
export const numberAtLeast = (min: number) => `Dit getal moet minstens ${min} zijn.`;
export const numberAbove = (min: number) => `Dit getal moet groter dan ${min} zijn.`;
export const listTooLong = (max: number) =>
  `Deze lijst mag hoogstens ${max} ${max === 1 ? 'onderdeel' : 'onderdelen'} hebben.`;
export const textTooLongChars = (max: number) => `Deze tekst mag hoogstens ${max} tekens hebben.`;
export const numberAtMost = (max: number) => `Dit getal mag hoogstens ${max} zijn.`;
export const numberBelow = (max: number) => `Dit getal mag niet meer dan ${max} zijn.`;
export const wrongFormat = 'Deze tekst heeft niet de juiste vorm.';
export const noMatchingShape = 'Dit onderdeel past bij geen enkele toegestane vorm.';
export const notMultipleOf = (divisor: number) => `Dit getal moet een veelvoud van ${divisor} zijn.`;
export const valueNotRight = 'Deze waarde is niet goed.';

// Field descriptions in the JSON Schema (questionnaires/schema.json): an editor shows them while
// the HR adviser types.
export const aboutSourceFile = 'Bestand waar de inhoud vandaan komt, bijvoorbeeld 000_11297a6e74683ef9.txt.';
export const aboutSourceLines = 'Regelnummers in dat bestand, zoals "223-249".';
export const aboutSourceNote = 'Korte toelichting, bijvoorbeeld "aangevuld uit seed 001".';
export const aboutOptionGroup = 'Groep voor telling, zoals "70", "20" of "10".';
export const aboutReportPart =
  'Het deel van het rapport: "groeimindset" of "talent" (talent en motivatie, met de drijfveren).';
export const aboutDirectionItem = 'Id van de keuzevraag naar de richting die iemand op wil.';
export const aboutTimeWeight = 'Hoeveel tijd dit antwoord ongeveer betekent, in delen.';
export const aboutScaleGroup = 'Bijvoorbeeld "drijfveer" of "mindset-gebied".';
export const aboutStatementScale = 'Id van een antwoordschaal in answerScales.';
export const aboutTaskName = 'De taak, kort en herkenbaar.';
export const aboutNotDone = 'Dit antwoord betekent: ik doe deze taak nu niet. Hoogstens één antwoord.';
export const aboutLeavesOut =
  'Dit antwoord betekent: deze taak komt bij ons niet voor, of ik weet het niet. De taak telt dan nergens mee.';
export const aboutTrends = 'Bij taken met deze trends stellen we de vraag. Zonder trends: bij elke taak.';
export const aboutWhenNotDone = 'De vraag als iemand de taak nu niet doet, zoals "Hoe leuk lijkt het je?".';
export const aboutConversation =
  'Vragen voor het gesprek, in plaats van een cijfer. De eerste als iemand het eens is. De tweede als niet.';
export const aboutFitsAtMost = 'Hoeveel taken hoogstens in de lijst "Past bij wat je energie geeft" staan.';
export const aboutEstimatedMinutes = 'Wordt niet meer gebruikt. De app rekent de tijd zelf uit.';
export const aboutTaskTags = 'Ids van drijfveren waar deze taak op aansluit.';
export const aboutTextOptional = 'Open vragen zijn altijd vrijwillig.';

// The scoring engine, for a file that passed validation but still cannot be scored.
export const profileWithoutOptions = (id: string) => `Profiel "${id}" heeft geen opties.`;
