import {
  englishAssessmentWords,
  englishCompanyWords,
  englishCredentialNouns,
  englishKnownAcronyms,
  englishInstitutionWords,
  englishKnownExceptBeforeNoun,
  englishMemberTrades,
  englishPlaceCodes,
  englishRegistrationWords,
} from '../data/en/acronyms.js'
import {
  dutchAssessmentWords,
  dutchCompanyWords,
  dutchCredentialNouns,
  dutchInstitutionWords,
  dutchKnownAcronyms,
  dutchLawAcronyms,
  dutchMemberTrades,
  dutchRegistrationWords,
  englishAcronymsUnknownInDutch,
} from '../data/nl/acronyms.js'
import type {Language} from '../language/detect.js'
import {functionWords, languagePack} from '../language/pack.js'
import {rulePlugin, type Rule} from '../rule.js'
import {afterSeparator, isCapitalised, isHashtag, isShouting, PART_SEPARATORS, type SentenceView, type Token} from '../text/tokens.js'
import {QUOTE_MARKS} from '../text/quotes.js'
import {isAllowed} from '../vocabulary.js'

const UNKNOWN_IN_DUTCH: ReadonlySet<string> = new Set(englishAcronymsUnknownInDutch)
/** Known letters that name equipment before a noun: "PLC programming" (see the data file). */
const KNOWN_EXCEPT_BEFORE_NOUN: ReadonlySet<string> = new Set(englishKnownExceptBeforeNoun)

const known: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: new Set(dutchKnownAcronyms.map((acronym) => acronym.toUpperCase())),
  en: new Set(englishKnownAcronyms.map((acronym) => acronym.toUpperCase())),
}

/**
 * Roman numerals as pitches use them: small ones ("Phase II", "Henry VIII", "Level XX") and years
 * ("MMXXIV"). Two letters of M, D, C or L ("ML", "MD", "CD") are far more often acronyms than 1050 or 1400.
 */
const SMALL_ROMAN_NUMERAL = /^(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3})$/
const ROMAN_YEAR = /^M{1,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/
/** A run of three small letters belongs to a word: "NexaIT", "LightGBM", "XGBoost" are names, "SaaS" and "KvK" acronyms. */
const WORD_INSIDE = /\p{Ll}{3}/u
/**
 * Possessive, plural and Dutch person endings that do not belong to the acronym: KPIs, CRM's, ZZP'er.
 * A bare `s` only after a capital or digit, so "MLOps" keeps its own `s`.
 */
const SUFFIX = /(?:'s|’s|(?<=[\p{Lu}\d])s|'er|'ers|’er|’ers)$/u

const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u
const LOWER_FIRST = /^\p{Ll}/u
/** Dutch laws written with one capital: "de Zvw", "de Wlz" (see the data file). */
const LAW_ACRONYMS: ReadonlySet<string> = new Set(dutchLawAcronyms)

/** The acronym inside a token (`KPIs` → `KPI`), or undefined when the token is no acronym. */
export function acronymOf(text: string): string | undefined {
  if (LAW_ACRONYMS.has(text)) return text
  // Most words have fewer than two capitals: one test rules them out.
  if (!TWO_CAPITALS.test(text)) return undefined
  // A small letter first is a brand's style, not an acronym: eBay, iOS, eNCA.
  if (LOWER_FIRST.test(text)) return undefined
  // A slash joins two acronyms into one name ("CI/CD"), explained or not as a whole.
  if (text.length < 2 || text.length > 12 || !/^[\p{L}\d&'’]+(?:\/[\p{L}\d&'’]+)?$/u.test(text)) return undefined
  if (isLetterVariants(text)) return undefined
  // The ending goes when two capitals stay: "KPIs", "B&B's", "B&Bs".
  const stripped = text.replace(SUFFIX, '')
  const base = TWO_CAPITALS.test(stripped) ? stripped : text
  const letters = base.replace(/[^\p{L}]/gu, '')
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  if (upper < 2 || letters.length === 0) return undefined
  // Names written in camel case (LinkedIn, McKinsey, WordPress) have few capitals.
  if (upper / letters.length < 0.5) return undefined
  if (WORD_INSIDE.test(base)) return undefined
  if (SMALL_ROMAN_NUMERAL.test(base) || (base.length >= 4 && ROMAN_YEAR.test(base))) return undefined
  // A class with a letter: "klasse IIa", "Class IIb devices".
  if (/^[IVX]+[a-d]$/.test(base) && SMALL_ROMAN_NUMERAL.test(base.slice(0, -1))) return undefined
  return base
}

/**
 * Letters of the alphabet in a row, between slashes: variants or options, not initials ("A/B testen", "I
 * run A/B tests", "plan A/B/C"; held-out review 58). "I/O" and "P/E" skip letters and stay acronyms.
 */
function isLetterVariants(text: string): boolean {
  const parts = text.split('/')
  return parts.length > 1 && parts.every((part, at) => /^\p{Lu}$/u.test(part) && (at === 0 || part.charCodeAt(0) === parts[at - 1]!.charCodeAt(0) + 1))
}

/**
 * Flags an acronym (SaaS, KPI, B2B, AVG) that the text never spells out, except acronyms everyone
 * knows (per language) and the user's allow list. "customer relationship management (CRM)" and
 * "CRM (customer relationship management)" count as spelled out. Only the first use is reported.
 */
export const unexplainedAcronym: Rule = {
  id: 'unexplained-acronym',
  summary: {en: 'An acronym the text never spells out.', nl: 'Een afkorting die de tekst nergens uitlegt.'},
  area: 'clarity',
  defaultSeverity: 'warning',
  check({analysis, settings, file, texts, report}) {
    const source = String(file.value)
    const uses: Use[] = []
    const explained = new Set<string>()
    // An acronym read as a name once ("across Gauteng, KZN and the Western Cape") is that name everywhere.
    const named = new Set<string>()
    const sentences = analysis.view.sentences
    // Words written in small letters somewhere in the text, needed only for rows of names and words in capitals.
    let lowerWords: ReadonlySet<string> | undefined
    const lowerWordsOf = () => (lowerWords ??= smallLetterWords(sentences))
    let shouted: ReadonlySet<number> | undefined
    const shoutedParagraphs = () => (shouted ??= paragraphsInCapitals(sentences))
    sentences.forEach((sentence, position) => {
      // Only sentences with two capitals can hold an acronym: skip the rest without making tokens.
      if (!/\p{Lu}[^]*\p{Lu}/u.test(source.slice(sentence.start, sentence.end))) return
      const tokens = sentence.tokens
      // A paragraph typed in capitals shouts every short sentence too: "HI ALL, I'M GAZ." (held-out review 49).
      if (isShouting(tokens) || shoutedParagraphs().has(sentence.paragraph)) return
      tokens.forEach((token, index) => {
        if (token.kind !== 'word') return
        const part = acronymPart(token)
        // Emphasis is a word of its own: "BIG-geregistreerd" names the Dutch register.
        if (!part || (isEmphasis(part.acronym) && !token.text.includes('-')) || isContraction(part.acronym) || isDegreeFrom(tokens, index) || afterLeadingDot(tokens, index) || isFormatOrMark(tokens, index) || isLanguagePair(tokens, index) || isKeyword(tokens, index) || afterSlash(tokens, index) || isHashtag(tokens, index)) return
        if (isEmployer(tokens, index) || isOutlet(tokens, index) || isCredential(tokens, index) || isTitleLetters(sentences, position, index, source) || inCredentialBracket(tokens, index) || inListOfNames(tokens, index) || isRegistrationMark(tokens, index) || isMembership(tokens, index) || isInstitution(tokens, index) || namesCompany(tokens, index) || isProjectName(tokens, index, part.acronym) || inSeparatedList(sentences, position, source, lowerWordsOf)) {
          named.add(part.acronym)
          return
        }
        if (beforeNumber(tokens, index) || isCertificate(tokens, index) || afterCredentialWord(tokens, index) || isCredentialNoun(tokens, index, part.acronym) || isUnitOrLevel(tokens, index) || isPlaceCode(tokens, index) || inName(tokens, index, afterSeparator(sentences, position)) || inCapitalRun(tokens, index)) return
        if (spelledOut(tokens, index)) explained.add(part.acronym)
        else uses.push({acronym: part.acronym, token: part.token, language: sentence.language, sentence: position, index, beforeNoun: beforeNoun(source, tokens, index, part.token)})
      })
    })
    // Runs of capitalised words are only needed when some acronym is not explained in brackets: most texts have none.
    let runs: string[][] | undefined
    const runsOf = () =>
      (runs ??= wordRuns(
        analysis.view.sentences.flatMap((sentence) => (/\p{Lu}/u.test(source.slice(sentence.start, sentence.end)) ? [sentence.tokens] : [])),
      ))
    let lowerRuns: string[][] | undefined
    const lowerRunsOf = () => (lowerRuns ??= plainWordRuns(analysis.view.sentences.map((sentence) => sentence.tokens)))
    const reported = new Set<string>()
    const unexplained = ({acronym, token, language, beforeNoun}: Use) => {
      if (explained.has(acronym) || named.has(acronym) || reported.has(acronym)) return false
      if ((isKnown(acronym, language) && !(beforeNoun && KNOWN_EXCEPT_BEFORE_NOUN.has(acronym))) || spelledByRuns(acronym, runsOf(), language) || spelledByPlainWords(acronym, lowerRunsOf())) return false
      // A word in capitals that the text also writes in small letters is a word, not letters: "GROEN … groen".
      if (/^\p{Lu}{4,}$/u.test(acronym) && lowerWordsOf().has(acronym.toLowerCase())) return false
      return !isAllowed(settings.vocabulary, language, acronym) && !isAllowed(settings.vocabulary, language, token.text)
    }
    uses.forEach((use, at) => {
      if (!unexplained(use)) return
      reported.add(use.acronym)
      // Letters side by side name one thing, "PCI DSS", "REST API": one finding for the pair (held-out review 57).
      const next = uses[at + 1]
      const pair = next !== undefined && next.sentence === use.sentence && next.index === use.index + 1 && /^[ \t]+$/.test(source.slice(use.token.end, next.token.start)) && unexplained(next) ? next : undefined
      if (pair) reported.add(pair.acronym)
      // The reason names the letters without a plural ending, as for one acronym: "REST API", not "REST APIs".
      const acronym = pair ? `${use.acronym} ${pair.acronym}` : use.acronym
      report({
        start: use.token.start,
        end: (pair ?? use).token.end,
        reason: texts.unexplainedAcronym.reason(acronym),
        note: texts.unexplainedAcronym.note(acronym),
      })
    })
  },
}

/** One use of letters the text does not explain where they stand. */
interface Use {
  readonly acronym: string
  readonly token: Token
  readonly language: Language
  /** The sentence and the token's place in it, to find letters side by side. */
  readonly sentence: number
  readonly index: number
  /** The letters qualify a noun after them, or head a compound: "PLC programming", "PLC-programmeur". */
  readonly beforeNoun: boolean
}

/** Whether the letters at `index` qualify the word after them ("PLC programming") or head a compound ("PLC-panel"). */
function beforeNoun(source: string, tokens: readonly Token[], index: number, part: Token): boolean {
  if (source.charAt(part.end) === '-') return true
  const next = tokens[index + 1]
  return next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !functionWords.has(next.norm)
}

/**
 * Ordinary words written in capitals for emphasis: "We do NOT charge", "Call-outs are FREE", "Bel me
 * ALTIJD eerst". Function words of both languages, and content words people shout in offers.
 */
const EMPHASIS_WORDS = new Set([
  'free', 'gratis', 'before', 'after', 'never', 'always', 'only', 'must', 'every', 'today', 'tonight', 'vandaag',
  'nooit', 'altijd', 'alleen', 'echt', 'really', 'very', 'best', 'new', 'nieuw', 'nieuwe', 'sale', 'important',
  'belangrijk', 'please', 'guaranteed', 'gegarandeerd', 'open', 'closed', 'gesloten', 'first', 'eerst', 'last',
  'laatste', 'yes', 'ja', 'nee', 'now', 'all', 'alle',
  // Shouted in job posts and launches (held-out review 33): "something BIG", "GEZOCHT: TOPPERS!".
  'big', 'huge', 'groot', 'groots', 'hiring', 'gezocht', 'nu', 'wow', 'top', 'toppers', 'wanted', 'here', 'hier',
  'soon', 'binnenkort', 'live', 'launch', 'launching', 'join', 'you', 'jij', 'jou',
])

/** "WE'RE HIRING": a word in capitals with a contraction is shouting, not letters. */
function isContraction(acronym: string): boolean {
  return /['’](?:RE|VE|LL|D|M|T|S)$/u.test(acronym) && /\p{Lu}{2}['’]/u.test(acronym)
}

/** "DWG files", "als PNG-bestand", "CE marking", "ART-keurmerk": a file format or a mark, named by its letters. */
function isFormatOrMark(tokens: readonly Token[], index: number): boolean {
  if (/-(?:bestand|bestanden|file|files|formaat|format|markering|marking|keurmerk|verklaring|conform|keur)$/iu.test(tokens[index]!.text)) return true
  return FORMAT_WORDS.has(tokens[index + 1]?.norm ?? '')
}

const FORMAT_WORDS = new Set([
  'file', 'files', 'bestand', 'bestanden', 'format', 'formats', 'formaat', 'export', 'exports',
  // A mark or label, not something to spell out: "CE marking", "CE-markering".
  'marking', 'markering', 'mark', 'keurmerk',
  // "CE declaration", "CE compliant", "CE marks" (held-out review 47).
  'marks', 'declaration', 'compliant', 'conform',
])

/** Languages by their two-letter codes, as translators write pairs: "DE>EN", "EN → NL", "FR-NL". */
const LANGUAGE_CODES = new Set(['NL', 'EN', 'DE', 'FR', 'ES', 'IT', 'PT', 'PL', 'RU', 'ZH', 'JA', 'AR', 'TR', 'UK', 'SV', 'DA', 'NO', 'FI', 'EL', 'CS', 'HU', 'RO', 'KO'])

function isLanguagePair(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  const pair = /^(\p{Lu}{2})[-/>→](\p{Lu}{2})$/u.exec(text)
  if (pair) return LANGUAGE_CODES.has(pair[1]!) && LANGUAGE_CODES.has(pair[2]!)
  if (!LANGUAGE_CODES.has(text)) return false
  const arrow = (token: Token | undefined) => token !== undefined && /^(?:>|→|->|\/|-)$/.test(token.text)
  return (arrow(tokens[index + 1]) && LANGUAGE_CODES.has(tokens[index + 2]?.text ?? '')) || (arrow(tokens[index - 1]) && LANGUAGE_CODES.has(tokens[index - 2]?.text ?? ''))
}

/** A word to send in capitals: "DM \"BREATHE\" to book", "Comment GUIDE below", "Stuur RUST in een DM". */
function isKeyword(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  if (!/^\p{Lu}{4,}$/u.test(text)) return false
  let before = index - 1
  if (QUOTE_MARKS.has(tokens[before]?.text ?? '')) {
    if (QUOTE_MARKS.has(tokens[index + 1]?.text ?? '')) return true
    before--
  }
  // "DM me GROW", "Stuur me een DM met het woord GROEI", "reply with the word YES".
  for (let at = before; at >= 0 && at >= before - 2; at--) if (KEYWORD_VERBS.has(tokens[at]!.norm)) return true
  return false
}

const KEYWORD_VERBS = new Set(['dm', 'comment', 'text', 'reply', 'type', 'send', 'stuur', 'reageer', 'app', 'sms', 'typ', 'word', 'woord'])

/** Letters after a slash inside a name: "SAP S/4HANA", "TCP/IP" is one acronym (see `acronymOf`). */
function afterSlash(tokens: readonly Token[], index: number): boolean {
  const slash = tokens[index - 1]
  const before = tokens[index - 2]
  if (slash?.text !== '/' || slash.end !== tokens[index]!.start || before === undefined || before.end !== slash.start) return false
  // A single letter or a version number around the slash makes a product name ("S/4HANA"), unlike "IT/ITES".
  return before.text.length === 1 || /^\d/.test(tokens[index]!.text)
}

function isEmphasis(acronym: string): boolean {
  const word = acronym.toLowerCase()
  return /^\p{L}{3,}$/u.test(acronym) && (EMPHASIS_WORDS.has(word) || functionWords.has(word))
}

/**
 * A degree or credential with the school that gave it: "she holds a JD from Yale", "an MPH from Emory",
 * "a CFA charterholder". The letters name a qualification, as MBA does (held-out review 23). A school
 * known by its letters, after "from" or in brackets, needs letters shaped like a degree: "a BCL from
 * UCC", "a BCL (UCC)", "een LLM (KU Leuven)" (held-out review 54); "a CRM (HubSpot)" stays an acronym.
 */
function isDegreeFrom(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1]
  if (after?.norm === 'charterholder') return true
  if (!DEGREE_DETERMINERS.has(tokens[index - 1]?.norm ?? '')) return false
  if (after?.norm === 'from' || after?.norm === 'at') {
    const school = tokens[index + 2]
    return isNameWord(school) || (DEGREE_SHAPE.test(tokens[index]!.text) && school !== undefined && isKnownAnywhere(school.text))
  }
  if (after?.text !== '(' || !DEGREE_SHAPE.test(tokens[index]!.text)) return false
  const close = afterBrackets(tokens, index + 1)
  const inside = tokens.slice(index + 2, close - 1)
  return close > index + 1 && inside.length > 0 && inside.some((token) => isKnownAnywhere(token.text) || SCHOOL_WORDS.has(token.norm))
}

