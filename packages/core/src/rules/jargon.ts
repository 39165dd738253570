import type {Root} from 'nlcst'
import retextSimplify from 'retext-simplify'
import {VFile} from 'vfile'
import {simplifyIgnore} from '../data/en/simplify-ignore.js'
import {simplifyPhrases} from '../data/en/simplify-phrases.js'
import {englishFirmWords, englishJargon} from '../data/en/jargon.js'
import {dutchCraftHeads, dutchCraftWords, dutchFirmWords, dutchJargon, dutchSoftwareHeads} from '../data/nl/jargon.js'
import type {JargonEntry} from '../data/types.js'
import {jargonIndex} from '../language/jargon-index.js'
import {functionWords, languagePack} from '../language/pack.js'
import {afterSeparator, FIRM_LEADS, isCapitalised, isHashtag, isTitleCaseLine, PART_SEPARATORS, type SentenceView, type Token} from '../text/tokens.js'
import {rulePlugin, type Rule, type RuleContext} from '../rule.js'
import {matchCase} from '../text/case.js'
import {parserFor} from '../text/sentence-ends.js'
import {findPhrases, phraseIndex, type PhraseIndex} from '../text/phrases.js'
import {inQuotes} from '../text/quotes.js'
import {coverage} from '../text/spans.js'
import {isAllowed, type Vocabulary} from '../vocabulary.js'
import type {Language} from '../language/detect.js'

interface Hit {
  readonly start: number
  readonly end: number
  readonly replace: readonly string[]
  readonly advice: string | undefined
}

const simplify = retextSimplify({ignore: [...simplifyIgnore]})

