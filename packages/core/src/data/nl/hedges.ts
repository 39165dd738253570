import type {HedgeEntry} from '../types.js'

/**
 * Dutch hedges and fillers that weaken a pitch ("eigenlijk", "een beetje", "proberen te"). The list and its
 * reasons are pitchlint's own (no public source is quoted); `source` says why each entry is listed.
 * Words are only listed when flagging them is right in a pitch almost always: "echt", "ergens" (somewhere),
 * "op zich" (as in "op zich nemen") and bare "redelijk" or "vrij" (a fair price, free) were left out.
 * `deletable` is true only when removing the words leaves a grammatical sentence in practically every use.
 * Dutch puts the verb second, so an adverb that often opens a clause is not deletable, even though the hedge
 * rule gives no fix at the very start of a sentence: after "en" or "maar" it still breaks the sentence
 * ("… en in principe werk ik op afspraak" → "… en werk ik op afspraak"). Hedges that only soften a word
 * ("best wel", "een beetje", "tamelijk") are deletable, and so is "eigenlijk", which in pitches mostly sits
 * inside the clause ("ik ben eigenlijk fotograaf"); the rare "… en eigenlijk is …" gets a wrong fix.
 * Forms are lower case; entries are sorted by first form.
 */
export const dutchHedges: readonly HedgeEntry[] = [
  {
    forms: ['aardig goed', 'redelijk goed', 'vrij goed'],
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
    forms: ['best wel'],
    deletable: true,
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
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['een soort van', 'soort van'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['een stuk of'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['eigenlijk'],
    deletable: true,
    source: 'filler: adds nothing',
  },
  {
    forms: ['en dergelijke'],
    deletable: false,
    replace: [],
    source: 'filler: vague end of a list',
  },
  {
    forms: ['enigszins', 'enigermate'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['enzovoort', 'enzovoorts'],
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
    forms: ['min of meer'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['misschien'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['mogelijkerwijs'],
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
    forms: ['pogen te', 'poog te', 'poogt te', 'poogde te', 'poogden te'],
    deletable: false,
    replace: [],
    source: 'hedge: promises only an attempt',
  },
  {
    forms: ['proberen te', 'probeer te', 'probeert te', 'probeerde te', 'probeerden te', 'geprobeerd te'],
    deletable: false,
    replace: [],
    source: 'hedge: promises only an attempt',
  },
  {
    forms: ['tamelijk'],
    deletable: true,
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['voor zover ik weet'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['waarschijnlijk'],
    deletable: false,
    replace: [],
    source: 'hedge: weakens the claim',
  },
  {
    forms: ['wellicht'],
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