const DEGREE_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'een', 'haar', 'zijn', 'mijn', 'hun'])
/** Letters as degrees have them: a bachelor's, master's or doctor's letter first (BCL, LLM, MSc, DPhil, PhD). */
const DEGREE_SHAPE = /^(?:B|M|D|LL|Ph)\p{L}{1,5}$/u
/** Words that name a school in brackets: "(University of Galway)", "(Hogeschool Utrecht)". */
const SCHOOL_WORDS = new Set(['university', 'universiteit', 'college', 'school', 'hogeschool', 'institute', 'instituut'])

/** An acronym on either language's list of known ones: a school or body named by its letters ("UCC", "KU"). */
function isKnownAnywhere(text: string): boolean {
  const key = text.toUpperCase()
  return known.en.has(key) || known.nl.has(key)
}

/** Words that do not count towards an acronym's letters ("Bachelor of Arts", "Raad van State"). */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'van', 'voor', 'en', 'de', 'het', 'der', '&'])

/**
 * Runs of capitalised or hyphen-joined words, so "Certified Financial Planner" or "accounts-payable"
 * explain CFP and AP wherever they stand. Acronyms themselves and ordinary lower-case words break a
 * run: "B2B bakery software" does not spell out B2B. Hyphenated words give each part.
 */
function wordRuns(sentences: readonly (readonly Token[])[]): string[][] {
  const runs: string[][] = []
  for (const tokens of sentences) {
    let run: string[] = []
    for (const token of tokens) {
      // "&" is a mark, not a word, and skipped as "and" is: "London School of Hygiene & Tropical Medicine" (held-out review 65).
      if (token.text === '&' || (token.kind === 'word' && SKIPPED.has(token.norm))) continue
      const parts = token.text.split('-').filter((part) => part.length > 0)
      // An acronym, also at the head of a compound ("BIG-geregistreerd"), cannot spell itself out.
      const counts = token.kind === 'word' && !parts.some((part) => acronymOf(part)) && (/^\p{Lu}/u.test(token.text) || parts.length > 1)
      if (counts) run.push(...parts)
      else {
        if (run.length > 1) runs.push(run)
        run = []
      }
    }
    if (run.length > 1) runs.push(run)
  }
  return runs
}

/**
 * Runs of small-letter content words: the lower-case spelling of a term, written anywhere in the text
 * ("a chartered accountant … As a CA", "our warehouse management system … The WMS"). Function words
 * and anything else end a run.
 */
function plainWordRuns(sentences: readonly (readonly Token[])[]): string[][] {
  const runs: string[][] = []
  const close = (run: string[]) => {
    // A small word at the end belongs to what follows: "power of" is no run.
    while (run.length > 0 && SMALL_WORDS.has(run[run.length - 1]!)) run.pop()
    if (run.filter((word) => !SMALL_WORDS.has(word)).length > 1) runs.push(run)
  }
  for (const tokens of sentences) {
    let run: string[] = []
    for (const [index, token] of tokens.entries()) {
      // A sentence's first word has its capital for the sentence: "Medical nutrition therapy … MNT" (held-out review 40).
      const lower = /^\p{Ll}{2,}$/u.test(token.text) || (index === 0 && /^\p{Lu}\p{Ll}+$/u.test(token.text))
      // "know your customer" (KYC), "know your business" (KYB): a term, though "know" is a function word.
      const knowYour = token.norm === 'know' && tokens[index + 1]?.norm === 'your'
      const content = token.kind === 'word' && lower && (!functionWords.has(token.norm) || knowYour)
      // A hyphenated word gives each part, also before a plain word: "anti-money laundering" spells AML,
      // "counter-terrorist financing" CTF (held-out review 68). Its small words give nothing: "out-of-the-box".
      const hyphened = token.kind === 'word' && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(token.text)
      // Parts after the first are marked with "-", so a spelling takes the word whole (see `spells`).
      if (hyphened) run.push(...token.norm.split('-').filter((part) => !SMALL_WORDS.has(part)).map((part, at) => (at === 0 ? part : '-' + part)))
      // Small words inside a term: "lasting power of attorney", "return on investment", "raad van bestuur".
      else if (content || (run.length > 0 && token.kind === 'word' && SMALL_WORDS.has(token.norm))) run.push(token.norm)
      else {
        close(run)
        run = []
      }
    }
    close(run)
  }
  return runs
}

/**
 * The small words a capitalised name skips, and a few more that stand inside a lower-case term ("return on
 * investment", "know your customer": spelled with and without them, so "your" gives the Y of KYC; held-out review 68).
 */
const SMALL_WORDS: ReadonlySet<string> = new Set([...SKIPPED, 'on', 'in', 'to', 'op', 'your'])

/** The content words of a run between its small words: "heads of customer success" → heads | customer success. */
function segments(run: readonly string[]): string[][] {
  const parts: string[][] = [[]]
  for (const word of run) {
    if (SMALL_WORDS.has(word)) parts.push([])
    else parts[parts.length - 1]!.push(word)
  }
  return parts.filter((part) => part.length > 0)
}

/**
 * Whether small-letter words spell the acronym by their first letters. Two letters are matched only by a
 * run of exactly two words ("chartered accountant"), since any two words in a longer run could give them.
 */
function spelledByPlainWords(acronym: string, runs: readonly (readonly string[])[]): boolean {
  const wanted = letters(acronym)
  if (wanted.length < 2) return false
  return runs.some((run) => {
    // With and without the small words: "return on investment" gives ROI, "lasting power of attorney" LPA.
    const initials = (words: readonly string[]) => words.map((word) => word.replace(/^-/, '').charAt(0).toUpperCase()).join('')
    if (wanted.length === 2) return segments(run).some((segment) => segment.length === 2 && initials(segment) === wanted)
    return spells(run, wanted) || spells(run.filter((word) => !SMALL_WORDS.has(word)), wanted)
  })
}

/**
 * Whether consecutive words of a run give the letters by their first letters, starting at a word that is
 * no small word and taking a hyphenated word whole: "anti-money laundering" spells AML, but "and re-route"
 * does not spell ARR, nor "strategie en out-of-the-box" SEO (held-out review 68).
 */
function spells(run: readonly string[], wanted: string): boolean {
  for (let first = 0; first + wanted.length <= run.length; first++) {
    const word = run[first]!
    if (word.startsWith('-') || SMALL_WORDS.has(word) || run[first + wanted.length]?.startsWith('-')) continue
    const words = run.slice(first, first + wanted.length)
    if (words.every((part, at) => part.replace(/^-/, '').charAt(0).toUpperCase() === wanted.charAt(at))) return true
  }
  return false
}