/** Word forms as retext-simplify compares them: lower case, no dashes or apostrophes. */
function simplifyForm(word: string): string {
  const lower = word.toLowerCase()
  // Most words have neither: skip the replace and its new string.
  return lower.includes('-') || lower.includes("'") || lower.includes('’') ? lower.replace(/[-'’]/g, '') : lower
}

/**
 * The phrases retext-simplify would report, indexed like pitchlint's own lists. A slash is a token of
 * its own in the tree ("and/or" is `and`, `/`, `or`), so it becomes one in the key too.
 */
const simplifyIndex = phraseIndex(
  simplifyPhrases
    .filter((phrase) => !simplifyIgnore.includes(phrase))
    .map((phrase) => [phrase.split(/\s+|(?=\/)|(?<=\/)/).map(simplifyForm).join(' '), phrase] as const),
)

/**
 * Flags buzzwords, officialese and trade jargon with plain alternatives: pitchlint's own lists per
 * language, the user's `deny` list, and for English also retext-simplify (minus entries that are noise
 * in pitches). A span is reported once, whichever source finds it first.
 */
export const jargon: Rule = {
  id: 'jargon',
  summary: {en: 'Buzzwords, officialese and trade jargon, with plain alternatives.', nl: 'Modewoorden, ambtelijke taal en vakjargon, met gewone alternatieven.'},
  area: 'clarity',
  defaultSeverity: 'warning',
  check(context) {
    const text = String(context.file.value)
    const {sentences} = context.analysis.view
    const used = [...ownHits(context), ...simplifyHits(context)].filter((hit) => !quotedSpan(sentences, hit.start, hit.end))
    const taken = firstComeSpans(used, text.length)
    for (const hit of taken.sort((a, b) => a.start - b.start)) {
      const actual = text.slice(hit.start, hit.end)
      const expected = hit.replace.map((word) => matchCase(word, actual))
      context.report({
        start: hit.start,
        end: hit.end,
        expected,
        reason: context.texts.jargon.reason(actual, expected),
        note: context.texts.jargon.note(hit.advice),
      })
    }
  },
}

/**
 * The hits that overlap no earlier hit, so a span is reported once, by the first source that found
 * it. Taken characters are marked, which keeps this linear however many hits a long text has.
 */
function firstComeSpans(hits: readonly Hit[], length: number): Hit[] {
  const used = new Uint8Array(length)
  const taken: Hit[] = []
  for (const hit of hits) {
    if (used.subarray(hit.start, hit.end).includes(1)) continue
    used.fill(1, hit.start, hit.end)
    taken.push(hit)
  }
  return taken
}

function ownHits({analysis, settings, file}: RuleContext): Hit[] {
  const hits: Hit[] = []
  const text = String(file.value)
  const denied = deniedIndex(settings.vocabulary)
  let craft: boolean | undefined
  const aboutACraft = () => (craft ??= mentionsACraft(analysis.view.sentences))
  const inAsk = coverage(analysis.pillars.ask.asks)
  analysis.view.sentences.forEach((sentence, index) => {
    const line = analysis.view.lines[index]!
    const language = sentence.language
    const found = [
      ...findPhrases(line.wordList, denied[language]).map((match) => ({...match, replace: match.value, advice: undefined, entry: undefined})),
      ...findPhrases(line.wordList, jargonIndex(language)).map((match) => ({
        ...match,
        replace: match.value.replace,
        advice: match.value.advice,
        entry: match.value,
      })),
      // English buzzwords written in English inside a Dutch sentence: their English replacements and advice do not fit there.
      ...(language === 'nl' ? findPhrases(line.wordList, englishInDutchIndex()) : []).map((match) => ({
        ...match,
        replace: [] as readonly string[],
        advice: undefined,
        entry: match.value,
      })),
    ]
    for (const match of found) {
      const first = sentence.tokens[match.start]
      const last = sentence.tokens[match.end - 1]
      if (!first || !last) continue
      if (isAllowed(settings.vocabulary, language, text.slice(first.start, last.end))) continue
      if (match.entry && !inJargonPlace(match.entry, sentence.tokens, match.start, match.end, language)) continue
      if (match.entry?.notInAsk && inAsk(first.start)) continue
      if (match.entry && isRowKeyword(match.entry, sentence.tokens, match.start, match.end, afterSeparator(analysis.view.sentences, index))) continue
      if (language === 'nl' && match.end - match.start === 1 && CRAFT_LITERAL.has(line.wordList[match.start]!) && aboutACraft()) continue
      hits.push({start: first.start, end: last.end, replace: match.replace, advice: match.advice})
    }
  })
  return hits
}

let englishInDutch: PhraseIndex<JargonEntry> | undefined

/**
 * English buzzword phrases that Dutch speakers say in English: "Ik ben een echte people person", "customer
 * centric", "purpose-driven", "end-to-end solutions" (held-out review 58). Only forms of two words or more,
 * or joined by a hyphen, which cannot be Dutch, and none the Dutch list already has; single English words
 * ("synergy", "disruptive") may be Dutch loanwords with a Dutch entry of their own.
 */
function englishInDutchIndex(): PhraseIndex<JargonEntry> {
  if (englishInDutch) return englishInDutch
  const dutch = new Set(dutchJargon.flatMap((entry) => entry.forms))
  return (englishInDutch = phraseIndex(
    englishJargon
      .filter((entry) => entry.kind === 'buzzword')
      .flatMap((entry) => entry.forms.filter((form) => (form.includes(' ') || form.includes('-')) && !dutch.has(form)).map((form) => [form, entry] as const)),
  ))
}

/**
 * Whether a listed word stands where it is jargon: not in a title or name ("A Holistic Framework for
 * Thriving", "Holistic Health Clinic"), not right before examples that already say what it means
 * ("maatwerk, zoals verpakkingen en displays"), and, for some nominalisations, not after a word that
 * says what they are about ("speed optimisation").
 */
function inJargonPlace(entry: JargonEntry, tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  // A hashtag is a search tag, not the writer's prose (held-out review 49).
  if (isHashtag(tokens, start) || inTitleCase(tokens, start, end) || inCompanyName(tokens, start, end, language)) return false
  if (entry.replace.length === 0 && examplesFollow(tokens, end)) return false
  if (entry.notAfterNoun && start > 0 && isModifierNoun(tokens[start - 1]!, language)) return false
  // "#" stands for any number: "de Scope 8-eis", "Scope 3-uitstoot".
  const next = tokens[end]?.norm ?? ''
  if (entry.notBefore && (entry.notBefore.includes(next) || (entry.notBefore.includes('#') && /^\d/.test(next)))) return false
  if (entry.notBeforeBareNoun?.includes(next) && isBareNoun(tokens[end + 1])) return false
  if (entry.notBeforeTrade && (languagePack('en').trades.has(next) || languagePack('nl').trades.has(next))) return false
  if (entry.onlyBeforeWord && (tokens[end]?.kind !== 'word' || LIST_JOINS.has(next))) return false
  if (entry.softwareService && namesSoftwareService(tokens, start, end)) return false
  return true
}

/** Subject pronouns after an inverted verb: "Sinds 2015 implementeren we AFAS". */
const INVERTED_SUBJECTS = new Set(['we', 'wij', 'ik', 'ze', 'zij', 'hij'])
/** Most words between "van" and the kind of software: "van een nieuw ERP-systeem". */
const MAX_SOFTWARE_WORDS = 3

/**
 * "implementeren" or "implementatie" as a software partner's service (held-out review 63): before a
 * product named without an article ("Wij implementeren AFAS Profit", "de implementatie van Exact
 * Online") or a kind of software ("de implementatie van ERP-systemen"), after one ("AFAS Profit
 * geïmplementeerd", "ERP-systemen te implementeren"), or as an item of a list of project phases ("analyse,
 * implementatie, maatwerk, hosting en support"). A law keeps its article and stays flagged ("de
 * implementatie van de Omgevingswet"), and so does a policy ("de implementatie van het nieuwe beleid").
 */
function namesSoftwareService(tokens: readonly Token[], start: number, end: number): boolean {
  if (isListItem(tokens, start, end)) return true
  let at = end
  if (tokens[at]?.norm === 'van') at++
  else if (INVERTED_SUBJECTS.has(tokens[at]?.norm ?? '')) at++
  const next = tokens[at]
  if (next !== undefined && isCapitalised(next)) return true
  for (let index = at; index < at + MAX_SOFTWARE_WORDS && index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') break
    if (isSoftware(token.norm)) return true
  }
  // A product before a participle or "te implementeren" ("AFAS Profit geïmplementeerd"), not a place before an
  // inverted verb ("In Rotterdam implementeren we het nieuwe beleid").
  const infinitive = tokens[start - 1]?.norm === 'te'
  const before = infinitive ? start - 2 : start - 1
  const previous = tokens[before]
  const participle = /^ge/.test(tokens[start]?.norm ?? '')
  return before > 0 && previous !== undefined && (((infinitive || participle) && isCapitalised(previous)) || isSoftware(previous.norm))
}

/** Heads that name software only as the end of a compound: "het systeem" alone may be any system. */
const COMPOUND_ONLY_HEADS = new Set(['systeem', 'systemen', 'applicatie', 'applicaties'])

/** A word that names software: "ERP-systemen", "boekhoudpakket", "software". */
function isSoftware(word: string): boolean {
  return dutchSoftwareHeads.some((head) => word.endsWith(head) && (word.length > head.length || !COMPOUND_ONLY_HEADS.has(head)))
}

/**
 * An item of a list of three or more: a comma on one side and a comma, a list join or the end of the
 * clause on the other ("analyse, implementatie, maatwerk", "analyse, ontwerp en implementatie.").
 */
function isListItem(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.text ?? ''
  const after = tokens[end]
  const afterText = after === undefined ? '.' : after.norm
  if (before === ',') return after === undefined || LIST_JOINS.has(afterText) || (after.kind === 'punctuation' && afterText !== '(')
  // "analyse, ontwerp en implementatie": a join before, and a comma before the item ahead of it.
  const clauseEnds = after === undefined || (after.kind === 'punctuation' && after.text !== '(')
  return LIST_JOINS.has(before) && tokens[start - 2]?.kind === 'word' && tokens[start - 3]?.text === ',' && (clauseEnds || afterText === ',')
}

/** Words that open a noun phrase with an article, a possessive or a demonstrative. */
const DETERMINERS = new Set([
  'de', 'het', 'een', 'onze', 'ons', 'mijn', 'jouw', 'je', 'uw', 'hun', 'haar', 'zijn', 'dit', 'deze', 'die', 'dat', 'elke', 'iedere', 'alle',
  'the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'every', 'each', 'all', 'any',
])

/** A word that opens a noun phrase without an article or possessive: "glasvezel", "laadpunten", "5G". */
function isBareNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !DETERMINERS.has(token.norm)
}


/**
 * A way of working named like a tool (`skillTag`), alone between the separators of a headline row: a
 * skill tag ("Product Owner | Agile | E-commerce", "| Scrum |", "Cloud Architect | Azure | DevOps";
 * held-out reviews 30, 58). Buzzwords and other trade terms in a row are still flagged ("Verbinder |
 * Mensenmens", "Brand Strategy | Go-To-Market"; held-out reviews 29, 50).
 */
function isRowKeyword(entry: JargonEntry, tokens: readonly Token[], start: number, end: number, afterSeparator: boolean): boolean {
  if (!entry.skillTag) return false
  const isSeparator = (token: Token) => PART_SEPARATORS.has(token.text)
  const before = tokens.slice(0, start)
  const after = tokens.slice(end)
  if (!before.every(isSeparator) || !after.every(isSeparator)) return false
  return afterSeparator || before.length > 0 || after.length > 0
}

/**
 * A capitalised word inside a sentence with a capitalised neighbour: part of a title or a name. A line
 * written all in Title Case ("Passionate Talent Leader | Connecting Top Talent with Game-Changing
 * Opportunities") is the writer's own headline, not a title they quote: there the words still count.
 */
function inTitleCase(tokens: readonly Token[], start: number, end: number): boolean {
  if (start === 0 || !isCapitalised(tokens[start]!)) return false
  const before = tokens[start - 1]!
  const after = tokens[end]
  const besideCapital = (before.kind === 'word' && start > 1 && isCapitalised(before)) || (after !== undefined && after.kind === 'word' && isCapitalised(after))
  return besideCapital && !isTitleCaseLine(tokens)
}


/** Legal forms that end a company's name: "Strategic Growth Partners Ltd", "Synergy Accountants B.V.". */
const LEGAL_FORMS = new Set(['ltd', 'llc', 'inc', 'plc', 'gmbh', 'bv', 'b.v', 'nv', 'n.v', 'vof', 'bvba', 'bv.', 'srl', 'llp', 'pty'])

/**
 * Words inside a company's name, which the writer cannot change: a run of capitalised words that holds a
 * legal form or a kind of business ("Strategic Growth Partners Ltd", "Holistic Health Clinic Leeds").
 */
function inCompanyName(tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  if (!isCapitalised(tokens[start]!)) return false
  const capitalised = (token: Token | undefined) => token !== undefined && (isCapitalised(token) || token.text === '&')
  let first = start
  while (first > 0 && capitalised(tokens[first - 1])) first--
  let last = end
  while (last < tokens.length && capitalised(tokens[last])) last++
  // A run of two or more capitalised words after "from", "at", "van" … names a firm, even when it is all
  // buzzwords: "I'm Gareth from Apex Growth Partners", "from Blue Sky Thinking" (held-out review 44).
  if (last - first >= 2 && FIRM_LEADS.has(tokens[first - 1]?.norm ?? '')) return true
  // After a verb of naming, one word is a name too: "mijn bureau heet Next Level", "a firm called Synergy".
  if (NAMING_VERBS.has(tokens[first - 1]?.norm ?? '')) return true
  if (namesFirmInApposition(tokens, first, last, language)) return true
  const {businesses} = languagePack(language)
  for (let index = first; index < last; index++) {
    // The listed words themselves do not make a name ("Holistic Health" alone is a buzzword in capitals).
    if (index >= start && index < end) continue
    const word = tokens[index]!.norm.replace(/\.$/, '')
    if (LEGAL_FORMS.has(word) || businesses.has(word)) return true
  }
  return false
}

/** Verbs of naming before a name: "heet Next Level", "called Synergy". */
const NAMING_VERBS = new Set(['heet', 'heten', 'genaamd', 'called', 'named'])
/** Most words between the article and the kind of firm in "Synergy, a small bookkeeping firm". */
const MAX_KIND_WORDS = 4

/**
 * A firm's name beside the kind of firm, set off by a comma: after it, where the name ends the clause
 * ("ik heb een HR-adviesbureau, People First."), or before it, with an article ("We are Synergy, a
 * bookkeeping firm in Leeds", "Next Level, een marketingbureau uit Gent"). Firms named in buzzwords keep
 * their name (held-out review 57); "Ik help je bedrijf, Synergie is mijn vak" names no firm.
 */
function namesFirmInApposition(tokens: readonly Token[], first: number, last: number, language: Language): boolean {
  if (tokens[first - 1]?.text === ',' && isFirmWord(tokens[first - 2], language)) {
    const after = tokens[last]
    return after === undefined || (after.kind === 'punctuation' && after.text !== '&')
  }
  if (tokens[last]?.text !== ',' || !['a', 'an', 'een'].includes(tokens[last + 1]?.norm ?? '')) return false
  for (let index = last + 2; index <= last + 1 + MAX_KIND_WORDS && index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') return false
    if (isFirmWord(token, language)) return true
  }
  return false
}

const FIRM_WORDS: Readonly<Record<Language, readonly string[]>> = {nl: dutchFirmWords, en: englishFirmWords}

/** A word for a firm, also as the end of a compound: "bureau", "HR-adviesbureau", "firm", "bakkerij". */
function isFirmWord(token: Token | undefined, language: Language): boolean {
  if (token === undefined || token.kind !== 'word') return false
  const word = token.norm
  const {businesses, firmKinds} = languagePack(language)
  return businesses.has(word) || firmKinds.has(word) || FIRM_WORDS[language].some((kind) => word === kind || (word.length > kind.length + 2 && word.endsWith(kind)))
}

/** Words that are plain Dutch in a text about making things: "maatwerk" is made to measure there. */
const CRAFT_LITERAL = new Set(['maatwerk'])
const CRAFT_WORDS = new Set(dutchCraftWords)
/** The shortest start before a compound's craft head ("eiken-hout", "binnen-deuren"), so a short word is no compound. */
const MIN_COMPOUND_START = 3

/**
 * Whether the text is about making things: it names a material, a made product or a maker, also as the
 * last part of a compound ("eikenhout", "binnendeuren"). Then "maatwerk" is plain Dutch for made to
 * measure ("We maken maatwerk in hout: trappen, binnendeuren en keukens", a joiner's "projecten met veel
 * maatwerk"); a consultant's "wij leveren maatwerk", and "maatwerkoplossingen" anywhere, stay jargon.
 */
function mentionsACraft(sentences: readonly SentenceView[]): boolean {
  return sentences.some(
    (sentence) =>
      sentence.language === 'nl' &&
      sentence.tokens.some(
        // "Dat snijdt geen hout": a material after "geen" is an idiom more often than a craft.
        (token, index) => token.kind === 'word' && (CRAFT_WORDS.has(token.norm) || hasCraftHead(token.norm)) && sentence.tokens[index - 1]?.norm !== 'geen',
      ),
  )
}

function hasCraftHead(word: string): boolean {
  return dutchCraftHeads.some((head) => word.length >= head.length + MIN_COMPOUND_START && word.endsWith(head))
}

/** Whether a hit stands inside quotation marks (see `inQuotes`): a mention, not a use. */
function quotedSpan(sentences: readonly SentenceView[], start: number, end: number): boolean {
  const sentence = sentences.find((candidate) => candidate.start <= start && start < candidate.end)
  if (!sentence) return false
  const {tokens} = sentence
  const first = tokens.findIndex((token) => token.start >= start)
  if (first < 0) return false
  const after = tokens.findIndex((token) => token.start >= end)
  return inQuotes(tokens, first, after < 0 ? tokens.length : after)
}

/**
 * "zoals", "bijvoorbeeld", "such as", "for example", "including" or a colon, after an optional comma; or
 * examples in brackets right after the word, a list or after such a marker: "het hele traject (opruimen,
 * verhuizen, dubbele lasten etc.)", "bespoke solutions (e.g. moving help and storage)" (held-out review
 * 54). A bracket with one thing in it ("traject (2019)", "solutions (Leeds)") explains nothing.
 */
function examplesFollow(tokens: readonly Token[], end: number): boolean {
  let at = end
  if (tokens[at]?.text === '(') return examplesInBrackets(tokens, at + 1)
  if (tokens[at]?.text === ',') at++
  return opensExamples(tokens, at) || colonAfterPhrase(tokens, at)
}

/** Prepositions that open a short phrase between a word and its colon: "voor kmo's", "for small firms". */
const PHRASE_PREPOSITIONS = new Set(['voor', 'bij', 'in', 'met', 'van', 'uit', 'for', 'at', 'with', 'from'])
/** Most words of that phrase. */
const MAX_PHRASE_WORDS = 4

/**
 * A colon after a short phrase that a preposition opens with a bare noun, which names whom it is for:
 * "Wij doen managed services voor kmo's: we beheren jullie laptops, servers en back-ups" (held-out review
 * 58). What follows the colon still says what the word means. After a phrase with an article the colon
 * explains that phrase: "ruime ervaring in het hele designproces: van discovery …" (held-out review 42),
 * "a one-stop shop for all things digital: …".
 */
function colonAfterPhrase(tokens: readonly Token[], at: number): boolean {
  if (!PHRASE_PREPOSITIONS.has(tokens[at]?.norm ?? '') || !isBareNoun(tokens[at + 1])) return false
  for (let index = at + 1; index <= at + MAX_PHRASE_WORDS && index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.text === ':') return true
    if (token.kind !== 'word') return false
  }
  return false
}

