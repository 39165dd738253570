import {
  englishClientWork, englishCountIdioms, englishCredentialHeads, englishDatedStory, englishIrregularPast, englishNamedClients, englishNamedSources,
  englishNamedUsers, englishProof, englishProofCounts, englishRetractions,
} from '../data/en/proof.js'
import {
  dutchClientWork, dutchCountIdioms, dutchCredentialHeads, dutchDatedStory, dutchNamedClients, dutchNamedSources, dutchNamedUsers, dutchProof,
  dutchProofCounts, dutchRetractions, dutchStrongPast,
} from '../data/nl/proof.js'
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
/** Idioms around a count ("thanks a million"), whose count is no proof. */
const countIdioms: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchCountIdioms), en: compile(englishCountIdioms)}
/** Note-form proof with a name after it ("Clients: The Guardian", "Bekend van De Morgen"): proof only outside an ask. */
const namedSources: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchNamedSources), en: compile(englishNamedSources)}
/** A joke marker after a note-form claim, which takes it back: "Bekend van Ik Vertrek (nee grapje, van jullie bruiloften)". */
const retractions: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchRetractions), en: compile(englishRetractions)}
/** An earlier employer in note form, "ex-" before a name: "ex-Glossier", "Ex-Rituals" (held-out review 64); not "ex-wife". */
const FORMER_EMPLOYER = /^[Ee]x-\p{Lu}/u
/** A named user ("Leeds City Council already uses it"): proof only outside an ask and with a name before it. */
const namedUsers: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchNamedUsers), en: compile(englishNamedUsers)}
/** A credential after a name or acronym: "InstallQ-erkenning", "NICEIC-approved" (held-out review 60). */
const CREDENTIAL: Readonly<Record<Language, RegExp>> = {
  nl: new RegExp(`^\\p{Lu}[\\p{L}\\d]*-(?:${dutchCredentialHeads.join('|')})$`, 'u'),
  en: new RegExp(`^\\p{Lu}[\\p{L}\\d]*-(?:${englishCredentialHeads.join('|')})$`, 'u'),
}
/** Past work for clients by their kind and place ("done migrations for a few credit unions … in Limerick"): proof only outside an ask. */
const clientWork: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchClientWork), en: compile(englishClientWork)}
/** A recent day ("Last Tuesday", "Vanochtend"): proof only outside an ask, with a verb in the past tense after it. */
const datedStories: Readonly<Record<Language, PatternSet>> = {nl: compile(dutchDatedStory), en: compile(englishDatedStory)}

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
      // Worked out only when a count or a named source asks for them.
      let idioms: readonly PatternMatch[] | undefined
      const inIdiom = (match: PatternMatch) => (idioms ??= matchSet(line, countIdioms[sentence.language])).some((idiom) => match.start < idiom.end && idiom.start < match.end)
      let jokes: readonly PatternMatch[] | undefined
      const retracted = (match: PatternMatch) => (jokes ??= matchSet(line, retractions[sentence.language])).some((joke) => joke.start > match.start)
      return (
        namesClientsOrProves(line, sentence.tokens, sentence.language) ||
        matchSet(line, namedSources[sentence.language]).some(
          (match) => outsideAsk(match.start) && nameFollows(sentence.tokens, match.end) && !retracted(match),
        ) ||
        sentence.tokens.some((token, index) => FORMER_EMPLOYER.test(token.text) && outsideAsk(index)) ||
        sentence.tokens.some((token, index) => CREDENTIAL[sentence.language].test(token.text) && outsideAsk(index)) ||
        matchSet(line, namedUsers[sentence.language]).some((match) => outsideAsk(match.start) && nameBefore(sentence.tokens, match.start)) ||
        line.wordList.some((word, token) => provesAsHead(word, sentence.language) && outsideAsk(token)) ||
        line.wordList.some((word, token) => (isFigure(word, token) || isCompoundNumber(word, sentence.language)) && (outsideAsk(token) || speakersOwnCount(sentence.tokens, token))) ||
        matchSet(line, counts[sentence.language]).some((match) => (outsideAsk(match.start) || speakersOwnCount(sentence.tokens, match.start)) && !inIdiom(match)) ||
        matchSet(line, clientWork[sentence.language]).some((match) => outsideAsk(match.start)) ||
        matchSet(line, datedStories[sentence.language]).some((match) => outsideAsk(match.start) && tellsPast(sentence.tokens, match.start, match.end, sentence.language))
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

/**
 * A name before `start` in its clause: a capitalised word after the first ("De gemeente Ede werkt er al
 * mee"), or the first when a capitalised word follows it ("Leeds City Council already uses it"). "Schools
 * already use it" names none.
 */
function nameBefore(tokens: readonly Token[], start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && token.text !== '&') return false
    if (!isCapitalised(token) || NOT_NAMES.has(token.norm)) continue
    if (index > 0 || (tokens[1] !== undefined && isCapitalised(tokens[1]))) return true
  }
  return false
}

