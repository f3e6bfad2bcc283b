/**
 * Texts of "Zo rekenen we", the part of the report that explains every figure and list. B1 Dutch,
 * "je"-form, short sentences. Spread into `report` (report.ts), so the report reads them as one.
 */
export const reportMethod = {
  methodIntro: 'Hier lees je hoe we elk cijfer en elke lijst maken. Alles komt uit je eigen antwoorden.',
  methodRounding: 'Cijfers gaan van 0 tot 100. We ronden af op hele getallen.',
  methodCountedTitle: 'Welke taken tellen mee',
  methodCounted: [
    'Koos je "Komt bij ons niet voor of weet ik niet"? Dan telt die taak nergens mee.',
    'Ook niet als nul. Het cijfer gaat dan over de andere taken.',
    'Koos je "Doe ik nu niet"? Dan kost die taak je nu geen tijd.',
    'Bij taken die meer worden, vroegen we dan hoe leuk het je lijkt. En hoe goed je denkt dat je het kunt.',
    'Die antwoorden tellen mee. In de lijsten staat er "doe je nu niet" achter.',
    'Bij taken die gelijk blijven of minder worden, vroegen we alleen naar je tijd.',
  ],
  methodTimeTitle: 'Je tijd',
  methodTime: 'Elk antwoord bij tijd telt als een aantal punten:',
  methodTimeOption: (label: string, points: number) =>
    points === 1 ? `${label}: 1 punt` : `${label}: ${points} punten`,
  methodTimeSum: 'We tellen de punten op per soort werk. Daarna rekenen we dat om naar procenten.',
  methodTimeRounding: 'Je antwoorden zijn een schatting. Daarom ronden we af op 5 en schrijven we "ongeveer".',
  methodMatchTitle: 'Je match met morgen',
  methodMatchOnlyGrowing: 'Dit cijfer gaat alleen over taken die meer worden. Het heeft drie onderdelen.',
  methodMatchLiking: (question: string, lowest: string, highest: string) => [
    `Hoe leuk: je antwoord bij "${question}".`,
    `"${lowest}" telt als 0, "${highest}" als 100.`,
  ],
  methodMatchAbility: (question: string, lowest: string, highest: string) => [
    `Hoe goed: je antwoord bij "${question}".`,
    `"${lowest}" telt als 0, "${highest}" als 100.`,
  ],
  methodMatchWeight: (weight: number) => `Dit onderdeel telt voor ${weight}%.`,
  methodMatchExpected: 'Bij taken die je nu niet doet, telt wat je verwacht.',
  methodMatchTime: (weight: number) =>
    `Tijd: hoeveel van je tijd nu naar werk gaat dat meer wordt. Dit onderdeel telt voor ${weight}%.`,
  methodMatchYours: (liking: string, ability: string, time: string, score: string) =>
    `Jouw onderdelen: hoe leuk ${liking}, hoe goed ${ability}, tijd ${time}. Samen geeft dat ${score}.`,
  methodMatchMissing: 'Heb je een onderdeel nog niet ingevuld? Dan tellen de andere zwaarder.',
  methodMatchOwnChoice: (weights: string) =>
    `De verdeling ${weights} is onze eigen keuze. Er bestaat geen officiële norm voor.`,
  methodListsTitle: 'De lijsten bij je taken',
  methodSterk: (able: string, highest: string) =>
    `Sterk: werk dat meer wordt, dat je al doet. Bij hoe goed koos je "${able}" of "${highest}".`,
  methodSterkLiking: (lowest: string) => `En bij hoe leuk koos je niet "${lowest}".`,
  methodNietLeuk: (lowest: string) => `Kun je al, maar vind je niet leuk: hetzelfde, maar je koos wel "${lowest}".`,
  methodKansen: (liked: string, highest: string) =>
    `Kansen: werk dat meer wordt, waarbij je "${liked}" of "${highest}" koos.`,
  methodKansenMore: 'Je kunt het nog niet goed, of je doet het nu niet.',
  methodPassend: 'Past bij wat je energie geeft: werk dat je leuk vindt. Het past bij je top.',
  methodPassendMost: (count: number) =>
    `We laten er hoogstens ${count} zien. Taken die bij meer van je top passen, staan eerst.`,
  methodMinder: (labels: string) => `Werk dat minder wordt: taken waarbij je ${labels} koos bij tijd.`,
  methodNeverLowest: (lowest: string) =>
    `Een taak met "${lowest}" staat nooit in een lijst met sterke kanten of kansen.`,
  methodEnergyTitle: 'Wat je energie geeft',
  methodEnergy: [
    'Bij elk onderwerp nemen we het gemiddelde van drie zinnen. Dat zetten we om naar 0 tot 100.',
    'Bij één zin per onderwerp telt "oneens" juist hoog.',
    'Je top: de onderwerpen met de hoogste score, boven de 50.',
    '50 is het midden. Daarboven koos je gemiddeld meer "eens" dan "oneens".',
    'We nemen er minstens drie. Staan er onderwerpen even hoog? Dan nemen we ze allemaal.',
    'Staan alle onderwerpen even hoog? Dan is er geen top.',
  ],
  methodConversationTitle: 'Meegaan, steun en leren',
  methodConversation: [
    'Hier geven we geen cijfer. We tellen hoe vaak je een antwoord met "oneens" koos.',
    'Dat zijn "Een beetje oneens", "Oneens" en "Helemaal oneens".',
    'Koos je dat minstens één keer? Dan zetten we er een vraag voor het gesprek bij.',
    'De zinnen over tijd en hulp gaan over je werkgever. Niet over wat jij kunt.',
  ],
  methodMindsetStrongest: 'Je sterkste punt noemen we alleen als de score boven de 50 is.',
  methodLearningTitle: 'Hoe je graag leert',
  methodLearning: 'We tellen je keuzes per soort leren. We maken er geen procenten van.',
  methodLearningGroup: (label: string, available: number) =>
    available === 1
      ? `Bij ${label} staat 1 manier in de lijst.`
      : `Bij ${label} staan ${available} manieren in de lijst.`,
  methodLearningWhy: 'Daardoor zou een verdeling in procenten vooral iets over de lijst zeggen.',
  methodLearningOrder: 'Je keuzes staan in de volgorde van de lijst. Het is geen rangorde.',
  methodDurationTitle: 'Hoe lang de scan duurt',
  methodDuration: [
    'We schatten de tijd zo: lezen kost een minuut per 180 woorden.',
    'Elk antwoord kost 3 seconden. Elk scherm kost nog 5 seconden.',
  ],
  methodScalesTitle: 'Je scores, profielen en keuzes',
  methodScalesIntro: 'Bij elke score nemen we het gemiddelde van je antwoorden. Dat zetten we om naar 0 tot 100.',
  methodScalesReversed: 'Sommige zinnen tellen andersom. Daar geeft oneens juist een hoge score.',
  methodAreasTitle: 'Groeimindset per onderwerp',
  methodDriversTitle: 'Wat je energie geeft',
  methodCovers: 'Dit gaat over:',
  methodRuleMean: (statements: number) =>
    statements === 1 ? 'Elke score komt uit 1 zin.' : `Elke score is het gemiddelde van ${statements} zinnen.`,
  methodRuleSum: (statements: number) => `Elke score telt je antwoorden op ${statements} zinnen op.`,
  methodRuleReversed: (reversed: number) =>
    reversed === 1
      ? 'Bij 1 van die zinnen telt "oneens" juist hoog.'
      : `Bij ${reversed} van die zinnen telt "oneens" juist hoog.`,
  methodScaleStatements: (statements: number) => (statements === 1 ? '1 zin' : `${statements} zinnen`),
  methodScaleSum: 'Deze score telt je antwoorden op.',
  methodNoteSum: 'opgeteld',
  methodReversed: (count: number) => `${count} andersom`,
  methodAnswered: (answered: number, total: number) => `${answered} van ${total} vragen beantwoord`,
} as const;