function opensExamples(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm
  if (word === undefined) return false
  if (EXAMPLE_MARKERS.has(word)) return true
  const pair = `${word} ${tokens[at + 1]?.norm ?? ''}`
  return EXAMPLE_PAIRS.has(pair)
}

/** Words that join the items of a list in brackets: "(opruimen, verhuizen en opslag)". */
const LIST_JOINS = new Set([',', 'en', 'and', 'of', 'or', '&', '/'])

/**
 * A marker of examples, or a list of two items or more in small letters, inside the bracket that opens
 * before `at`. Names, numbers and labels are no examples: "Learning at Scale (Brookings Press, 2022)",
 * "Search Engine Optimization (On-page, Off-page, Technical)".
 */
function examplesInBrackets(tokens: readonly Token[], at: number): boolean {
  if (opensExamples(tokens, at)) return true
  let list = false
  for (let index = at; index < tokens.length && tokens[index]!.text !== ')'; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && !LIST_JOINS.has(token.norm) && !/^\p{Ll}/u.test(token.text)) return false
    if (index > at && LIST_JOINS.has(token.norm) && tokens[index + 1]?.kind === 'word') list = true
  }
  return list
}

const EXAMPLE_MARKERS = new Set([':', 'zoals', 'bijvoorbeeld', 'bijv', 'bv', 'namelijk', 'waaronder', 'including', 'like'])
const EXAMPLE_PAIRS = new Set(['such as', 'for example', 'for instance', 'e.g', 'onder andere', 'o.a'])