/**
 * Whether some run spells the acronym: by first letters, or by first letters plus letters of compound
 * parts. English has no such compounds: there only capitals inside a word count ("KwaZulu-Natal" spells
 * KZN), so "Re-platformed" does not spell out RPO (held-out review 63).
 */
function spelledByRuns(acronym: string, runs: readonly (readonly string[])[], language: Language): boolean {
  const wanted = letters(acronym)
  return runs.some((run) => run.map((word) => word.charAt(0).toUpperCase()).join('').includes(wanted) || spellsWithParts(wanted, run, language === 'en'))
}

/**
 * Dutch acronyms take letters from the parts of compounds: BIV is "Beroepsinstituut van
 * Vastgoedmakelaars" (B, I from "instituut", V). Some window of two or more words gives, word by word,
 * its first letter and then, in order, letters from inside it.
 */
function spellsWithParts(wanted: string, run: readonly string[], capitalsOnly = false): boolean {
  for (let first = 0; first + 1 < run.length; first++) {
    let at = 0
    for (let index = first; index < run.length && at < wanted.length; index++) {
      // The first letter in any case; inside the word only capitals, when asked: small letters become a mark no letter matches.
      const text = run[index]!
      const word = capitalsOnly ? text.charAt(0).toUpperCase() + text.slice(1).replace(/\p{Ll}/gu, '·') : text.toUpperCase()
      if (word.charAt(0) !== wanted.charAt(at)) break
      at++
      // Letters from inside the word, until the next word's first letter is what is wanted.
      let position = 1
      const nextInitial = run[index + 1]?.charAt(0).toUpperCase()
      while (at < wanted.length && wanted.charAt(at) !== nextInitial) {
        const found = word.indexOf(wanted.charAt(at), position)
        if (found === -1) break
        position = found + 1
        at++
      }
      if (at === wanted.length && index > first) return true
    }
  }
  return false
}

function letters(acronym: string): string {
  return acronym.replace(/[^\p{L}]/gu, '').toUpperCase()
}

/** The acronym in a word, also at the head of a compound ("ERP-systemen", "B2B-groothandels"). */
function acronymPart(token: Token): {acronym: string; token: Token} | undefined {
  if (token.norm === token.text) return undefined // all lower case
  const whole = acronymOf(token.text)
  if (whole) return {acronym: whole, token}
  const hyphen = token.text.indexOf('-')
  if (hyphen < 2) return undefined
  const head = token.text.slice(0, hyphen)
  // An exam or product code: "AZ-305", "SAA-C03".
  if (/^\p{Lu}?\d/u.test(token.text.slice(hyphen + 1))) return undefined
  const acronym = acronymOf(head)
  if (!acronym) return undefined
  return {acronym, token: {...token, text: head, norm: head.toLowerCase(), end: token.start + head.length}}
}

/**
 * An employer or buyer named by its letters: "worked for eight years at GCHQ", "werkte bij TNO in
 * Leiden", "acquired by PayU in 2017". The name ends there: a word of its own follows, not a noun it
 * qualifies ("at SME level" stays an acronym).
 */
function isEmployer(tokens: readonly Token[], index: number): boolean {
  // A plural is a kind of organisation, not one employer: "HR directors at BPOs in Cebu".
  if (/(?<=\p{Lu})s$/u.test(tokens[index]!.text)) return false
  // "bij de RUG", "at the BBC": an article between.
  const article = LIST_DETERMINERS.has(tokens[index - 1]?.norm ?? '') ? 1 : 0
  const before = tokens[index - 1 - article]?.norm ?? ''
  // "everything from SEO to CRO" is a range of services, not a place of work.
  if (before === 'from' && ['to', 'tot'].includes(tokens[index + 1]?.norm ?? '')) return false
  // "studeert aan de RUG", "docent aan de PXL": a school ("voldoet aan de AVG" is no school). A title may
  // carry its field: "hoogleraar Energietransitie aan de TU/e" (held-out review 54).
  if (before === 'aan') {
    const title = isNameWord(tokens[index - 2 - article]) ? index - 3 - article : index - 2 - article
    if (STUDY_WORDS.has(tokens[title]?.norm ?? '')) return true
  }
  // "At SXSW she will share …": an event or a place at the start of a sentence, before its subject (held-out review 51).
  if (before === 'at' && index - 1 - article === 0 && isSubject(tokens[index + 1])) return true
  // "good at SEO", "expert at CRO": a skill, not a place of work.
  if (before === 'at' && SKILL_WORDS.has(tokens[index - 2 - article]?.norm ?? '')) return false
  const ownerVerb = before === 'by' || before === 'door' ? tokens[index - 2]?.norm ?? '' : ''
  if (!EMPLOYER_WORDS.has(before) && !OWNER_VERBS.has(ownerVerb) && !isPartOrMember(tokens, index - 1 - article)) return false
  return endsName(tokens[index + 1])
}

/**
 * "of" or "van" after a part of an organisation or, in Dutch, a person who belongs to it: "the sepsis
 * group of UCLH", "de afdeling Huisartsgeneeskunde van het UMCG", "iemand van de WUR". The organisation
 * is an employer, as after "at" or "bij"; "the value of SEO" is no place of work.
 */
function isPartOrMember(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm
  if (word !== 'of' && word !== 'van') return false
  if (word === 'van' && MEMBER_WORDS.has(tokens[at - 1]?.norm ?? '')) return true
  // The part may carry its own name: "de afdeling Huisartsgeneeskunde van …".
  return UNIT_WORDS.has(tokens[at - 1]?.norm ?? '') || (isNameWord(tokens[at - 1]) && UNIT_WORDS.has(tokens[at - 2]?.norm ?? ''))
}

/** Whether a name ends before this token: at a punctuation mark, the end, or a word of its own (see `NAME_ENDERS`). */
function endsName(after: Token | undefined): boolean {
  return after === undefined || after.kind === 'punctuation' || NAME_ENDERS.has(after.norm)
}

/** Words before an employer or a school: "at GCHQ", "bij TNO", "joined KPMG", "an MBA from INSEAD". */
const EMPLOYER_WORDS = new Set(['at', 'bij', 'joined', 'from', '@'])
const STUDY_WORDS = new Set([
  'studeer', 'studeert', 'studeerde', 'gestudeerd', 'afgestudeerd', 'afstudeert', 'afstuderen', 'student', 'studente', 'docent', 'hoogleraar', 'onderzoeker', 'promoveerde', 'verbonden', 'werkzaam',
  // Titles at a school (held-out review 54): "lector aan de HAN".
  'lector', 'docente', 'hoofddocent', 'professor', 'promovendus', 'postdoc',
  // A diploma or a pupil's years (held-out review 62): "diploma gehaald aan het VTI in Roeselare", "Ik zat aan het KTA".
  'gehaald', 'behaald', 'zat', 'opleiding', 'opgeleid', 'leerkracht', 'leraar', 'lerares',
])
/** A subject after an opening place: "At SXSW she …", "At EduTECH Maria …". */
const SUBJECT_WORDS = new Set(['i', 'he', 'she', 'we', 'they', "i'll", "he'll", "she'll", "we'll", "they'll", "i'm", "he's", "she's", "we're", "they're"])

function isSubject(token: Token | undefined): boolean {
  return token !== undefined && (SUBJECT_WORDS.has(token.norm) || (isNameWord(token) && acronymOf(token.text) === undefined))
}

/**
 * A journal, paper or broadcaster after a verb of the press: "published in the BMJ", "featured on OPB",
 * "appeared on RTÉ", "interviewed by KQED", "writes for the FT", "schreef voor NRC", "publiceerde in het
 * NTvG" (held-out reviews 51, 54), also later in a list ("appeared on RTÉ and OPB"). The outlet is a
 * name, as an employer is; the name ends as an employer's does, or goes on with a name word ("on RTÉ
 * Radio"), so "published in SEO magazines" stays an acronym.
 */
function isOutlet(tokens: readonly Token[], index: number): boolean {
  if (!endsName(tokens[index + 1]) && !isNameWord(tokens[index + 1])) return false
  let at = index - 1
  for (;;) {
    if (LIST_DETERMINERS.has(tokens[at]?.norm ?? '')) at--
    const word = tokens[at]?.norm ?? ''
    if (PRESS_PREPOSITIONS.has(word)) return afterPressWord(tokens, at)
    // An earlier outlet of a list: "in Forbes, the BMJ and the NEJM".
    if (!LIST_JOINS.has(word)) return false
    at--
    if (LIST_JOINS.has(tokens[at]?.norm ?? '')) at--
    const end = at
    while (end - at < 3 && isOutletWord(tokens[at])) at--
    if (at === end) return false
  }
}

const PRESS_PREPOSITIONS = new Set(['in', 'on', 'by', 'for', 'op', 'door', 'voor', 'bij'])
/** Verbs and nouns of the press before "in", "on", "by", "voor", "op": "published in", "te gast bij". */
const PRESS_WORDS = new Set([
  'published', 'featured', 'appeared', 'appears', 'interviewed', 'quoted', 'cited', 'profiled', 'broadcast', 'aired', 'guest',
  'publiceerde', 'publiceert', 'gepubliceerd', 'verscheen', 'verschijnt', 'verschenen', 'geïnterviewd', 'geciteerd', 'gast',
])
/** Writers for a paper, before "for" or "voor": "writes for the FT", "columnist voor NRC". */
const WRITER_WORDS = new Set(['writes', 'wrote', 'columnist', 'contributor', 'schrijft', 'schreef', 'columns', 'column'])
/** Adverbs between the verb and its preposition: "featured regularly on OPB", "verscheen ook in het NTvG". */
const PRESS_ADVERBS = new Set(['regularly', 'often', 'twice', 'recently', 'also', 'ook', 'regelmatig', 'vaak', 'onder', 'meer'])

/**
 * Words of a time between the verb and its preposition: "schreef jarenlang voor het FD", "schreef tien
 * jaar voor het FD", "wrote for years for the FT" (held-out review 63).
 */
const DURATION_WORDS = new Set([
  'years', 'year', 'decade', 'decades', 'months', 'jaar', 'jaren', 'maanden', 'decennium', 'decennia', 'lang', 'jarenlang', 'decennialang', 'maandenlang',
])
/** Counts before a unit of time: "tien jaar", "for ten years", "a decade". */
const DURATION_COUNTS = new Set([
  'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'many', 'several',
  'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'vijftien', 'twintig', 'enkele', 'vele', 'ruim',
])

/** A word of an adverb or a time between the verb and its preposition; "for" only before a time ("for years"). */
function isPressInsert(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm ?? ''
  if (PRESS_ADVERBS.has(word) || DURATION_WORDS.has(word)) return true
  const next = tokens[at + 1]?.norm ?? ''
  if (DURATION_COUNTS.has(word) || /^\d+$/.test(word)) return DURATION_WORDS.has(next)
  return word === 'for' && (DURATION_WORDS.has(next) || DURATION_COUNTS.has(next))
}

/** Whether the word before the preposition at `at` is one of the press (an adverb or a time may stand between). */
function afterPressWord(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at]!.norm
  let verb = at - 1
  while (verb > at - 5 && isPressInsert(tokens, verb)) verb--
  const word = tokens[verb]?.norm ?? ''
  // "has written for the FT", but "copy written for SEO" is a purpose.
  if (preposition === 'for' || preposition === 'voor') {
    return WRITER_WORDS.has(word) || ((word === 'written' || word === 'geschreven') && ['has', 'have', 'had', 'heeft', 'hebben'].includes(tokens[verb - 1]?.norm ?? ''))
  }
  return PRESS_WORDS.has(word)
}

/** A word of an outlet's name in a list: "Forbes", "PBS", "The Irish Times". */
function isOutletWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (isNameWord(token) || acronymOf(token.text) !== undefined || LIST_DETERMINERS.has(token.norm))
}

const OWNER_VERBS = new Set(['acquired', 'bought', 'owned', 'overgenomen', 'gekocht'])
/**
 * Words that may follow a name: "at GCHQ in London", "bij TNO als onderzoeker", "at IBM and later", and a
 * relative clause about a person there: "anyone at UWE who plays hockey", "iemand van de WUR die …".
 */
