import type {Language} from './detect.js'
import {suffixIndex, type SuffixIndex} from '../text/suffixes.js'
import type {Lexicons} from '../text/pattern.js'
import {compilePattern, patternSet, type PatternSet} from '../text/pattern.js'
import type {SlotName} from '../data/types.js'
import {dutchPillars} from '../data/nl/pillars.js'
import {englishPillars} from '../data/en/pillars.js'
import {dutchSlots} from '../data/nl/slots.js'
import {englishSlots} from '../data/en/slots.js'
import {dutchVagueTarget} from '../data/nl/vague-target.js'
import {englishVagueTarget} from '../data/en/vague-target.js'
import {dutchFunctionWords} from '../data/nl/function-words.js'
import {englishFunctionWords} from '../data/en/function-words.js'
import {capitalisedNonPlaces, placeNames} from '../data/places.js'

/** Everything one language needs, compiled once and shared by all documents. */
export interface LanguagePack {
  readonly language: Language
  readonly who: PatternSet
  readonly offer: PatternSet
  readonly ownsBusiness: PatternSet
  readonly ask: PatternSet
  readonly notAsk: PatternSet
  readonly askContinuation: PatternSet
  readonly askBackReference: PatternSet
  readonly targetStatement: PatternSet
  readonly callToAction: PatternSet
  readonly availability: PatternSet
  readonly listenerCondition: PatternSet
  readonly listenerQuestion: PatternSet
  /** `listenerQuestionExceptions` near the start of a question. */
  readonly listenerQuestionExceptions: PatternSet
  /** `listenerQuestionExceptions` right after a condition about the listener. */
  readonly listenerConditionExceptions: PatternSet
  readonly trades: ReadonlySet<string>
  /** Kinds of business (bakkerij, salon, garage), also when they open a company name. */
  readonly businesses: ReadonlySet<string>
  /** Trades that name a firm's kind in its name ("Hallam Roofing"), besides the kinds of business. */
  readonly firmKinds: ReadonlySet<string>
  /** One-word offer verbs ("repareert", "bouw"): for Dutch clauses with the verb last. */
  readonly offerVerbs: ReadonlySet<string>
  readonly tradeSuffixes: SuffixIndex
  /**
   * One-word trades as the end of a Dutch compound ("bedrijfsarts", "productfotograaf"), which stays a
   * trade whatever its head. English writes such compounds as two words, so its index is empty.
   */
  readonly tradeEndings: SuffixIndex
  /** Dutch firm kinds as the end of a firm's name: "Koeltransport", "Dakdekkersbedrijf" (at least six letters: not "bouw" in "opbouw"). */
  readonly firmKindEndings: SuffixIndex
  readonly vagueTitles: ReadonlySet<string>
  readonly vagueWords: ReadonlySet<string>
  readonly slots: Readonly<Record<Exclude<SlotName, 'example'>, PatternSet>>
  readonly slotWords: ReadonlySet<string>
  /** One-word roles of the slot data ("investeerder", "manager"): also after a hyphen. */
  readonly roleWords: ReadonlySet<string>
  /** The sector lexicon's entries, lower case (several words joined by spaces). */
  readonly sectorWords: ReadonlySet<string>
  readonly sectorSuffixes: SuffixIndex
  readonly exampleMarkers: ReadonlySet<string>
  readonly vagueTarget: PatternSet
  readonly vagueTargetExceptions: PatternSet
}

/**
 * Words that are never names or content: function words of both languages, plus the short words the
 * two languages share (left out of detection because they say nothing about the language).
 */
export const functionWords: ReadonlySet<string> = new Set([
  ...dutchFunctionWords,
  ...englishFunctionWords,
  ...['in', 'is', 'we', 'me', 'of', 'over', 'die', 'van', 'door', 'as', 'hun', 'hen', 'zich', 'onder',
    'boven', 'want', 'dus', 'toch', 'wel', 'heel', 'erg', 'ook', 'alleen', 'even', 'eens', 'weer', 'against',
    'within', 'without', 'across', 'between', 'among', 'towards', 'toward', 'upon', 'via', 'per', 'under',
    'tegen', 'binnen', 'buiten', 'tussen', 'langs', 'naast', 'achter', 'rond', 'zonder'],
])
export const places: ReadonlySet<string> = new Set(placeNames.map((name) => name.toLowerCase()))
export const nonPlaces: ReadonlySet<string> = new Set(capitalisedNonPlaces.map((name) => name.toLowerCase()))

const cache = new Map<Language, LanguagePack>()

export function languagePack(language: Language): LanguagePack {
  let pack = cache.get(language)
  if (!pack) {
    pack = build(language)
    cache.set(language, pack)
  }
  return pack
}