/** A word before a nominalisation that names what it is about: not a function word, vague word or adverb. */
function isModifierNoun(token: Token, language: Language): boolean {
  if (token.kind !== 'word' || token.norm.length < 3 || /\d/.test(token.norm) || token.norm.endsWith('ly')) return false
  return !functionWords.has(token.norm) && !NOT_MODIFIERS.has(token.norm) && !languagePack(language).vagueWords.has(token.norm)
}

/** Verbs that often stand before a nominalisation without saying what it is about ("we offer optimisation"). */
const NOT_MODIFIERS = new Set([
  'offer', 'offers', 'offering', 'provide', 'provides', 'providing', 'deliver', 'delivers', 'delivering', 'need',
  'needs', 'bring', 'brings', 'want', 'wants', 'handle', 'handles', 'drive', 'drives', 'support', 'supports',
  'ensure', 'ensures', 'enable', 'enables', 'continuous', 'ongoing', 'total', 'full', 'complete', 'overall',
  'bieden', 'biedt', 'leveren', 'levert', 'zorgen', 'zorgt', 'doen', 'doet', 'verzorgen', 'verzorgt',
])

const deniedIndexes = new WeakMap<Vocabulary, Record<Language, PhraseIndex<readonly string[]>>>()

/** The user's deny list as phrase indexes, built once per vocabulary (one per config, not per text). */
function deniedIndex(vocabulary: Vocabulary) {
  let index = deniedIndexes.get(vocabulary)
  if (!index) {
    index = {nl: phraseIndex(vocabulary.deny.nl), en: phraseIndex(vocabulary.deny.en)}
    deniedIndexes.set(vocabulary, index)
  }
  return index
}

