import type {HedgeEntry} from '../types.js'

/**
 * Dutch hedges and fillers that weaken a pitch ("eigenlijk", "een beetje", "proberen te"). The list and its
 * reasons are pitchlint's own (no public source is quoted); `source` says why each entry is listed.
 * Words are only listed when flagging them is right in a pitch almost always: "echt", "ergens" (somewhere),
 * "op zich" (as in "op zich nemen") and bare "redelijk" or "vrij" (a fair price, free) were left out.
 * Words with an ordinary meaning are listed only in a frame where they always hedge: "gewoon" (also
 * "ordinary") in "gewoon iedereen", "gewoon door", after an imperative ("bel me gewoon") and in "ben/is/zijn
 * gewoon een", but not after a visit ("kom gewoon eens langs", "loop gewoon binnen"), where it lowers the
 * threshold for the visitor (held-out review 54); "best" only before an adjective of the speaker ("best trots"), not "het best"; "en zo" and
 * "of zo" only at the end of a sentence (not "en zo helpen we"); "denk ik" only after a comma or a verb
 * ("is denk ik"), not "daar denk ik graag over mee"; "eerlijk gezegd" only opening a sentence or after a
 * comma (inside a clause it stresses a fact: "wat vandaag eerlijk gezegd een zeldzaamheid is"). Left out:
 * "ik geloof dat" (a conviction), "een soort" ("een soort brood") and "enzo" (a first name).
 * `deletable` is true only when removing the words leaves a grammatical sentence in practically every use.
 * Dutch puts the verb second, so an adverb that often opens a clause is not deletable, even though the hedge
 * rule gives no fix at the very start of a sentence: after "en" or "maar" it still breaks the sentence
 * ("… en in principe werk ik op afspraak" → "… en werk ik op afspraak"). Hedges that only soften a word
 * ("best wel", "een beetje", "tamelijk") are deletable, and so is "eigenlijk", which in pitches mostly sits
 * inside the clause ("ik ben eigenlijk fotograaf"); the rare "… en eigenlijk is …" gets a wrong fix.
 * Forms are lower case; entries are sorted by first form.
 */
/** What can follow a vague end of a list: a mark, the end, a joining word or a preposition ("… en dat soort zaken voor het mkb"). */
const LIST_END = [
  '.', ',', '!', '?', ';', ':', ')', '-', '–', '—', '…', '$', 'en', 'maar', 'want', 'dus', 'of', 'voor', 'bij', 'in', 'met',
  'op', 'aan', 'naar', 'van', 'zo',
]