const NAME_ENDERS = new Set(['in', 'as', 'als', 'for', 'voor', 'from', 'uit', 'and', 'en', 'where', 'waar', 'since', 'sinds', 'until', 'tot', 'te', 'to', 'on', 'op', 'who', 'die'])
/** Words before "at" that make what follows a skill: "good at SEO", "expert at CRO". */
const SKILL_WORDS = new Set(['good', 'great', 'better', 'best', 'bad', 'expert', 'experts', 'excel', 'excels', 'skilled', 'strong'])
/** Parts of an organisation before "of" or "van": "the sepsis group of UCLH", "de afdeling … van het UMCG". */
const UNIT_WORDS = new Set([
  'group', 'team', 'department', 'dept', 'faculty', 'unit', 'division', 'lab', 'laboratory', 'ward', 'clinic', 'centre', 'center', 'board', 'office',
  'afdeling', 'vakgroep', 'faculteit', 'groep', 'divisie', 'sectie', 'laboratorium', 'kliniek', 'polikliniek', 'centrum', 'bestuur', 'kantoor', 'leerstoel', 'onderzoeksgroep',
  // "the Irish chapter of ISACA", "the Leeds branch of the IET" (held-out review 43).
  'chapter', 'branch', 'regioafdeling',
])
/** People who belong to an organisation, before "van": "iemand van de WUR", "een collega van het UMCG". */
const MEMBER_WORDS = new Set(['iemand', 'niemand', 'mensen', 'collega', "collega's", 'medewerker', 'medewerkers', 'contactpersoon', 'docent', 'docenten', 'onderzoeker', 'onderzoekers', 'student', 'studenten'])

/** Participles that mark letters as a register or a certifier before or after them: "NICEIC registered", "a certified PSPO". */
const PARTICIPLES_BEFORE: ReadonlySet<string> = new Set([...englishRegistrationWords, ...dutchRegistrationWords])
/** Participles of an assessment, often verbs with an object ("We audited SEO"): only after the letters (held-out review 63). */
const ASSESSMENT_WORDS: ReadonlySet<string> = new Set([...englishAssessmentWords, ...dutchAssessmentWords])
const REGISTRATION_WORDS: ReadonlySet<string> = new Set([...PARTICIPLES_BEFORE, ...ASSESSMENT_WORDS])
/** Words right before letters and a separate participle of an assessment: "We're IRAP assessed", "an IRAP assessed provider". */
const ASSESSED_OPENERS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', "we're", "they're", "it's", "i'm", 'fully', 'a', 'an', 'zijn', 'ben', 'een', 'volledig'])
/** Nouns that call the letters a certificate: "the CKA certification", "het PSM-certificaat" (held-out review 51). */
const CREDENTIAL_NOUNS: ReadonlySet<string> = new Set([...englishCredentialNouns, ...dutchCredentialNouns])
/** Regulated trades after a body's letters: "a RICS surveyor", "NVM-makelaar" (held-out review 54). */
const MEMBER_TRADES: ReadonlySet<string> = new Set([...englishMemberTrades, ...dutchMemberTrades])
/**
 * Words after the participle that make it a verb: its object ("Our CRM registered a spike") or its agent
 * ("the KPIs approved by the board"). A mark ends at the participle or goes on with a noun.
 */
const VERB_FOLLOWERS = new Set([
  'a', 'an', 'the', 'de', 'het', 'een', 'our', 'my', 'your', 'his', 'her', 'its', 'their', 'this', 'that', 'these',
  'onze', 'ons', 'mijn', 'jouw', 'je', 'uw', 'hun', 'haar', 'zijn', 'dit', 'deze', 'dat', 'by', 'door',
])
/** Words between a participle and the body that registers: "regulated by the FCA", "erkend door de BOVAG". */
const REGISTRAR_WORDS = new Set(['by', 'with', 'door', 'bij'])

/**
 * A register, a regulator or a certifier named by its letters: "We're NICEIC registered", "FCA
 * regulated", "CHAS accredited contractors", "VCA-gecertificeerd", "BOVAG gecertificeerd", or after the
 * participle, where the name ends: "regulated by the FCA", "erkend door de BOVAG". The body is a name, as
 * an employer is; "Our CRM registered a spike" is a verb with its object and stays an acronym.
 */
function isRegistrationMark(tokens: readonly Token[], index: number): boolean {
  if (REGISTRATION_WORDS.has(markTail(tokens[index]) ?? '')) return true
  // Over a level: "PSM III-gecertificeerd" (held-out review 51).
  let next = index + 1
  if (LEVEL_NUMBER.test(tokens[next]?.text ?? '')) next++
  // Over the other credentials of a pair or a row: "PSM III en SAFe SPC gecertificeerd", "SHRM-SCP and PMP certified".
  while (next <= index + MAX_CREDENTIAL_ROW && tokens[next] !== undefined && isCredentialRowItem(tokens[next]!)) next++
  // The row ends with letters or a level, not with a join: "lid van de NVDV en geregistreerd in …" is a new
  // clause. A suspended hyphen carries the last compound's participle: "OSCP- en CISSP-gecertificeerd" (held-out review 63).
  const rowEnds = next === index + 1 || !LIST_JOINS.has(tokens[next - 1]!.norm) || carriesCompound(tokens, index, next)
  if (rowEnds && REGISTRATION_WORDS.has(markTail(tokens[next]) ?? '')) return true
  const participle = tokens[next]?.norm ?? ''
  if (rowEnds && REGISTRATION_WORDS.has(participle) && (!ASSESSMENT_WORDS.has(participle) || opensAssessed(tokens, index))) return !VERB_FOLLOWERS.has(tokens[next + 1]?.norm ?? '')
  return endsName(tokens[index + 1]) && afterRegistrar(tokens, index)
}

/**
 * The letters at `index` after a participle and "by", "with", "door" or "bij" (with an article or not):
 * "regulated by the FCA", "erkend door de BOVAG". A trade may stand between the participle and "with":
 * "I am registered osteopath with the GOsC", "an accredited exercise physiologist with ESSA"; a member
 * after it, before "of": "a registered member of the BACP", "an accredited member of the UKCP"; and an
 * earlier body of a pair before the letters: "registered with the National Council for Hypnotherapy and
 * the CNHC" (held-out review 61). A plain "member of" or "lid van" stays an acronym (see the docs).
 */
function afterRegistrar(tokens: readonly Token[], index: number): boolean {
  let at = index - 1
  if (LIST_DETERMINERS.has(tokens[at]?.norm ?? '')) at--
  at = beforeEarlierBodies(tokens, at)
  if (LIST_DETERMINERS.has(tokens[at]?.norm ?? '')) at--
  const registrar = tokens[at]?.norm ?? ''
  let participle = at - 1
  if (registrar === 'of' || registrar === 'van') {
    if (!BODY_MEMBER_WORDS.has(tokens[participle]?.norm ?? '')) return false
    participle--
  } else if (REGISTRAR_WORDS.has(registrar)) {
    // At most two words of a trade: "registered osteopath with", "accredited exercise physiologist with".
    if (isTradeWord(tokens[participle])) participle -= qualifiesNoun(tokens[participle - 1]) && !REGISTRATION_WORDS.has(tokens[participle - 1]!.norm) ? 2 : 1
  } else return false
  return REGISTRATION_WORDS.has(tokens[participle]?.norm ?? '')
}

/** Members of a body after a participle, before "of" or "van": "a registered member of", "geregistreerd lid van". */
const BODY_MEMBER_WORDS = new Set(['member', 'members', 'lid', 'leden'])
/** Endings of a person's trade that the trade lists may miss: "physiologist", "counsellor", "dietitian", "osteopath". */
const TRADE_ENDING = /(?:ist|or|ian|path|peut|loog|kundige)$/

/** A trade of either language in small letters: "osteopath", "psycholoog", "physiologist". */
function isTradeWord(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !/^\p{Ll}+$/u.test(token.text)) return false
  return TRADE_ENDING.test(token.norm) || languagePack('en').trades.has(token.norm) || languagePack('nl').trades.has(token.norm)
}

/**
 * Where a list of bodies that ends with a join at `at` begins: "with the National Council for Hypnotherapy
 * and the CNHC", "with the CNHC and the NCH" give "with". Without a join, `at` itself.
 */
function beforeEarlierBodies(tokens: readonly Token[], at: number): number {
  if (!LIST_JOINS.has(tokens[at]?.norm ?? '')) return at
  let position = at - 1
  while (position > at - MAX_BODY_TOKENS && (isOutletWord(tokens[position]) || NAME_SMALL_WORDS.has(tokens[position]?.norm ?? ''))) position--
  // The list must hold a name: "registered with the … and the CNHC".
  return position < at - 1 && position > 0 ? position : at
}

/** Most tokens of an earlier body in a pair: "the National Council for Hypnotherapy". */
const MAX_BODY_TOKENS = 8
/** Small words inside a body's name: "Council for Hypnotherapy", "Raad voor …". */
const NAME_SMALL_WORDS = new Set(['for', 'of', 'voor', 'van'])

/**
 * Letters the text calls a certificate: "holds the CKA certification", "the SHRM-SCP credential", "het
 * PSM III-certificaat", "CCRN and ACLS certifications" (a plural covers a pair or a row; held-out review
 * 51). Only this use: the letters may be a field elsewhere ("a Google UX certificate … a UX role").
 */
function isCertificate(tokens: readonly Token[], index: number): boolean {
  if (CREDENTIAL_NOUNS.has(markTail(tokens[index]) ?? '')) return true
  let next = index + 1
  if (LEVEL_NUMBER.test(tokens[next]?.text ?? '')) next++
  if (CREDENTIAL_NOUNS.has(tokens[next]?.norm ?? '') || CREDENTIAL_NOUNS.has(markTail(tokens[next]) ?? '')) return true
  while (next <= index + MAX_CREDENTIAL_ROW && tokens[next] !== undefined && isCredentialRowItem(tokens[next]!)) next++
  if (carriesCompound(tokens, index, next) && CREDENTIAL_NOUNS.has(markTail(tokens[next]) ?? '')) return true
  // A singular after a row names only the last letters: "GDPR and ISO certification".
  return PLURAL_CREDENTIAL_NOUNS.has(tokens[next]?.norm ?? '')
}

/** "is", "are" or an article before the row of letters at `index`: "We're IRAP assessed", not "Get your SEO audited". */
function opensAssessed(tokens: readonly Token[], index: number): boolean {
  let first = index
  while (first > index - MAX_CREDENTIAL_ROW && tokens[first - 1] !== undefined && isCredentialRowItem(tokens[first - 1]!)) first--
  return ASSESSED_OPENERS.has(tokens[first - 1]?.norm ?? '')
}

/**
 * Letters with a suspended hyphen whose row ends in a compound with more letters: "OSCP- en
 * CISSP-gecertificeerd", "OSCP- and CISSP-certified" (held-out review 63). The compound's tail is theirs too.
 */
function carriesCompound(tokens: readonly Token[], index: number, next: number): boolean {
  const last = tokens[next]
  return next > index + 1 && tokens[index]!.text.endsWith('-') && last !== undefined && acronymPart(last) !== undefined
}

/**
 * A credential as what a person is: "Amara is a CISSP and holds an MSc", "She became a CISA in 2015", "Zij
 * is CISA en werkt bij Deloitte", "As a CISSP, I …" (held-out review 63), as "CISSP certified" is. Only letters shaped like
 * a "Certified …" credential, a C and three to five more capitals, and not an officer's O: "He became a
 * DPO", "She is CISO at …" and "Ik ben POH" name roles and stay acronyms, as do letters before an
 * employer ("werkt als CISA bij Deloitte") and a thing that is no person ("Our tool is a CMDB").
 */
function isCredentialNoun(tokens: readonly Token[], index: number, acronym: string): boolean {
  if (!CREDENTIAL_NOUN_SHAPE.test(acronym) || acronym.endsWith('O')) return false
  let at = index - 1
  if (INDEFINITE_ARTICLES.has(tokens[at]?.norm ?? '')) at--
  const verb = tokens[at]?.norm ?? ''
  // "As a CISSP, I …", "Als CISA, …": what the speaker is, opening the sentence, with a comma after it
  // ("As a CMDB expert I …" qualifies a noun).
  if (at === 0 && (verb === 'as' || verb === 'als')) return tokens[index + 1]?.text === ','
  const subject = tokens[at - 1]
  const isPerson = CONTRACTED_PERSON_VERBS.has(verb) || (PREDICATE_VERBS.has(verb) && subject !== undefined && (PERSON_PRONOUNS.has(subject.norm) || (isNameWord(subject) && !functionWords.has(subject.norm) && acronymOf(subject.text) === undefined)))
  if (!isPerson) return false
  const after = tokens[index + 1]
  return after === undefined || after.kind === 'punctuation' || CREDENTIAL_NOUN_FOLLOWERS.has(after.norm)
}