/** "for" before the speaker's own count in an ask: "placements for 60 nursing students a year". */
const FOR = new Set(['for', 'voor'])
/** Words that round a count: "voor ruim 60 studenten". */
const ROUNDING = new Set(['ruim', 'bijna', 'circa', 'ongeveer', "zo'n", 'about', 'around', 'over', 'some', 'nearly', 'almost'])
/** Words that open a rate: "per jaar", "a year", "every week", "elk jaar". */
const RATE_OPENERS = new Set(['per', 'a', 'an', 'each', 'every', 'elk', 'ieder', 'elke', 'iedere'])
const RATE_UNITS = new Set(['year', 'month', 'week', 'jaar', 'maand', 'schooljaar', 'studiejaar'])
/** Units of time right after the count, which make it the size of what is sought: "for 20 hours a week". */
const TIME_UNITS = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'months', 'uur', 'uren', 'dagen', 'dag', 'weken', 'maanden'])
/** How far after the count the rate may stand: "for 60 nursing students a year". */
const RATE_WINDOW = 5

/**
 * The speaker's own yearly or monthly count inside an ask, after "for" or "voor": "Ik zoek voor ruim 60
 * studenten per jaar een BPV-plek", "I'm looking for placements for 60 nursing students a year" (held-out
 * review 65). It tells how many people the speaker places or serves, as it would in a sentence of its own.
 * "a venue for 60 people" (no rate), "clients who spend £10k a month" (no "for") and "for 20 hours a week"
 * (a unit of time) describe what is sought.
 */
function speakersOwnCount(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  if (ROUNDING.has(tokens[before]?.norm ?? '')) before--
  if (!FOR.has(tokens[before]?.norm ?? '') || TIME_UNITS.has(tokens[index + 1]?.norm ?? '')) return false
  for (let at = index + 1; at <= index + RATE_WINDOW && at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.kind === 'punctuation') return false
    if (RATE_OPENERS.has(token.norm) && RATE_UNITS.has(tokens[at + 1]?.norm ?? '')) return true
  }
  return false
}

const IRREGULAR_PAST: ReadonlySet<string> = new Set(englishIrregularPast)
const STRONG_PAST: ReadonlySet<string> = new Set(dutchStrongPast)
/** Words in -ed that are no past tense: "I need", "a hundred", "bed and breakfast". */
const NOT_PAST_ED = new Set(['need', 'speed', 'seed', 'breed', 'feed', 'weed', 'embed', 'hundred', 'shred', 'based', 'interested', 'excited'])
/** Forms of "to be" before a participle that make it a state: "I'm booked", "we're based". */
const STATE_BEFORE = new Set(["i'm", "we're", "you're", "it's", "he's", "she's", "they're", 'am', 'is', 'are', 'be', 'been', 'being', 'get', 'gets'])
/** Dutch words in -de or -te that are no verb: adjectives and nouns ("de eerste klant", "een goede week"). */
const NOT_PAST_TE = new Set(['eerste', 'laatste', 'beste', 'goede', 'grote', 'vaste', 'juiste', 'echte', 'hele', 'heerlijke', 'oude', 'rode', 'witte', 'zwarte', 'brede', 'harde', 'zachte', 'leukste', 'mooiste', 'volgende', 'komende', 'tweede', 'derde', 'vierde', 'vijfde'])
/** Dutch auxiliaries of the perfect, before a participle ("Vanochtend heb ik een ketel vervangen"). */
const PERFECT_AUXILIARIES = new Set(['heb', 'hebben', 'heeft', 'ben', 'is', 'zijn'])