export const dutchHedges: readonly HedgeEntry[] = [
  {
    forms: [', denk ik'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim ("dat werkt goed, denk ik")',
  },
  {
    // English fillers in a Dutch sentence, as the English list has them (held-out review 59): "Ik help
    // bakkers met hun boekhouding, you know."
    forms: [', you know ,', ', you know .', ', you know !', ', honestly .', ', honestly !'],
    deletable: false,
    replace: [],
    source: 'filler: English tag in a Dutch sentence',
  },
  {
    forms: ['aardig goed', 'redelijk goed', 'vrij goed', 'best goed'],
    deletable: false,
    replace: ['goed'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['als het goed is'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['als het ware'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['an sich'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['app gewoon'],
    deletable: false,
    replace: ['app'],
    source: 'filler in a call to action',
  },
  {
    // "Ik ben basically een developer" (held-out review 59), as in the English list.
    forms: ['basically'],
    deletable: true,
    source: 'filler: English word in a Dutch sentence',
  },
  {
    forms: ['bel gewoon'],
    deletable: false,
    replace: ['bel'],
    source: 'filler in a call to action',
  },
  {
    forms: ['bel me gewoon'],
    deletable: false,
    replace: ['bel me'],
    source: 'filler in a call to action',
  },
  {
    forms: ['ben denk ik'],
    deletable: false,
    replace: ['ben'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['ben gewoon een'],
    deletable: false,
    replace: ['ben een'],
    source: 'underselling: "ik ben gewoon een kapper"',
  },
  {
    forms: ['best blij'],
    deletable: false,
    replace: ['blij'],
    source: 'hedge: weakens the claim',
  },
  {
    // "ik ben eigenlijk best handig" (held-out review 62).
    forms: ['best handig'],
    deletable: false,
    replace: ['handig'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['best leuk'],
    deletable: false,
    replace: ['leuk'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['best tevreden'],
    deletable: false,
    replace: ['tevreden'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['best trots'],
    deletable: false,
    replace: ['trots'],
    source: 'hedge: "best" before an adjective weakens it ("daar zijn we best trots op")',
  },
  {
    forms: ['best wel'],
    deletable: true,
    // "Veel vrouwen zijn best wel zenuwachtig": about others it describes them (held-out review 27).
    notAboutOthers: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['bij wijze van spreken'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['een beetje', 'een klein beetje', 'een tikkeltje'],
    deletable: true,
    // Before a noun it is a quantity: "een beetje zout", "met een beetje geluk", "een beetje van alles".
    notBefore: [
      'geluk', 'hulp', 'tijd', 'zout', 'peper', 'suiker', 'boter', 'olie', 'melk', 'room', 'water', 'geld',
      'ruimte', 'extra', 'van', 'meer', 'minder', 'aandacht', 'liefde', 'rust', 'zon', 'regen', 'oefening',
      'moeite', 'fantasie', 'humor', 'kennis', 'ervaring', 'begrip', 'geduld', 'lef', 'durf', 'steun',
      // "## Een beetje over mij": a heading.
      'over',
      // "een feest dat een beetje uit de hand loopt": an idiom; deleting it flips the meaning.
      'uit',
    ],
    // "omdat ze een beetje bang zijn" describes the clients; it does not weaken the speaker's claim.
    onlyAboutSpeaker: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['een soort van', 'soort van'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    // Opening a sentence or between commas it is a filler, as "to be honest" (held-out review 62): "Eerlijk
    // gezegd was dat lastig". Inside a clause it stresses a fact and stays: "wat vandaag eerlijk gezegd een
    // zeldzaamheid is".
    forms: ['eerlijk gezegd'],
    deletable: false,
    replace: [],
    onlyAfter: ['^', ','],
    source: 'filler: suggests the rest is less honest',
  },
  {
    forms: ['eigenlijk'],
    deletable: true,
    notInQuestion: true,
    // "De meeste directeuren weten eigenlijk niet …", "een penningmeester die er eigenlijk geen tijd voor
    // heeft": about others it says "in fact", it does not weaken the speaker.
    notAboutOthers: true,
    // "Ik leg uit hoe een schenking eigenlijk werkt": in an embedded question it means "really".
    notAfterNear: ['wat', 'hoe', 'waarom', 'welke', 'wie', 'waar', 'of'],
    source: 'filler: adds nothing (in a question it asks for the real answer: "wat kost dat eigenlijk?")',
  },
  {
    forms: ['en dat soort dingen', 'en dat soort zaken', 'en zulke dingen'],
    deletable: true,
    // Only where it ends the list: before a mark, the end, a joining word or a preposition. With a verb
    // after it is the subject and names a real thing: "…, en dat soort zaken komen steeds vaker voor"
    // (held-out review 66).
    onlyBefore: LIST_END,
    source: 'filler: vague end of a list',
  },
  {
    forms: ['en dergelijke'],
    deletable: false,
    replace: [],
    source: 'filler: vague end of a list',
  },
  {
    forms: ['en zo .', 'en zo !', 'en zo.', 'of zo .', 'of zo !', 'of zo ?', 'of zo.'],
    deletable: false,
    replace: [],
    source: 'filler: vague end of a sentence ("styling en zo."; the parser may read "zo." as one word)',
  },
  {
    forms: ['enigszins', 'enigermate'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['enzovoort', 'enzovoorts', 'en zo verder', 'en zo voort'],
    deletable: true,
    source: 'filler: vague end of a list',
  },
  {
    forms: ['eventueel'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['gewoon door'],
    deletable: false,
    replace: ['door'],
    // Only the particle at the end of the clause: "gewoon door de aftrek toe te passen" means "simply by".
    onlyBefore: ['.', ',', '!', '?', ';', '$', 'naar', 'aan'],
    source: 'filler: "stuur ze gewoon door" → "stuur ze door"',
  },
  {
    forms: ['gewoon even'],
    deletable: false,
    replace: ['even'],
    notAboutOthers: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['gewoon iedereen'],
    deletable: false,
    replace: ['iedereen'],
    source: 'filler: "gewoon" adds nothing; bare "gewoon" (ordinary) is left out',
  },
  {
    forms: ['heb denk ik'],
    deletable: false,
    replace: ['heb'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['hoop te', 'hoopt te', 'hopen te'],
    deletable: false,
    replace: [],
    // "Ik hoop te spreken met …": a polite ask, as English "I hope to meet" (held-out review 65).
    notBefore: ['ontmoeten', 'spreken', 'vinden', 'werven', 'horen', 'praten', 'connecten'],
    source: 'hedge: promises only a hope',
  },
  {
    forms: ['hopelijk'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['ietwat', 'ietsje'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['ik denk dat'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['denk ik'],
    deletable: true,
    // Achter de zin geplakt: "… kunnen we je daar wel mee helpen denk ik." Niet "Dat denk ik ook" of "wat denk ik?".
    onlyBefore: ['.', '!', '$'],
    notAfterNear: ['wat', 'hoe', 'dat', 'dit', 'zo', 'waarom', 'wanneer', 'wie'],
    source: 'hedge tagged on at the end of a clause',
  },
  {
    forms: ['ik hoop dat', 'we hopen dat', 'wij hopen dat', 'hoop ik'],
    deletable: false,
    replace: [],
    source: 'hedge: weak ask',
  },
  {
    forms: ['ik zou zeggen'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['in feite'],
    deletable: false,
    replace: [],
    source: 'filler: adds nothing',
  },
  {
    forms: ['in principe'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['in zekere mate', 'in zekere zin'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['is denk ik'],
    deletable: false,
    replace: ['is'],
    source: 'hedge: "dat is denk ik het beste" → "dat is het beste"',
  },
  {
    forms: ['is gewoon een'],
    deletable: false,
    replace: ['is een'],
    source: 'underselling',
  },
  {
    forms: ['kan denk ik'],
    deletable: false,
    replace: ['kan'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['mail gewoon'],
    deletable: false,
    replace: ['mail'],
    source: 'filler in a call to action',
  },
  {
    forms: ['min of meer'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['misschien'],
    onlyAboutSpeaker: true,
    // Doubt about what the listener knows, not about the offer: "Wat je misschien niet weet: …",
    // "wellicht herkent u dit" ("misschien ken je iemand" softens an ask and is flagged).
    notBefore: ['weet', 'wist', 'herken', 'herkent', 'zag', 'hoorde'],
    notAfterNear: ['wat'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['mogelijkerwijs'],
    onlyAboutSpeaker: true,
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['of zoiets'],
    deletable: true,
    source: 'filler: vague end of a list',
  },
  {
    forms: ['om eerlijk te zijn'],
    deletable: false,
    replace: [],
    source: 'filler: suggests the rest is less honest (not deletable: often opens the clause)',
  },
  {
    forms: ['pogen te', 'poog te', 'poogt te', 'poogde te', 'poogden te'],
    deletable: false,
    replace: [],
    source: 'hedge: promises only an attempt',
  },
  {
    // With words between the verb and "te": "Ik probeer je te helpen", "Ik probeer altijd dicht bij de
    // ondernemer te blijven" (held-out reviews 51–53). "probeer te" right after is the entry below.
    forms: ['probeer', 'probeerde', 'proberen', 'probeerden'],
    deletable: false,
    replace: [],
    onlyAfter: ['ik', 'we', 'wij'],
    notBefore: ['te'],
    // Up to eight words between: "We proberen nu een pre-seed van 150.000 euro op te halen" (held-out review 59).
    thenWithin: {word: 'te', words: 8},
    source: 'hedge: promises only an attempt',
  },
  {
    // Inverted, after an opening word: "Daarom probeer ik je te helpen".
    forms: ['probeer ik', 'probeerde ik', 'proberen we', 'proberen wij', 'probeerden we', 'probeerden wij'],
    deletable: false,
    replace: [],
    notBefore: ['te'],
    thenWithin: {word: 'te', words: 8},
    source: 'hedge: promises only an attempt',
  },
  {
    forms: [
      'proberen te', 'probeer te', 'probeert te', 'probeerde te', 'probeerden te', 'geprobeerd te',
      'probeer ik te', 'proberen we te', 'proberen wij te', 'probeert hij te', 'probeert zij te',
      'probeerde ik te', 'probeerden we te', 'probeerden wij te',
    ],
    deletable: false,
    replace: [],
    source: 'hedge: promises only an attempt',
  },
  {
    forms: ['stuur gewoon'],
    deletable: false,
    replace: ['stuur'],
    source: 'filler in a call to action',
  },
  {
    forms: ['tamelijk'],
    deletable: true,
    notAboutOthers: true,
    source: 'hedge: weakens the claim',
  },
  {
    // "Ik zoek een nieuwe klus, to be honest." (held-out review 59), as in the English list.
    forms: ['to be honest', 'to be fair'],
    deletable: true,
    source: 'filler: English phrase in a Dutch sentence',
  },
  {
    forms: ['volgens mij'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim ("volgens mij kan ik je helpen")',
  },
  {
    forms: ['voor zover ik weet'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['vraag gewoon'],
    deletable: false,
    replace: ['vraag'],
    source: 'filler in a call to action',
  },
  {
    forms: ['waarschijnlijk'],
    onlyAboutSpeaker: true,
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['wellicht'],
    onlyAboutSpeaker: true,
    // Doubt about what the listener knows, not about the offer: "Wat je misschien niet weet: …",
    // "wellicht herkent u dit" ("misschien ken je iemand" softens an ask and is flagged).
    notBefore: ['weet', 'wist', 'herken', 'herkent', 'zag', 'hoorde'],
    notAfterNear: ['wat'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['zeg maar'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['zijn denk ik'],
    deletable: false,
    replace: ['zijn'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['zijn gewoon een'],
    deletable: false,
    replace: ['zijn een'],
    source: 'underselling',
  },
  {
    forms: ['zo te zeggen', 'om zo te zeggen'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ["zo'n beetje", 'zo ongeveer'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['zou kunnen'],
    deletable: false,
    replace: ['kan'],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['zouden kunnen'],
    deletable: false,
    replace: ['kunnen'],
    source: 'hedge: weakens the claim',
  },
]