const CREDENTIAL_NOUN_SHAPE = /^C\p{Lu}{3,5}$/u
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'een'])
const PREDICATE_VERBS = new Set(['is', 'was', 'became', 'becomes', 'become', 'ben', 'werd', 'wordt'])
const CONTRACTED_PERSON_VERBS = new Set(["i'm", "he's", "she's"])
const PERSON_PRONOUNS = new Set(['i', 'he', 'she', 'ik', 'hij', 'zij', 'ze'])
/** What may follow such a credential: another clause or a year, not an employer ("CISA bij Deloitte"). */
const CREDENTIAL_NOUN_FOLLOWERS = new Set(['and', 'en', 'in', 'since', 'sinds'])

/**
 * A participle or a credential noun before the letters, with or without a row of them: "Ik ben
 * gecertificeerd PSPO II en SAFe POPM", "Ik heb de certificaten PSPO II en SAFe POPM", "I'm a certified
 * PSPO II and SAFe POPM" (held-out review 58), as after them ("PSM III gecertificeerd"). The row must end
 * the clause: "a certified SEO specialist" and "Erkend STIR-loopbaanprofessional" name a skill or a body
 * before a job, and stay acronyms.
 */
function afterCredentialWord(tokens: readonly Token[], index: number): boolean {
  // Letters at the head of a compound qualify it: "Erkend STIR-loopbaanprofessional" (held-out review 24).
  if (tokens[index]!.text.includes('-')) return false
  let first = index
  while (first > index - MAX_CREDENTIAL_ROW && tokens[first - 1] !== undefined && isCredentialRowItem(tokens[first - 1]!)) first--
  // The row opens with letters, not with a join or a level: "gecertificeerd en PSM" is no row.
  if (acronymPart(tokens[first]!) === undefined) return false
  const before = tokens[first - 1]?.norm ?? ''
  if (!PARTICIPLES_BEFORE.has(before) && !CREDENTIAL_NOUNS.has(before)) return false
  let last = index
  while (last < index + MAX_CREDENTIAL_ROW && tokens[last + 1] !== undefined && isCredentialRowItem(tokens[last + 1]!)) last++
  // A row ends with letters or their level: "certified PMP and I run …" ends at PMP.
  while (last > index && !isLevelOf(tokens, last) && acronymPart(tokens[last]!) === undefined) last--
  const after = tokens[last + 1]
  return after === undefined || after.kind === 'punctuation' || functionWords.has(after.norm)
}

/** A level right after letters: "PSPO II", "PSM 3". */
function isLevelOf(tokens: readonly Token[], at: number): boolean {
  return LEVEL_NUMBER.test(tokens[at]!.text) && at > 0 && acronymPart(tokens[at - 1]!) !== undefined
}

const PLURAL_CREDENTIAL_NOUNS = new Set(['certifications', 'certificates', 'credentials', 'certificaten', 'certificeringen'])

/** Most tokens between the first letters of a row of credentials and its participle: "PSM III en SAFe SPC gecertificeerd". */
const MAX_CREDENTIAL_ROW = 5
/** A level ("III", "2"), a join ("and", "en", "&", ",") or more letters in a row of credentials. */
const LEVEL_NUMBER = /^(?:[IVX]{1,4}|\d)$/

/** "or" and "of" join a pair too: "OSCP or CREST certifications" (held-out review 63). */

function isCredentialRowItem(token: Token): boolean {
  return LEVEL_NUMBER.test(token.text) || LIST_JOINS.has(token.norm) || (acronymPart(token) !== undefined && markTail(token) === undefined)
}

/**
 * The participle or credential noun a hyphen compound ends with, which marks the letters before it as a
 * register or a certificate: "VCA-gecertificeerd", "III-gecertificeerd", "PSM-certificaat".
 */
function markTail(token: Token | undefined): string | undefined {
  const hyphen = token?.text.lastIndexOf('-') ?? -1
  if (hyphen <= 0) return undefined
  const tail = token!.text.slice(hyphen + 1).toLowerCase()
  return REGISTRATION_WORDS.has(tail) || CREDENTIAL_NOUNS.has(tail) ? tail : undefined
}

/**
 * A professional body's letters before a regulated trade, as a membership: "a RICS surveyor",
 * "NVM-makelaar", "RA-accountant" (held-out review 54). The trades are listed in the data files; a skill
 * before a job ("an SEO specialist", "UX-designer") stays an acronym.
 */
function isMembership(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  const hyphen = text.indexOf('-')
  if (hyphen > 0) return MEMBER_TRADES.has(text.slice(hyphen + 1).toLowerCase())
  return MEMBER_TRADES.has(tokens[index + 1]?.norm ?? '')
}

const INSTITUTION_WORDS: ReadonlySet<string> = new Set([...englishInstitutionWords, ...dutchInstitutionWords])

/**
 * A hospital named by its letters beside the word: "het CWZ-ziekenhuis", "the RVI hospital", "ziekenhuis
 * CWZ" (held-out review 61), where the name ends. The kind tells the listener what it is, as a trade does
 * after a body's letters; "hospital EHR systems" stays an acronym.
 */
function isInstitution(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  const hyphen = text.indexOf('-')
  if (hyphen > 0) return INSTITUTION_WORDS.has(text.slice(hyphen + 1).toLowerCase())
  return INSTITUTION_WORDS.has(tokens[index + 1]?.norm ?? '') || (INSTITUTION_WORDS.has(tokens[index - 1]?.norm ?? '') && endsName(tokens[index + 1]))
}

/** What ends a company's name: legal forms and group words, and the trades of both languages' `firmKind` lists. */
let companyWords: ReadonlySet<string> | undefined
function companyWordsOf(): ReadonlySet<string> {
  return (companyWords ??= new Set([...englishCompanyWords, ...dutchCompanyWords, ...languagePack('en').firmKinds, ...languagePack('nl').firmKinds]))
}

/**
 * Initials before a kind of business name a company: "G&M Plumbing", "DMK Accountants", "JB Installaties",
 * "KB Systeembeheer". The owner says them again on their own ("Call JK!", "Geen gedoe, gewoon KB!"), so
 * they are the company's name in every sentence. Job titles ("UX Researcher") are no kind of business.
 */
function namesCompany(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && companyWordsOf().has(next.norm)
}

/** ".NET", ".NL": a full stop right before the word (after a space) makes it a product or domain name. */
function afterLeadingDot(tokens: readonly Token[], index: number): boolean {
  const dot = tokens[index - 1]
  return dot !== undefined && dot.text === '.' && dot.end === tokens[index]!.start && tokens[index - 2]?.end !== dot.start
}

/** A word written like a name: a capital, then small letters ("Bosch", "Solutions"). */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text)
}

/**
 * "WM Solutions", "ABN Bank": an acronym beside a capitalised word is part of a name. The first word of a
 * sentence has its capital anyway, except after a separator, which only ends a part of a line
 * ("Lemniscaat · Gottmer · IVN Natuureducatie").
 */
function inName(tokens: readonly Token[], index: number, afterSeparator = false): boolean {
  // A neighbour that is itself an acronym ("B2B SaaS") makes no name.
  const nameNeighbour = (token: Token | undefined) => isNameWord(token) && acronymOf(token!.text.split('-')[0]!) === undefined
  return (
    ((index > 0 || afterSeparator) && nameNeighbour(tokens[index + 1])) ||
    // After "a" or "an" the word before is a place or a brand that qualifies the letters: "a Midlands 3PL" (held-out review 63).
    (index > 1 && nameNeighbour(tokens[index - 1]) && !INDEFINITE_ARTICLES.has(tokens[index - 2]?.norm ?? '')) ||
    (index > 0 && LETTER_NAME.test(tokens[index - 1]!.text))
  )
}

/** A brand's word after a letter and a hyphen: "G-Star RAW" (held-out review 51). */
const LETTER_NAME = /^\p{Lu}-\p{Lu}\p{Ll}+$/u

/**
 * Letters after a full name, between commas or at the end: "Elena Vasquez, AIA, is …", "Tom Smith,
 * CPA", "Sipho Dlamini, MBChB (UCT), FCP (SA), is …". Degrees and memberships belong to the person,
 * like a title, and are not spelled out; nor is the school or country in brackets after one.
 */
function isCredential(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.text === '(' && tokens[index + 1]?.text === ')' && index >= 2) return isCredential(tokens, index - 2)
  let at = index - 1
  // Walk back over earlier credentials, each with its brackets and with or without a comma:
  // "Jane Doe, PhD, CPA", "MBChB (UCT), FCP", "Emma Trevithick BDS (Bristol), MJDF RCS (Eng)".
  for (;;) {
    // A comma or, on a team page, a dash: "Thomas Peeters – CTO".
    const comma = tokens[at]?.text === ',' || /^[–—-]$/.test(tokens[at]?.text ?? '')
    const previous = beforeBrackets(tokens, comma ? at - 1 : at)
    if (!isCredentialWord(tokens[previous])) break
    at = previous - 1
  }
  const after = tokens[afterBrackets(tokens, index + 1)]
  // After the letters: a comma, the end, more letters, or the verb of the bio ("… RCS (Eng) is a dentist").
  if (after !== undefined && after.text !== ',' && after.kind === 'word' && !isCredentialWord(after) && !BIO_VERBS_AFTER_LETTERS.has(after.norm)) return false
  const comma = tokens[at]?.text === ',' || /^[–—-]$/.test(tokens[at]?.text ?? '')
  if (comma) at--
  // After a first name that introduces the speaker: "I'm Claire, MBACP (Accred)" (held-out review 61).
  return isNameWord(tokens[at]) && (isNameWord(tokens[at - 1]) || (comma && NAME_INTRODUCERS.has(tokens[at - 1]?.norm ?? '')))
}

/**
 * A membership or fellowship's letters as a headline part or at the end of a signature line, after a
 * title: "Senior Quantity Surveyor | MRICS", "Chartered Accountant, FCCA" (held-out review 69). They
 * belong to the person, as after a name ("Tom Brennan MRICS is …"). Only letters of that shape (an M or
 * F and three capitals or more) on their own: "Marketeer | SEO | Utrecht" stays flagged.
 */
function isTitleLetters(sentences: readonly SentenceView[], position: number, index: number, source: string): boolean {
  const tokens = sentences[position]!.tokens
  const part = listItem(tokens)
  // The letters end the part or the line ("… | MRICS\ntom@brennan.ie" may run on into one sentence).
  const next = tokens[index + 1]
  const endsLine = next === undefined || index === part.length - 1 || source.slice(tokens[index]!.end, next.start).includes('\n')
  if (!POST_NOMINAL.test(tokens[index]!.text) || !endsLine) return false
  // After a comma in its own part ("Chartered Accountant, FCCA"), or as a part of its own after a title's part.
  const title = index >= 2 && tokens[index - 1]!.text === ',' ? tokens[index - 2] : index === 0 && afterSeparator(sentences, position) ? listItem(sentences[position - 1]!.tokens).at(-1) : undefined
  return title !== undefined && title.kind === 'word' && (isTitleWord(title.norm) || isTradeWord(title))
}

/** Words before a first name that introduce the speaker: "I'm Claire", "I am Claire", "Ik ben Claire". */
const NAME_INTRODUCERS = new Set(["i'm", 'am', 'ben'])

/**
 * Post-nominal letters in brackets after a trade: "a physiotherapist (MCSP, HCPC)", "a hypnotherapist
 * (HPD, MNCH)" (held-out review 61). The bracket holds only letters, commas and short abbreviations
 * ("Dip", "Accred"), and at least one membership or fellowship (an M or F and three capitals or more), so
 * "a marketer (SEO, SEA)" stays flagged.
 */