/** retext-simplify over the English sentences only, its messages turned into hits. */
function simplifyHits({analysis, settings, file}: RuleContext): Hit[] {
  const text = String(file.value)
  const english = analysis.view.sentences.filter((sentence, index) => {
    if (sentence.language !== 'en') return false
    return findPhrases(analysis.view.lines[index]!.wordList.map(simplifyForm), simplifyIndex).length > 0
  })
  if (english.length === 0) return []
  const hits: Hit[] = []
  const collect = (scratch: VFile, base: number) => {
    for (const message of scratch.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
      if (start === undefined || end === undefined) continue
      if (isAllowed(settings.vocabulary, 'en', text.slice(base + start, base + end))) continue
      hits.push({start: base + start, end: base + end, replace: message.expected ?? [], advice: undefined})
    }
  }
  const withNodes = english.flatMap((sentence) => (sentence.node ? [sentence.node] : []))
  if (withNodes.length > 0) {
    const scratch = new VFile({value: text})
    simplify({type: 'RootNode', children: [{type: 'ParagraphNode', children: withNodes}]}, scratch)
    collect(scratch, 0)
  }
  // Plain text keeps no tree (see `textView`): the few sentences with a candidate phrase are parsed again.
  const parser = parserFor('en')
  for (const sentence of english) {
    if (sentence.node) continue
    const value = text.slice(sentence.start, sentence.end)
    const scratch = new VFile({value})
    simplify(parser.parse(value) as Root, scratch)
    collect(scratch, sentence.start)
  }
  hits.sort((a, b) => a.start - b.start)
  return hits
}

export const retextJargon = rulePlugin(jargon)
