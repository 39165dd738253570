import type {HedgeEntry} from '../types.js'

/**
 * English hedges and fillers that make a pitch sound unsure. pitchlint's own list, built from common
 * plain-writing advice (cut hedges, intensifiers and throat-clearing) and checked for false alarms:
 * - words with an ordinary meaning are listed only inside a frame where they always hedge: "just",
 *   "kind of", "sort of" and "more or less" only after a form of "to be" ("I'm just a …", "is kind of",
 *   "it's more or less done"; not "just opened", "just in time", "the kind of clients", "more or less
 *   staff"); "try to" only with "I"/"we" (not "people trying to sell their home"); "I think" only
 *   before a that-clause or a subject;
 * - left out on purpose: bare "just", "kind of", "sort of", "quite" ("quite a few" means many),
 *   "fairly" ("fairly priced"), "in a way" ("in a way that …"), "you know" ("if you know someone"),
 *   "rather" ("rather than"), and "literally" (retext-simplify already has it);
 * - `deletable` only when dropping the words leaves a correct sentence in practically every use; a
 *   frame like "I'm just" gets the frame back as `replace` ("I'm"). Sorted by first form.
 */
export const englishHedges: readonly HedgeEntry[] = [
  {
    forms: ['a bit', 'a little bit', 'a tad'],
    deletable: false,
    source: 'downplays the claim ("a bit different"); "a bit of a …" cannot simply lose it',
  },
  {
    forms: ['actually'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['am just', 'am kind of', 'am sort of', 'am quite', 'am more or less'],
    deletable: false,
    replace: ['am'],
    source: 'hedge inside "I am …"',
  },
  {
    forms: ['are just', 'are kind of', 'are sort of', 'are more or less'],
    deletable: false,
    replace: ['are'],
    source: 'hedge inside "we are …"',
  },
  {
    forms: ['arguably'],
    deletable: true,
    source: 'hedge: invites the argument',
  },
  {
    forms: ['basically'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['can potentially'],
    deletable: false,
    replace: ['can'],
    source: 'double hedge',
  },
  {
    forms: ['could potentially'],
    deletable: false,
    replace: ['could'],
    source: 'double hedge',
  },
  {
    forms: ['hopefully'],
    deletable: true,
    source: 'hedge: sounds unsure of the result',
  },
  {
    forms: ['i always try to', 'i try to', 'i strive to'],
    deletable: false,
    replace: ['I'],
    source: 'hedge: "I try to answer within a day" → "I answer within a day"',
  },
  {
    forms: ['i believe that', 'i feel that', 'i think that', 'we believe that', 'we think that'],
    deletable: true,
    source: 'hedge: the that-clause stands on its own',
  },
  {
    forms: ['i feel like', 'we feel like'],
    deletable: false,
    source: 'hedge (not deletable: "I feel like a kid")',
  },
  {
    forms: ['i guess', 'i suppose'],
    deletable: false,
    source: 'hedge (not deletable: "I guess that …")',
  },
  {
    forms: ['i hope to', 'we hope to'],
    deletable: false,
    source: 'hedge: say what you will do',
  },
  {
    forms: ['i think we'],
    deletable: false,
    replace: ['we'],
    source: 'hedge: "I think we can help" → "we can help"',
  },
  {
    forms: ['i think you'],
    deletable: false,
    replace: ['you'],
    source: 'hedge: "I think you will like it" → "you will like it"',
  },
  {
    forms: ['i was wondering if', 'i was wondering whether', 'we were wondering if'],
    deletable: false,
    source: 'weak ask: ask the question directly',
  },
  {
    forms: [
      "i'd like to think", 'i would like to think', 'i like to think', "we'd like to think",
      'we would like to think', 'we like to think',
    ],
    deletable: false,
    source: 'hedge: sounds unsure (not deletable: "… think that …")',
  },
  {
    forms: ["i'd say", 'i would say'],
    deletable: false,
    source: 'hedge (not deletable: "I would say to anyone …")',
  },
  {
    forms: ["i'll try to", 'i will try to', "we'll try to", 'we will try to'],
    deletable: false,
    source: 'hedge: promise it or leave it out',
  },
  {
    forms: ["i'm just", "i'm kind of", "i'm sort of", "i'm quite", "i'm more or less"],
    deletable: false,
    replace: ["I'm"],
    source: 'hedge: "I\'m just a bookkeeper" undersells',
  },
  {
    forms: ["i'm trying to", 'i am trying to', "we're trying to", 'we are trying to'],
    deletable: false,
    source: 'hedge: say what you do',
  },
  {
    forms: ['if possible'],
    deletable: true,
    source: 'weakens the ask',
  },
  {
    forms: ['if that makes sense'],
    deletable: true,
    source: 'filler: asks for approval',
  },
  {
    forms: ['in a sense', 'in some sense', 'in some ways', 'in a manner of speaking'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['in my opinion', 'in my humble opinion', 'in my view', 'imho'],
    deletable: true,
    source: 'hedge: the pitch is your view anyway',
  },
  {
    forms: ['is just', 'is kind of', 'is sort of', 'is more or less'],
    deletable: false,
    replace: ['is'],
    source: 'hedge inside "it is …"',
  },
  {
    forms: ["it's just", "it's kind of", "it's sort of", "it's quite", "it's more or less"],
    deletable: false,
    replace: ["it's"],
    source: 'hedge inside "it\'s …"',
  },
  {
    forms: ['just want to'],
    deletable: false,
    replace: ['want to'],
    source: 'minimiser: "I just want to help" → "I want to help"',
  },
  {
    forms: ['just wanted to'],
    deletable: false,
    replace: ['wanted to'],
    source: 'minimiser',
  },
  {
    forms: ['may be able to', 'might be able to'],
    deletable: false,
    replace: ['can'],
    source: 'hedge: "we might be able to help" → "we can help"',
  },
  {
    forms: ['maybe'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['needless to say'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['or something like that', 'or something along those lines'],
    deletable: true,
    source: 'filler: sounds unsure',
  },
  {
    forms: ['perhaps'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['possibly'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['pretty much'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['probably'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['seem to', 'seems to', 'seemed to'],
    deletable: false,
    source: 'hedge (not deletable: "it seems to work")',
  },
  {
    forms: ['so to speak', 'as it were'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['somewhat'],
    deletable: false,
    source: 'hedge (not deletable: "somewhat of a …")',
  },
  {
    forms: ["that's just", "that's kind of", "that's sort of"],
    deletable: false,
    replace: ["that's"],
    source: 'hedge inside "that\'s …"',
  },
  {
    forms: ['to be honest', 'to tell you the truth', 'truth be told'],
    deletable: true,
    source: 'filler: suggests the rest is less honest',
  },
  {
    forms: ['to some extent', 'to a certain extent', 'to an extent', 'to some degree', 'to a certain degree'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['we always try to', 'we try to', 'we strive to'],
    deletable: false,
    replace: ['we'],
    source: 'hedge: "we try to answer within a day" → "we answer within a day"',
  },
  {
    forms: ["we're just", "we're kind of", "we're sort of", "we're quite", "we're more or less"],
    deletable: false,
    replace: ["we're"],
    source: 'hedge: "we\'re just a small agency" undersells',
  },
]