/**
 * How many words may come before an invitation word for it to be the question's point: "Heb je nog
 * vragen?", "If you have any questions", but not "Are you a landlord with questions about …".
 */
const EXCEPTION_REACH = 4

/** Shorter trades ("kok", "juf") end too many ordinary words to mark a compound as a trade. */
const MIN_TRADE_ENDING = 4
/** Shortest Dutch firm kind read as the end of a firm's name: "transport", not "bouw" in "opbouw". */
const MIN_FIRM_KIND_ENDING = 6

function build(language: Language): LanguagePack {
  const pillars = language === 'nl' ? dutchPillars : englishPillars
  const slots = language === 'nl' ? dutchSlots : englishSlots
  const vague = language === 'nl' ? dutchVagueTarget : englishVagueTarget
  const pillarLexicons: Lexicons = {...pillars.lexicons, trade: pillars.trades}
  const compile = (lexicons: Lexicons) => (sources: readonly string[]) =>
    patternSet(sources.map((source) => compilePattern(source, lexicons)))
  const slotWords = new Set<string>()
  for (const entries of Object.values(slots.lexicons)) for (const entry of entries) slotWords.add(entry.toLowerCase())
  return {
    language,
    who: compile(pillarLexicons)(pillars.who),
    offer: compile(pillarLexicons)(pillars.offer),
    ownsBusiness: compile(pillarLexicons)(pillars.ownsBusiness),
    ask: compile(pillarLexicons)(pillars.ask),
    notAsk: compile(pillarLexicons)(pillars.notAsk),
    askContinuation: compile(pillarLexicons)(pillars.askContinuation),
    askBackReference: compile(pillarLexicons)(pillars.askBackReference),
    targetStatement: compile(pillarLexicons)(pillars.targetStatement),
    callToAction: compile(pillarLexicons)(pillars.callToAction),
    availability: compile(pillarLexicons)(pillars.availability),
    listenerCondition: compile(pillarLexicons)(pillars.listenerCondition),
    listenerQuestion: compile(pillarLexicons)(pillars.listenerQuestion),
    listenerQuestionExceptions: compile(pillarLexicons)(
      pillars.listenerQuestionExceptions.map((exception) => `^ ...${EXCEPTION_REACH} ${exception}`),
    ),
    listenerConditionExceptions: compile(pillarLexicons)(
      pillars.listenerCondition.flatMap((condition) =>
        pillars.listenerQuestionExceptions.map((exception) => `${condition} ...${EXCEPTION_REACH} ${exception}`),
      ),
    ),
    trades: new Set(pillars.trades),
    businesses: new Set((pillars.lexicons['business'] ?? []).map((entry) => entry.toLowerCase())),
    firmKinds: new Set((pillars.lexicons['firmKind'] ?? []).map((entry) => entry.toLowerCase())),
    offerVerbs: new Set((pillars.lexicons['offerVerb'] ?? []).filter((entry) => !entry.includes(' ')).map((entry) => entry.toLowerCase())),
    tradeSuffixes: suffixIndex(pillars.tradeSuffixes),
    firmKindEndings: suffixIndex(language === 'nl' ? (pillars.lexicons['firmKind'] ?? []).filter((kind) => kind.length >= MIN_FIRM_KIND_ENDING) : []),
    tradeEndings: suffixIndex(language === 'nl' ? pillars.trades.filter((trade) => trade.length >= MIN_TRADE_ENDING && /^\p{L}+$/u.test(trade)) : []),
    // Pitches mix languages ("business coach" in Dutch), so vagueness is judged with both lists.
    vagueTitles: new Set([...dutchPillars.vagueTitles, ...englishPillars.vagueTitles]),
    vagueWords: new Set([...dutchPillars.vagueWords, ...englishPillars.vagueWords]),
    slots: {
      sector: compile(slots.lexicons)(slots.patterns.sector),
      role: compile(slots.lexicons)(slots.patterns.role),
      size: compile(slots.lexicons)(slots.patterns.size),
      region: compile(slots.lexicons)(slots.patterns.region),
      situation: compile(slots.lexicons)(slots.patterns.situation),
    },
    slotWords,
    roleWords: new Set((slots.lexicons['role'] ?? []).map((entry) => entry.toLowerCase()).filter((entry) => !entry.includes(' '))),
    sectorWords: new Set((slots.lexicons['sector'] ?? []).map((entry) => entry.toLowerCase())),
    sectorSuffixes: suffixIndex(slots.sectorSuffixes),
    exampleMarkers: new Set(slots.exampleMarkers),
    vagueTarget: compile({...vague.lexicons, self: pillars.lexicons['self'] ?? []})(vague.patterns),
    vagueTargetExceptions: compile(vague.lexicons)(vague.exceptions),
  }
}