function inCredentialBracket(tokens: readonly Token[], index: number): boolean {
  let open = index - 1
  while (open >= 0 && open > index - MAX_CREDENTIAL_BRACKET && tokens[open]!.text !== '(') open--
  if (tokens[open]?.text !== '(' || !isTradeWord(tokens[open - 1])) return false
  let postNominal = false
  for (let at = open + 1; at < tokens.length && at <= open + MAX_CREDENTIAL_BRACKET; at++) {
    const token = tokens[at]!
    if (/^\)/.test(token.text)) return postNominal
    if (token.kind === 'word' && acronymOf(token.text) !== undefined) postNominal ||= POST_NOMINAL.test(token.text)
    else if (token.text !== ',' && !ABBREVIATION.test(token.text)) return false
  }
  return false
}

/** Most tokens from a trade's bracket to the letters in it: "(Dip Hyp CS, MNCH, MBACP)". */
const MAX_CREDENTIAL_BRACKET = 10
/** A membership or fellowship after a name or trade: MCSP, MNCH, MBACP, FRCS. */
const POST_NOMINAL = /^[MF]\p{Lu}{3,}$/u
/** A short abbreviation in a bracket of letters: "Dip", "Hyp", "Acc.", "Accred". */
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,5}\.?$/u

/** Verbs that may follow the letters after a name: "Jane Morris BDS MJDF is a dentist". */
const BIO_VERBS_AFTER_LETTERS = new Set(['is', 'was', 'has', 'heeft', 'werkt', 'works', 'leads', 'leidt', 'runs', 'helps', 'helpt'])

/** Longest bracket after a credential: "(UCT)", "(Wits)", "(Cantab)". */
const MAX_BRACKET_TOKENS = 4

/** The index before a bracket that closes at `index`, or `index` when there is none. */
function beforeBrackets(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== ')') return index
  for (let open = index - 1; open >= 0 && open >= index - MAX_BRACKET_TOKENS; open--) {
    if (tokens[open]!.text === '(') return open - 1
  }
  return index
}

/** The index after a bracket that opens at `index`, or `index` when there is none. */
function afterBrackets(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== '(') return index
  for (let close = index + 1; close < tokens.length && close <= index + MAX_BRACKET_TOKENS; close++) {
    if (tokens[close]!.text === ')') return close + 1
  }
  return index
}

function isCredentialWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && acronymOf(token.text) !== undefined
}

/**
 * Words in capitals side by side, long enough to be words rather than a row of acronyms: a name ("ABN
 * AMRO") or emphasis ("CERTIFIED FINANCIAL PLANNER"). "NHS ICB" stays two acronyms.
 */
const MIN_RUN_LETTERS = 7

function inCapitalRun(tokens: readonly Token[], index: number): boolean {
  const isCapitalWord = (token: Token | undefined) =>
    token !== undefined && token.kind === 'word' && /^\p{Lu}+$/u.test(token.text) && token.text.length > 1
  if (!isCapitalWord(tokens[index])) return false
  let first = index
  let last = index
  while (isCapitalWord(tokens[first - 1])) first--
  while (isCapitalWord(tokens[last + 1])) last++
  if (first === last) return false
  const run = tokens.slice(first, last + 1)
  const letters = run.reduce((total, token) => total + token.text.length, 0)
  // A word of five letters or more makes it a name or emphasis; "REST API" stays two acronyms.
  return letters >= MIN_RUN_LETTERS && run.some((token) => token.text.length >= MIN_RUN_WORD_LETTERS)
}

const MIN_RUN_WORD_LETTERS = 5

const LIST_JOINS = new Set([',', 'and', 'or', '&', 'en', 'of'])
const LIST_DETERMINERS = new Set(['the', 'de', 'het'])
/** Words that count the names after them, inside a list: "SEPA, the Scottish Government and several Local Authorities". */
const LIST_QUANTIFIERS = new Set(['several', 'various', 'many', 'other', 'multiple', 'numerous', 'verschillende', 'diverse', 'enkele', 'meerdere', 'andere', 'vele'])
/** A version after a name in a list: "Godot 4", "Python 3.12", "v2". */
const VERSION = /^v?\d+(?:\.\d+)*$/

/**
 * "Bosch, ZF and Continental", "PHP, Laravel and WordPress", "Unilever, HSBC, GSK and the NHS": in a
 * list of at least three names, one of them written as a word, letters are a name too.
 */
function inListOfNames(tokens: readonly Token[], index: number): boolean {
  const before = listNames(tokens, index, -1)
  const after = listNames(tokens, index, 1)
  // After "zoals", "like", "such as", a client's "for" or a speaker's "at", two names are already a list:
  // "pakketten zoals AFAS en Nmbrs", "projects for KBC, Proximus and several smaller software houses", "She
  // has published at NeurIPS and ACL", "Hij sprak op KubeCon en FOSDEM" (held-out review 63).
  const opener = index - 1 - before.tokens
  const needed = EXAMPLE_MARKERS.has(tokens[opener]?.norm ?? '') || isClientFor(tokens, opener) || (isVenueAt(tokens, opener) && !qualifiesNoun(tokens[index + 1])) ? 1 : 2
  return before.count + after.count >= needed && (before.words || after.words)
}

const EXAMPLE_MARKERS = new Set(['zoals', 'like', 'as', 'including', 'bijvoorbeeld', 'waaronder', 'incl'])
/** Work done for clients, before "for" or "voor": "projects for KBC, Proximus …", "werkte voor KPN en Philips". */
const CLIENT_WORK_WORDS = new Set([
  'work', 'worked', 'working', 'works', 'project', 'projects', 'campaigns', 'assignments', 'clients',
  'werk', 'werkt', 'werkte', 'werkten', 'gewerkt', 'projecten', 'opdrachten', 'campagnes', 'klanten',
])

/** "for" after work for clients: the names after it are clients ("copy for SEO and Google Ads" is no client). */
function isClientFor(tokens: readonly Token[], at: number): boolean {
  return (tokens[at]?.norm === 'for' || tokens[at]?.norm === 'voor') && CLIENT_WORK_WORDS.has(tokens[at - 1]?.norm ?? '')
}

/** Verbs of talks and papers before "at" or "op": the names after it are conferences ("spoke at SEO and CRO meetups" names none). */
const VENUE_VERBS = new Set([
  'published', 'presented', 'spoke', 'spoken', 'speaks', 'speaking', 'talked', 'keynoted', 'exhibited', 'performed',
  'sprak', 'spreekt', 'gesproken', 'presenteerde', 'presenteert', 'gepresenteerd', 'exposeerde', 'geëxposeerd',
])

/** "at" or "op" after a verb of talks and papers, with an adverb between or not: "has published at", "spoke twice at". */
function isVenueAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm
  if (word !== 'at' && word !== 'op') return false
  const verb = PRESS_ADVERBS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1
  return VENUE_VERBS.has(tokens[verb]?.norm ?? '')
}

/** A word in small letters that is no function word: the letters before it qualify it ("SEO events"). */
function qualifiesNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !functionWords.has(token.norm)
}

/** Names listed from `index` in one direction: how many, and whether one is a word ("Laravel", not "GSK"). */
function listNames(tokens: readonly Token[], index: number, step: 1 | -1): {count: number; words: boolean; tokens: number} {
  let count = 0
  let words = false
  let at = index + step
  while (LIST_JOINS.has(tokens[at]?.norm ?? '')) {
    if (LIST_JOINS.has(tokens[at + step]?.norm ?? '')) at += step // ", and"
    let item = at + step
    if (isListCounter(tokens[item])) item += step
    // Walking back, a version ends the name before it: "Godot 4, Aseprite, FMOD".
    if (step === -1 && VERSION.test(tokens[item]?.text ?? '') && isNameWord(tokens[item - 1])) item += step
    if (!isListName(tokens[item])) break
    // A small-letter item stands alone between separators ("Python, SQL, dbt and Snowflake"), unlike "run payroll".
    if (!isNameWord(tokens[item]) && !acronymOf(tokens[item]!.text) && !isItemEnd(tokens[item + step])) break
    count++
    // A name of several words ("React JS", "Tata Steel", "Godot 4"), read in the walking direction.
    for (at = item; isListName(tokens[at]) || isVersionOf(tokens, at, step); at += step) if (isNameWord(tokens[at]) && acronymOf(tokens[at]!.text) === undefined) words = true
    // "HMRC, the Home Office and DWP": walking back, the article or the count before a name.
    if (step === -1 && isListCounter(tokens[at])) at += step
  }
  // How many tokens the list takes in this direction (up to the acronym itself).
  return {count, words, tokens: count === 0 ? 0 : Math.abs(at - step - index)}
}

/** An article or a count before a name in a list: "the Home Office", "several Local Authorities". */
function isListCounter(token: Token | undefined): boolean {
  return token !== undefined && (LIST_DETERMINERS.has(token.norm) || LIST_QUANTIFIERS.has(token.norm))
}

/** A version right after a name, in the walking direction: "Godot 4". */
function isVersionOf(tokens: readonly Token[], at: number, step: 1 | -1): boolean {
  return step === 1 && VERSION.test(tokens[at]?.text ?? '') && isNameWord(tokens[at - 1])
}

function isItemEnd(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punctuation' || LIST_JOINS.has(token.norm)
}

/** A tool written in small letters, as its makers write it: "dbt", "pandas", "npm". */
const SMALL_NAME = /^[\p{Ll}][\p{Ll}\d.]{1,5}$/u

function isListName(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false
  // Small-letter items count only beside a name written as a word (see `inListOfNames`).
  // "R" in "Python, SQL en R"; "STAAD.Pro" with a dot.
  if (/^\p{Lu}$/u.test(token.text) || /^\p{Lu}[\p{L}\d]*\.\p{L}+$/u.test(token.text)) return true
  return isNameWord(token) || acronymOf(token.text) !== undefined || (SMALL_NAME.test(token.text) && !functionWords.has(token.norm))
}

/** Words of four letters or more written all in small letters anywhere in the text. */
function smallLetterWords(sentences: readonly SentenceView[]): ReadonlySet<string> {
  const words = new Set<string>()
  for (const sentence of sentences) for (const token of sentence.tokens) if (token.kind === 'word' && /^\p{Ll}{4,}$/u.test(token.text)) words.add(token.norm)
  return words
}

/** What a name in capitals can be the name of: "the NEXUS consortium", "het programma ZOUTWIJS", "EU-project GROEN". */
const PROJECT_WORDS = new Set(['project', 'projects', 'programme', 'program', 'programma', 'consortium', 'pilot', 'campaign', 'campagne'])

/**
 * A name in capitals that reads as a word, beside the kind of thing it names: "the NEXUS consortium",
 * "het programma ZOUTWIJS", "EU-project GROEN", "the SEPSIS-EARLY pilot", "the HOPE project". Jargon
 * letters are too short or have too few vowels to read as a word: "the KPI project", "our GDPR
 * programme" stay acronyms.
 */
function isProjectName(tokens: readonly Token[], index: number, acronym: string): boolean {
  if (readsAsName(acronym) && isModelName(tokens, index)) return true
  if (!readsAsWord(acronym)) return false
  const before = tokens[index - 1]?.norm ?? ''
  const own = tokens[index]!.norm
  // In a compound, before it or of its own: "EU-project GROEN", "het GROEN-project".
  return PROJECT_WORDS.has(tokens[index + 1]?.norm ?? '') || PROJECT_WORDS.has(before.slice(before.lastIndexOf('-') + 1)) || (own.includes('-') && PROJECT_WORDS.has(own.slice(own.lastIndexOf('-') + 1)))
}

/**
 * A model named in capitals beside the word: "the MODFLOW model", "het grondwatermodel MODFLOW",
 * "process-based models (mainly MODFLOW)" (held-out review 65). The class tells the listener what it is,
 * as "project" does; "the KPI model" stays an acronym (see `readsAsName`).
 */
function isModelName(tokens: readonly Token[], index: number): boolean {
  if (MODEL_WORDS.has(tokens[index + 1]?.norm ?? '')) return true
  let at = index - 1
  // In brackets after the class, with an example marker: "models (mainly MODFLOW …)".
  while (at > index - 3 && MODEL_EXAMPLE_MARKERS.has(tokens[at]?.norm ?? '')) at--
  if (tokens[at]?.text === '(') at--
  const before = tokens[at]?.norm ?? ''
  return MODEL_WORDS.has(before) || /model$/.test(before)
}

