/**
 * Why a value is not a valid answer to its question: said in the scan, and for each answer in an
 * import file that does not fit. The kind modules (src/domain/kinds/) give these.
 */
export const answerChecks = {
  statementOutOfRange: (points: number) => `Het antwoord moet een heel getal van 1 tot en met ${points} zijn.`,
  notAnOption: 'Het antwoord is geen van de opties.',
  notAnOptionList: 'Het antwoord moet een lijst met opties zijn.',
  optionTwiceInAnswer: 'Een optie staat twee keer in het antwoord.',
  unknownOptionInAnswer: 'Het antwoord bevat een onbekende optie.',
  chooseAtMost: (max: number) => `Kies er hoogstens ${max}.`,
  notText: 'Het antwoord moet tekst zijn.',
  answerTextTooLong: (max: number) => `De tekst is langer dan ${max} tekens.`,
  taskAnswerShape: 'Het antwoord op een taak past niet. Het kan alleen gaan over tijd, hoe leuk en hoe goed.',
  unknownTaskPart: (key: string) => `Onbekend deel "${key}" in het antwoord.`,
  taskValueUnknown: (key: string) => `De waarde bij "${key}" is geen van de antwoorden.`,
};
