import {englishNamedClients, englishProof, englishProofCounts} from '../data/en/proof.js'
import {dutchNamedClients, dutchProof, dutchProofCounts} from '../data/nl/proof.js'
import type {Language} from '../language/detect.js'
import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'
import {coverage} from '../text/spans.js'
import {phoneSpans} from '../text/phone.js'
import {compilePattern, matchesAny, matchSet, patternSet, type PatternMatch, type PatternSet, type TokenLine} from '../text/pattern.js'
import {isCapitalised, type Token} from '../text/tokens.js'

const compile = (patterns: readonly string[]) => patternSet(patterns.map((pattern) => compilePattern(pattern)))
/** Results, awards, time words: proof wherever they stand, also in an ask ("zoals Snuffelbox, die we vorig jaar binnenhaalden"). */
const sets: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchProof), en: compile(englishProof)}
/** Named clients ("clients include", "klanten zoals"): proof only with a name after them. */
const namedClients: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchNamedClients), en: compile(englishNamedClients)}
/** Counts in words: proof only outside an ask, like figures. */
const counts: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchProofCounts), en: compile(englishProofCounts)}

/**
 * A digit that is not a phone number, a currency or percent sign, a figure with a unit ("20-year",
 * "5-star"), or a figure in shorthand ("40k", "1.2m", "3bn").
 */
const FIGURE = /^(?:[€$£%]|[\d.,%+×x-]*\d[\d.,%+×x-]*|\d[\d.,]*-\p{L}+|\d[\d.,]*(?:k|m|bn|mln|mld)\+?)$/u
/**
 * Parts of phone numbers and codes, not amounts: a long run of digits, or digits after a leading zero
 * ("07700 900123", "020-1234567", "0612345678"); amounts are written "250.000" or "250,000".
 */
const PHONE = /^(?:\+?\d[\d\s-]{7,}|\+\d+|0\d[\d-]*|\d{6,})$/

/**
 * Flags a text with nothing concrete behind its claims: no number, result, named client or example.
 * Information only: proof helps trust, but a short intro can do without.
 */
export const missingProof: Rule = {
  id: 'missing-proof',
  summary: {en: 'Nothing concrete backs the claims: no number, result, client or example.', nl: 'Niets concreets onderbouwt de beweringen: geen getal, resultaat, klant of voorbeeld.'},
  area: 'credibility',
  defaultSeverity: 'info',
  check({analysis, file, texts, report}) {
    const {view} = analysis
    if (view.words === 0) return
    // Figures, counts and compounds in an ask describe whom the speaker seeks ("bedrijven met 10 tot 50
    // werkplekken", "a roofer who has just become VAT-registered"), not what they achieved: inside an
    // ask's span they are no proof.
    const inAsk = coverage(analysis.pillars.ask.asks)
    // "from startups to Fortune 500 companies" names everyone; its figure proves nothing either.
    const inVagueTarget = coverage(analysis.vagueTargets)
    const proven = view.sentences.some((sentence, index) => {
      const line = view.lines[index]!
      const outsideAsk = (token: number) => {
        const start = sentence.tokens[token]!.start
        return !inAsk(start) && !inVagueTarget(start)
      }
      const inPhone = phoneSpans(view.source, sentence.start, sentence.end)
      const isFigure = (word: string, token: number) => FIGURE.test(word) && !PHONE.test(word) && !inPhone(sentence.tokens[token]!.start)
      return (
        namesClientsOrProves(line, sentence.tokens, sentence.language) ||
        line.wordList.some((word, token) => provesAsHead(word, sentence.language) && outsideAsk(token)) ||
        line.wordList.some((word, token) => (isFigure(word, token) || isCompoundNumber(word, sentence.language)) && outsideAsk(token)) ||
        matchSet(line, counts[sentence.language]).some((match) => outsideAsk(match.start))
      )
    })
    if (proven) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingProof.reason, note: texts.missingProof.note})
  },
}

/**
 * A sign of proof in the sentence, where words that promise named clients count only with a name after
 * them: "Clients include Brompton and the BBC" is proof, "Our clients include challenger brands" and "Onze
 * klanten zijn bijvoorbeeld scale-ups" are not, and their "bijvoorbeeld" or "for example" is no example.
 */
function namesClientsOrProves(line: TokenLine, tokens: readonly Token[], language: Language): boolean {
  const clients = matchSet(line, namedClients[language])
  if (clients.some((match) => nameFollows(tokens, match.end))) return true
  if (clients.length === 0) return matchesAny(line, sets[language])
  const overlaps = (match: PatternMatch) => clients.some((client) => match.start < client.end && client.start < match.end)
  return matchSet(line, sets[language]).some((match) => !overlaps(match))
}

/** How far after "clients include" a name may stand: "klanten zoals bakkerijen, slagers en Albert Heijn". */
const NAME_WINDOW = 6
/** Capitalised words that are no name. */
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll"])

/** A name (a capitalised word) or a figure within a few words, in the same clause. */
function nameFollows(tokens: readonly Token[], end: number): boolean {
  for (let index = end; index < Math.min(tokens.length, end + NAME_WINDOW); index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && token.text !== ',' && token.text !== '&') return false
    if ((isCapitalised(token) && !NOT_NAMES.has(token.norm)) || /\d/.test(token.text)) return true
  }
  return false
}

/** Dutch number words are written as one word ("honderdtwintig", "vijfentwintig", "tweeënveertig"). */
const DUTCH_NUMBER_PARTS = [
  'miljoen', 'duizend', 'honderd', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig',
  'negentig', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twaalf',
  'tien', 'elf', 'een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'en', 'ën',
]
const DUTCH_NUMBER = new RegExp(`^(?:${DUTCH_NUMBER_PARTS.join('|')})+$`)
/** English tens and units joined by a hyphen: "forty-two", "twenty-five". */
const ENGLISH_NUMBER = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/

/**
 * A number written as a compound word. Dutch: made only of number parts, at least two of them, not
 * ending in the linking "en" ("achten" is a verb), and longer than any single part.
 */
function isCompoundNumber(word: string, language: Language): boolean {
  if (language === 'en') return ENGLISH_NUMBER.test(word)
  if (word.length < 8 || !DUTCH_NUMBER.test(word) || word.endsWith('en') && !/(?:tien|zeven)$/.test(word)) return false
  return !DUTCH_NUMBER_PARTS.includes(word)
}

/**
 * Single proof words, also as the head of a hyphenated compound: "ISO-certified",
 * "Resolution-accredited", "BIG-geregistreerd".
 */
const singleWords: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: singleWordsOf(dutchProof),
  en: singleWordsOf(englishProof),
}

function singleWordsOf(patterns: readonly string[]): ReadonlySet<string> {
  return new Set(patterns.filter((pattern) => !/\s/.test(pattern.trim())).flatMap((pattern) => pattern.split('|')))
}

function provesAsHead(word: string, language: Language): boolean {
  const hyphen = word.lastIndexOf('-')
  return hyphen > 0 && singleWords[language].has(word.slice(hyphen + 1))
}

export const retextMissingProof = rulePlugin(missingProof)