const MODEL_WORDS = new Set(['model', 'models', 'modellen'])
const MODEL_EXAMPLE_MARKERS = new Set(['mainly', 'mostly', 'such', 'as', 'like', 'including', 'e.g', 'eg', 'zoals', 'vooral', 'onder', 'meer'])

/**
 * A name in capitals, as software is named: a word ("NEXUS", "STATA") or six capitals or more with two
 * vowels ("MODFLOW"); not jargon letters with fewer vowels ("KPI", "CMDB", "HACCP").
 */
function readsAsName(acronym: string): boolean {
  return readsAsWord(acronym) || (/^\p{Lu}{6,}$/u.test(acronym) && acronym.replace(/[^AEIOUY]/g, '').length >= 2)
}

/** Four capitals or more with a vowel for every three letters or so, as a word has: NEXUS, GROEN, HOPE; not GDPR, HACCP or IFRS. */
function readsAsWord(acronym: string): boolean {
  return /^\p{Lu}{4,}$/u.test(acronym) && acronym.replace(/[^AEIOUY]/g, '').length * 3 >= acronym.length
}

/** What stands before the first word of a bulleted line: "\n- ", "\n• ", "\n1. ", also at the start of the text. */
const BULLET_BEFORE = /(?:^|\n)[ \t]*(?:[-*+•▪‣◦·–—]|\d{1,2}[.)])[ \t]+$/


/** Whether the sentence at `position` goes on a row or a bulleted list from the sentence before it. */
function continuesList(sentences: readonly SentenceView[], position: number, source: string): boolean {
  const isBulletLine = (at: number) => BULLET_BEFORE.test(source.slice(sentences[at - 1]?.end ?? 0, sentences[at]!.start))
  return position > 0 && (afterSeparator(sentences, position) || (isBulletLine(position) && isBulletLine(position - 1)))
}

/**
 * A name in a row of names set apart by separators or bullets, which the sentence splitter cuts into
 * parts: "Python · SQL · dbt · Airflow", "Lemniscaat · Gottmer · IVN Natuureducatie", a bulleted list of
 * tools. As in a list with commas (`inListOfNames`): three names or more, one of them written as a word,
 * here a word standing on its own ("Airflow", "dbt", "Godot 4") that is no title, since a headline
 * capitalises its phrases: "Marketing Lead | SEO | Content Strategy", "Founder | SEO | Speaker" and "- SEO
 * - SEA - Social media" stay acronyms.
 */
function inSeparatedList(sentences: readonly SentenceView[], position: number, source: string, lowerWordsOf: () => ReadonlySet<string>): boolean {
  const itemAt = (at: number) => listItem(sentences[at]!.tokens)
  if (!isNameItem(itemAt(position))) return false
  let first = position
  let last = position
  while (continuesList(sentences, first, source) && isNameItem(itemAt(first - 1))) first--
  while (last + 1 < sentences.length && continuesList(sentences, last + 1, source) && isNameItem(itemAt(last + 1))) last++
  if (last - first < 2) return false
  // A title or a trade of a headline ("Founder | SEO | Speaker") or a word the text also writes in small
  // letters ("Webdesign … webdesign") is an ordinary word, not a name.
  const isOrdinary = (word: string) => isTitleWord(word) || lowerWordsOf().has(word)
  // Mostly names written as words ("Python · SQL · dbt · Airflow"): a headline of skills with a name or
  // two ("Fractional CMO | Growth Strategy • Demand Gen • GTM | Ex-HubSpot", "AI/ML Engineer | LLM Apps |
  // RAG | LangChain | OpenAI") keeps its acronyms (held-out reviews 25, 29).
  let wordNames = 0
  let withAcronyms = 0
  for (let at = first; at <= last; at++) {
    const item = itemAt(at)
    if (item.some((token) => acronymOf(token.text) !== undefined)) withAcronyms++
    else if (isWordName(item) && !isOrdinary(item[0]!.norm)) wordNames++
  }
  return wordNames >= 2 && wordNames > withAcronyms
}

/** A title or a trade in either language, as headlines list them: "Founder", "Speaker", "Fotograaf". */
function isTitleWord(word: string): boolean {
  return (['nl', 'en'] as const).some((language) => {
    const pack = languagePack(language)
    return pack.vagueTitles.has(word) || pack.vagueWords.has(word) || pack.trades.has(word) || pack.roleWords.has(word)
  })
}

/** A part's tokens without the separator it ends with. */
function listItem(tokens: readonly Token[]): readonly Token[] {
  return PART_SEPARATORS.has(tokens[tokens.length - 1]?.text ?? '') ? tokens.slice(0, -1) : tokens
}

/** An item that is a name: one to three words, each a name or an acronym, or a version after one ("IVN Natuureducatie", "Godot 4"). */
function isNameItem(item: readonly Token[]): boolean {
  return item.length > 0 && item.length <= 3 && item.every((token, at) => isListName(token) || (at > 0 && VERSION.test(token.text)))
}

/** An item that is one name written as a word, with or without its version: "Airflow", "dbt", "Godot 4". */
function isWordName(item: readonly Token[]): boolean {
  const word = item[0]!
  if (item.length > 2 || (item.length === 2 && !VERSION.test(item[1]!.text))) return false
  return acronymOf(word.text) === undefined && !functionWords.has(word.norm) && (isNameWord(word) || SMALL_NAME.test(word.text))
}

/**
 * Codes of places: a state or province after a town and a comma ("Austin, TX", "Columbus, OH") and
 * British postcode districts ("LS1", "BS16").
 */
function isPlaceCode(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  if (POSTCODE_DISTRICT.test(text)) return true
  // The second half of a postcode ("TR11 3JA", "M3 5EQ", "M5H 3C6") follows the first.
  if (POSTCODE_TAIL.test(text) && /\d/.test(tokens[index - 1]?.text ?? '')) return true
  // Account numbers: "IBAN NL27 TRIO 0391 1185 02", "BIC TRIONL2U".
  if (tokens.slice(Math.max(0, index - 3), index).some((token) => ACCOUNT_WORDS.has(token.norm))) return true
  if (isLocalArea(tokens, index)) return true
  return PLACE_CODES.has(text) && tokens[index - 1]?.text === ',' && isNameWord(tokens[index - 2])
}

/** States and provinces by their codes (see the data file): "Rafael Costa, UX designer" is no place (held-out review 70). */
const PLACE_CODES: ReadonlySet<string> = new Set(englishPlaceCodes)

/**
 * A city's area by its letters, as locals say it: "the KC metro", "the DFW metroplex", or "area" after a
 * word of serving or living there: "serving the DFW area", "We cover the DMV area", "based in the ATL
 * area" (held-out review 60). Not "region", which business geography uses ("the DACH region", "across the
 * APAC region"), nor "in the SAP area", a field.
 */
function isLocalArea(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.norm ?? ''
  if (tokens[index - 1]?.norm !== 'the' || !AREA_WORDS.has(next)) return false
  if (next !== 'area') return true
  const before = tokens[index - 2]?.norm ?? ''
  return SERVING_WORDS.has(before) || (before === 'in' && LIVING_WORDS.has(tokens[index - 3]?.norm ?? ''))
}

const AREA_WORDS = new Set(['area', 'metro', 'metroplex'])
/** Words of serving or covering a place before "the … area". */
const SERVING_WORDS = new Set(['serving', 'serve', 'serves', 'served', 'cover', 'covers', 'covering', 'across', 'throughout', 'around', 'near', 'within', 'to'])
/** Words before "in the … area" that say where someone is: "based in the DFW area"; not "I work in the SEO area", a field. */
const LIVING_WORDS = new Set(['based', 'located', 'live', 'lives', 'living', 'homes', 'families'])

/** Two letters and one or two digits: "LS1", "BS16", "SW1"; not "B2B" or "M25". */
const POSTCODE_DISTRICT = /^[A-Z]{2}\d{1,2}$/
/** A British inward code ("3JA") or the second half of a Canadian postcode ("3C6"). */
const POSTCODE_TAIL = /^(?:\d[A-Z]{2}|\d[A-Z]\d)$/
const ACCOUNT_WORDS = new Set(['iban', 'bic', 'swift', 'rekeningnummer', 'rsin'])

/**
 * "FTSE 100", "S&P 500", "VDA 6.3": letters before a number name an index or a standard. A register
 * number may have its sign: "ROC #318422", "ROC No. 318422", "KvK nr. 6321" (held-out review 53).
 */
function beforeNumber(tokens: readonly Token[], index: number): boolean {
  let at = index + 1
  // A currency code before an amount: "CAD $250", "CHF 80".
  if (/^[$€£¥]$/.test(tokens[at]?.text ?? '')) at++
  else if (isNumberSign(tokens, at)) at += tokens[at + 1]?.text === '.' ? 2 : 1
  const next = tokens[at]
  return next !== undefined && /^\d/.test(next.text) && next.start > tokens[index]!.end
}

/** "#", "№", or "No." and "nr." with their full stop or capital: "SEO no 1 ranking" has no sign. */
function isNumberSign(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]
  if (token === undefined) return false
  if (['#', '№', 'nº'].includes(token.norm)) return true
  if (token.norm !== 'no' && token.norm !== 'nr') return false
  const dot = tokens[at + 1]
  return (dot?.text === '.' && dot.start === token.end) || /^\p{Lu}/u.test(token.text)
}

/** Units of power, energy, data and frequency, with a prefix: "MW", "MWh", "MWp", "GB", "GHz", "MVA"; "kW" is no acronym. */
const UNIT = /^[KMGTP](?:W|Wh|Wp|VA|B|Hz)$/
/** A grade in repeated letters: WCAG's "AA" and "AAA", a rating's "BBB". */
const LEVEL = /^(?:A{2,3}|B{2,3}|C{2,3})$/
/** A number as written before a unit or a level: "1.4", "2.1", "500", "1,2". */
const NUMBER = /^\d+(?:[.,]\d+)*$/

/**
 * Letters after a number that measure or grade it: "1.4 MW of solar", "500 MWh", "10GB", "WCAG 2.1 AA",
 * "level AA". A unit is read with its number, as "40 kWh" is; "our MW project" stays an acronym.
 */
function isUnitOrLevel(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text
  // A unit glued to its number: "10GB", "500MWh".
  const glued = /^\d+(\p{L}+)$/u.exec(text)
  if (glued) return UNIT.test(glued[1]!)
  const before = tokens[index - 1]
  if (before?.norm === 'level' || before?.norm === 'niveau') return LEVEL.test(text)
  if (before === undefined || !NUMBER.test(before.text)) return false
  // The level of a standard follows its number: "WCAG 2.1 AA".
  return UNIT.test(text) || (LEVEL.test(text) && acronymOf(tokens[index - 2]?.text ?? '') !== undefined)
}

/**
 * Dutch audiences also know the English acronyms on the English list (CEO, USA). A level or edition
 * joined to known letters keeps them known: "HBO5-opleiding", "MBO4" (held-out review 50).
 */
function isKnown(acronym: string, language: Language): boolean {
  const key = acronym.toUpperCase()
  const letters = /^(\p{Lu}{2,})\d{1,2}$/u.exec(key)?.[1]
  return knownKey(key, language) || (letters !== undefined && knownKey(letters, language))
}

function knownKey(key: string, language: Language): boolean {
  return known[language].has(key) || (language === 'nl' && known.en.has(key) && !UNKNOWN_IN_DUTCH.has(key))
}

/**
 * "customer relationship management (CRM)", "klantbeheersysteem (CRM)" or "CRM (customer relationship
 * management)": words that can be its meaning stand beside it. Initials are not required, because a
 * Dutch text often explains an English acronym with a Dutch word.
 */
function spelledOut(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (before?.text === '(' && after?.text === ')') return explains(tokens.slice(Math.max(0, index - 5), index - 1))
  if (after?.text === '(') {
    const close = tokens.findIndex((token, position) => position > index && token.text === ')')
    const inside = tokens.slice(index + 2, close === -1 ? tokens.length : close)
    return explains(inside) && !namesExamples(inside, tokens[index]!.text)
  }
  return glossedAfter(tokens, index) || glossedBefore(tokens, index)
}