/**
 * A verb in the past tense with a dated opener, so it tells what happened: "Last Tuesday a woman rang
 * me", "This morning I fixed …", "Afgelopen dinsdag belde een vrouw", "Vanochtend heb ik een ketel
 * vervangen" (held-out review 52). "This morning I'm looking for …" and "Deze week zoek ik …" tell no
 * story. English: a word in -ed (not after "to be") or an irregular past after the opener. Dutch: a
 * word right after the opener, after a subject pronoun, or before the opener (not after an article) is a
 * strong past, a weak one in -de, -te, -den or -ten, or an auxiliary of the perfect with a participle at
 * the end of its clause; "Deze week wil ik het hebben over verstopte afvoeren" tells nothing.
 */
function tellsPast(tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  if (language === 'en') {
    return tokens.slice(end).some((token, offset) => {
      const word = token.norm
      // A participle after "to be" describes a state: "before I'm booked".
      // After an article or a possessive it is an adjective: "I'm meeting a talented designer".
      const before = tokens[end + offset - 1]?.norm ?? ''
      return IRREGULAR_PAST.has(word) || (/^\p{L}{3,}ed$/u.test(word) && !NOT_PAST_ED.has(word) && !STATE_BEFORE.has(before) && !ENGLISH_DETERMINERS.has(before))
    })
  }
  // Where a verb may stand, and whether a subject pronoun stands before it.
  const verbs: {at: number; afterSubject: boolean}[] = [{at: end, afterSubject: false}]
  tokens.forEach((token, index) => {
    // After a subject pronoun, or anywhere before the opener but after an article ("Een klant belde me
    // vanochtend", not "een verstopte afvoer").
    if (DUTCH_SUBJECTS.has(token.norm)) verbs.push({at: index + 1, afterSubject: true})
    if (index < start && !ARTICLES.has(tokens[index - 1]?.norm ?? '')) verbs.push({at: index, afterSubject: false})
  })
  return verbs.some(({at, afterSubject}) => {
    const word = tokens[at]?.norm ?? ''
    // A plural in -den or -ten is a present tense as often ("Deze week starten we …"): only after its subject.
    const weakPast = afterSubject ? /^\p{L}{2,}(?:de|te|den|ten)$/u : /^\p{L}{2,}(?:de|te)$/u
    if (STRONG_PAST.has(word) || (weakPast.test(word) && !NOT_PAST_TE.has(word))) return true
    return PERFECT_AUXILIARIES.has(word) && tokens.some((_, index) => index > at && isParticiple(tokens, index))
  })
}

/** English words before an adjective, so a word in -ed after them is no past tense. */
const ENGLISH_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'very', 'most', 'more'])

/** Words before an adjective, so a word in -de or -te after them is no verb: "een verstopte afvoer". */
const ARTICLES = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'mijn', 'onze', 'zijn', 'haar', 'hun', 'je', 'jouw', 'uw', 'elke', 'iedere'])
/** Subject pronouns, after which a Dutch main clause has its finite verb: "ik belde", "we hebben …". */
const DUTCH_SUBJECTS = new Set(['ik', 'we', 'wij', 'ze', 'zij', 'hij', 'jij'])

/** Dutch nouns shaped like a participle: "bestand", "bericht", "bedrijven", "gesprekken". */
const NOT_PARTICIPLES = new Set([
  'bestand', 'verband', 'bericht', 'berichten', 'verstand', 'gebied', 'gebieden', 'gezicht', 'gewicht', 'gerecht', 'gerechten', 'gedicht',
  'gezond', 'bedrijven', 'gesprekken', 'verschillen', 'gebouwen', 'beroepen', 'bezoeken', 'verhalen', 'gevallen', 'gedachten',
])
/** Words that may follow a participle at the end of its clause: "heb ik een ketel vervangen bij een bakker". */
const AFTER_PARTICIPLE = new Set(['bij', 'in', 'op', 'voor', 'met', 'aan', 'van', 'naar', 'en', 'omdat', 'want', 'maar', 'toen', 'nadat'])

/**
 * A Dutch participle where the perfect puts it, at the end of its clause: "gebeld", "vervangen bij …",
 * "begonnen." Not an infinitive after "te" or "om", nor a noun of the same shape.
 */
function isParticiple(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.norm
  if (!/^(?:ge|ver|be|ont|her)\p{L}{2,}(?:d|t|en)$/u.test(word) || NOT_PARTICIPLES.has(word)) return false
  if (['te', 'om'].includes(tokens[index - 1]?.norm ?? '')) return false
  const next = tokens[index + 1]
  return next === undefined || next.kind === 'punctuation' || AFTER_PARTICIPLE.has(next.norm)
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