/** Words that open a gloss after a comma: "NIS2, the EU's new cybersecurity directive", "SEO, short for …". */
const GLOSS_OPENERS = new Set(['the', 'a', 'an', 'de', 'het', 'een', 'oftewel', 'ofwel', 'or', 'i.e', 'ie', 'namely', 'short', 'which', 'dat', 'wat', 'zeg'])
/** Words that define the acronym right after it: "an AOV is een …", "SEO stands for …", "RPO betekent …". */
const DEFINING_VERBS = new Set(['is', 'means', 'betekent', 'stands', 'staat'])
/** Words that open an indirect question about the acronym: "wat NIS2 betekent", "what SEO means". */
const QUESTION_WORDS = new Set(['wat', 'what', 'hoe', 'how', 'waarom', 'why'])

/** A defining verb at `verb` with an article after it, or "stands for", "staat voor" ("betekent voor kmo's" is no definition). */
function isDefinition(tokens: readonly Token[], verb: number): boolean {
  const word = tokens[verb]?.norm ?? ''
  const next = tokens[verb + 1]?.norm ?? ''
  if (!DEFINING_VERBS.has(word)) return false
  return ITEM_ARTICLES.has(next) || ((word === 'stands' || word === 'staat') && (next === 'for' || next === 'voor'))
}
/** Words before the acronym, after a comma, that say it names what came before: "…, or SEO", "…, de AOV", "…, een AOV". */
const NAMING_WORDS = new Set(['or', 'de', 'het', 'the', 'een', 'i.e', 'ie'])
/**
 * Markers that say so on their own, with or without a comma: "zoekmachineoptimalisatie oftewel SEO",
 * "a rubber membrane called EPDM", "known as", "ook wel".
 */
const SELF_NAMING: readonly (readonly string[])[] = [
  ['oftewel'], ['ofwel'], ['afgekort'], ['kortweg'], ['aka'], ['called'], ['named'], ['genaamd'], ['known', 'as'], ['ook', 'wel'],
]
/** Words that open a noun phrase, as a gloss in apposition does: "a rubber membrane, EPDM". */
const NOUN_PHRASE_OPENERS = new Set([
  'a', 'an', 'the', 'een', 'de', 'het', 'our', 'my', 'your', 'this', 'that', 'onze', 'ons', 'mijn', 'je', 'jouw', 'uw', 'dit', 'deze', 'dat',
])
/** Articles that open another item of a list after a comma: "a new website, SEO, a blog". */
const ITEM_ARTICLES = new Set(['a', 'an', 'the', 'een', 'de', 'het'])
/** Words that join items of a list, so an apposition is a list item instead ("GGDs, the police and schools"). */
const LIST_WORDS = new Set(['and', 'en', 'or', 'of', '&'])

/**
 * The acronym glossed after it: an apposition or a marker after a comma, a colon or a dash ("NIS2, the EU's
 * new cybersecurity directive", "SEO, short for search engine optimisation", "SEO: search engine
 * optimisation"), a definition ("een AOV is een arbeidsongeschiktheidsverzekering", "the WOZ value is the
 * municipal valuation", "SEO stands for …"), or "(SEO for short)". A list item is no gloss.
 */
function glossedAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  if (next === undefined) return false
  if (next.norm === 'for' && tokens[index + 2]?.norm === 'short') return true
  // A definition, also with one noun between: "The WOZ value is the municipal valuation". An indirect
  // question is none: "wat NIS2 concreet betekent voor kmo's", "what SEO means for you" (held-out review 51).
  if (!QUESTION_WORDS.has(tokens[index - 1]?.norm ?? '')) {
    for (const verb of [index + 1, index + 2]) {
      if (isDefinition(tokens, verb)) return explains(clauseFrom(tokens, verb + 1))
    }
  }
  const opensGloss = next.text === ',' ? GLOSS_OPENERS.has(tokens[index + 2]?.norm ?? '') : next.text === ':' || /^[-–—]$/.test(next.text)
  if (!opensGloss) return false
  const gloss = clauseFrom(tokens, index + 2)
  if (gloss.some((token) => LIST_WORDS.has(token.norm))) return false
  const afterGloss = index + 2 + gloss.length
  if (tokens[afterGloss]?.text === ',' && LIST_WORDS.has(tokens[afterGloss + 1]?.norm ?? '')) return false
  return explains(gloss)
}

/**
 * The acronym as the short name of what came before: "search engine optimisation, or SEO",
 * "zoekmachineoptimalisatie, oftewel SEO", "arbeidsongeschiktheidsverzekering, de AOV", "a rubber membrane,
 * called EPDM", "verzekering tegen arbeidsongeschiktheid, ook wel AOV", or a bare apposition (see
 * `glossedInApposition`). Not an item in a list ("primary schools, the MAT and …", "Btw-aangiftes, de WKR, verzuim").
 */
function glossedBefore(tokens: readonly Token[], index: number): boolean {
  const marker = namingMarker(tokens, index)
  if (marker === undefined) return glossedInApposition(tokens, index)
  if (LIST_WORDS.has(tokens[index + 1]?.norm ?? '') && tokens[index - 1]!.norm !== 'or') return false
  const comma = tokens[index - 1 - marker.length]?.text === ','
  // "or", an article and "i.e." need the comma; "oftewel", "called", "ook wel" say it themselves.
  if (!comma && marker.needsComma) return false
  const end = index - marker.length - (comma ? 1 : 0)
  const start = contentStart(tokens, end)
  // An item of a comma chain of three or more is no meaning: "Loonstroken, aangifte loonheffingen, de WKR,
  // verzuim", "Btw-aangiftes, de WKR, verzuim.", "Payslips, pension auto-enrolment, the CIS, that sort of
  // thing" (held-out review 68): a comma before the item before, or another item after the acronym.
  if (comma && (tokens[start - 1]?.text === ',' || (tokens[index + 1]?.text === ',' && !continuesAfterApposition(tokens, index + 2)))) return false
  return explains(tokens.slice(start, end))
}

/** The naming marker right before the acronym: how many words it has, and whether it needs a comma before it. */
function namingMarker(tokens: readonly Token[], index: number): {length: number; needsComma: boolean} | undefined {
  for (const marker of SELF_NAMING) {
    if (marker.every((word, at) => tokens[index - marker.length + at]?.norm === word)) return {length: marker.length, needsComma: false}
  }
  return NAMING_WORDS.has(tokens[index - 1]?.norm ?? '') ? {length: 1, needsComma: true} : undefined
}

/**
 * A spoken gloss in apposition, without a marker: "We put down a rubber membrane, EPDM, with a
 * twenty-year guarantee", "een rubberen dakbedekking, EPDM, met …". Speakers cannot say brackets, so a
 * noun phrase with its article, a comma and the acronym explain it. The apposition must close (at the
 * end, or at a comma before a word that goes on with the sentence) and must not follow a comma or a list
 * word itself, or it is an item of a list: "content marketing, SEO, SEA", "a new website, SEO, a blog".
 */
function glossedInApposition(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.text !== ',') return false
  const after = tokens[index + 1]
  if (after?.text === ',' ? !continuesAfterApposition(tokens, index + 2) : after?.kind === 'word') return false
  const end = index - 1
  const start = contentStart(tokens, end)
  if (start === end || !NOUN_PHRASE_OPENERS.has(tokens[start - 1]?.norm ?? '')) return false
  const before = tokens[start - 2]
  if (before !== undefined && (before.text === ',' || LIST_WORDS.has(before.norm))) return false
  return explains(tokens.slice(start, end))
}

/** A function word after an apposition goes on with the sentence ("…, EPDM, with …"); anything else starts another item. */
function continuesSentence(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && functionWords.has(token.norm) && !LIST_WORDS.has(token.norm) && !ITEM_ARTICLES.has(token.norm)
}

/**
 * What follows the comma after an apposition, at `at`, goes on with the sentence: a function word ("…,
 * EPDM, with …"), "and" or "en" before anything but an article or a name ("a rubber membrane, EPDM, and
 * new gutters", "de nieuwe Europese cyberwet, NIS2, en met back-ups"), or the rest of a clause in small
 * letters with no list word, as the verb of the sentence has ("the new European cyber law, NIS2, came in,
 * …") (held-out review 52). A third item stays a list: "the online shop, SEO, and the app", "…, SEO,
 * hosting and ads".
 */
function continuesAfterApposition(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]
  if (continuesSentence(first)) return true
  if (first === undefined || first.kind !== 'word') return false
  const next = tokens[at + 1]
  if (first.norm === 'and' || first.norm === 'en') return next !== undefined && next.kind === 'word' && !ITEM_ARTICLES.has(next.norm) && !isCapitalised(next) && acronymOf(next.text) === undefined
  if (!/^\p{Ll}+$/u.test(first.text)) return false
  const clause = clauseFrom(tokens, at)
  if (clause.length < 2 || clause.some((token) => LIST_WORDS.has(token.norm) || acronymOf(token.text) !== undefined)) return false
  // A list goes on after the clause: "…, SEO, social media, and ads".
  const end = at + clause.length
  return !(tokens[end]?.text === ',' && LIST_WORDS.has(tokens[end + 1]?.norm ?? ''))
}

/** Where the content words right before `end` start, five at most: "We do search engine optimisation, or SEO" gives the last three. */
function contentStart(tokens: readonly Token[], end: number): number {
  const isContentWord = (token: Token) => token.kind === 'word' && !functionWords.has(token.norm) && !acronymOf(token.text)
  let start = end
  while (start > 0 && end - start < 5 && isContentWord(tokens[start - 1]!)) start--
  return start
}

/** The words from `start` up to the next punctuation mark. */
function clauseFrom(tokens: readonly Token[], start: number): readonly Token[] {
  let end = start
  while (end < tokens.length && tokens[end]!.kind === 'word') end++
  return tokens.slice(start, end)
}

/**
 * Names in brackets, joined by commas, that are examples, not the meaning: "IaC (Terraform, Pulumi)",
 * "ATS management (Workday, Taleo)" (held-out review 63). Every word is a name and their first letters do
 * not spell the acronym, as "ESG (Environmental, Social, Governance)" does.
 */
function namesExamples(inside: readonly Token[], acronym: string): boolean {
  const words = inside.filter((token) => token.kind === 'word' && !LIST_WORDS.has(token.norm))
  if (!inside.some((token) => token.text === ',') || !words.every((token) => isNameWord(token) || acronymOf(token.text) !== undefined)) return false
  return !words.map((token) => token.text.charAt(0).toUpperCase()).join('').includes(letters(acronym.replace(SUFFIX, '')))
}

/** Two or more words, or one long compound ("klantbeheersysteem"). */
function explains(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word' && !acronymOf(token.text))
  return words.length >= 2 || words.some((token) => token.text.length >= 10)
}

/** Paragraphs whose words, all sentences together, are mostly in capitals. */
function paragraphsInCapitals(sentences: readonly SentenceView[]): ReadonlySet<number> {
  const tokensOf = new Map<number, Token[]>()
  for (const sentence of sentences) {
    const tokens = tokensOf.get(sentence.paragraph)
    if (tokens) tokens.push(...sentence.tokens)
    else tokensOf.set(sentence.paragraph, [...sentence.tokens])
  }
  // Enough words, some long, so a row of acronyms ("SEO · SEA · CRO") is no shouted paragraph.
  const inCapitals = (tokens: readonly Token[]) =>
    isShouting(tokens) &&
    tokens.filter((token) => token.kind === 'word' && /\p{L}{3,}/u.test(token.text)).length >= MIN_SHOUTED_WORDS &&
    tokens.some((token) => token.kind === 'word' && /\p{L}{6,}/u.test(token.text))
  return new Set([...tokensOf].filter(([, tokens]) => inCapitals(tokens)).map(([paragraph]) => paragraph))
}

/** Fewest words of three letters or more that make a paragraph in capitals shouting. */
const MIN_SHOUTED_WORDS = 6



export const retextUnexplainedAcronym = rulePlugin(unexplainedAcronym)
