import type {Sentence} from 'nlcst'

/** One word, punctuation mark or symbol of a sentence, with its place in the source. */
export interface Token {
  /** Text as written. */
  readonly text: string
  /** Lower case, curly apostrophes made straight: what patterns match against. */
  readonly norm: string
  readonly kind: 'word' | 'punctuation'
  /** 0-based UTF-16 offsets into the document. */
  readonly start: number
  readonly end: number
}

/** A sentence seen as a flat list of tokens. */
export interface SentenceView {
  /** The nlcst node, when the view was made from a whole tree (not for plain text, whose tree is not kept). */
  readonly node: Sentence | undefined
  readonly tokens: readonly Token[]
  /** 0-based offsets of the whole sentence. */
  readonly start: number
  readonly end: number
  /** Language of the paragraph the sentence belongs to. */
  readonly language: 'nl' | 'en'
  /** Index of the sentence in document order. */
  readonly index: number
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g
/** Curly apostrophes or white space: the rare tokens that need more than lower case. */
export const UNUSUAL_CHARACTERS = /[\s\u2018\u2019\u02bc`´]/

export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  // Most words have no apostrophe: skip the replace and its extra string.
  return UNUSUAL_CHARACTERS.test(lower) ? lower.replace(CURLY_APOSTROPHES, "'") : lower
}

/** Share of capitalised words above which a sentence is a Title Case headline. */
const TITLE_CASE_SHARE = 0.75
const titleCaseLines = new WeakMap<readonly Token[], boolean>()

/**
 * A sentence written in Title Case ("Family Lawyer at Keel Law", "Connecting Top Talent with
 * Game-Changing Opportunities"): a headline, where capitals say nothing about names or titles.
 * Worked out once per sentence, since rules ask it for many of its words.
 */
export function isTitleCaseLine(tokens: readonly Token[]): boolean {
  let known = titleCaseLines.get(tokens)
  if (known === undefined) {
    let words = 0
    let capitalised = 0
    for (const token of tokens) {
      if (token.kind !== 'word' || !/\p{L}/u.test(token.text)) continue
      words++
      if (isCapitalised(token)) capitalised++
    }
    known = words > 0 && capitalised / words > TITLE_CASE_SHARE
    titleCaseLines.set(tokens, known)
  }
  return known
}

/** Starts with a capital letter: a name, a place, or the first word of a sentence. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0)
  return token.kind === 'word' && first !== first.toLowerCase() && first === first.toUpperCase()
}

/** The speaker as the subject of a clause, in both languages: "ik zoek", "we're", "i'm" typed in lower case. */
export const SPEAKER_SUBJECTS: ReadonlySet<string> = new Set(['ik', 'wij', 'we', 'i', "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'll", "we'd"])

/** Words before a firm's name: "Gary here from Hallam Roofing", "Jan van Peeters Dakwerken". */
export const FIRM_LEADS: ReadonlySet<string> = new Set(['from', 'at', 'of', 'van', 'bij', 'namens', '@'])

/**
 * A sentence in capitals, as some type whole posts ("WE FIX PUNCTURES ACROSS ESSEX"): emphasis, where
 * capitals mark neither acronyms nor names.
 */
export function isShouting(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word' && /\p{L}{3,}/u.test(token.text))
  return words.length >= 3 && words.filter((token) => token.text === token.text.toUpperCase()).length / words.length > 0.6
}

/** A word right after "#": a hashtag, a search tag rather than prose ("#mindset", "#OpenToWork"). */
export function isHashtag(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  return before !== undefined && before.text === '#' && before.end === tokens[index]!.start
}

/** Relative pronouns of both languages: a clause after one is about its antecedent ("a neighbour who …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'die', 'dat'])

/** Separators of a headline or a row of names: the sentence splitter ends a part at each ("Python · SQL · dbt"). */
export const PART_SEPARATORS: ReadonlySet<string> = new Set(['·', '|', '•'])

/** Whether the sentence at `index` follows a separator on its line, as a part of a headline or a row of names. */
export function afterSeparator(sentences: readonly SentenceView[], index: number): boolean {
  const previous = sentences[index - 1]?.tokens
  return previous !== undefined && PART_SEPARATORS.has(previous[previous.length - 1]?.text ?? '')
}

/** Titles before a name, written with a full stop: "Prof. dr. ir. Jan de Vries", "Dr. Smith". */
export const NAME_TITLES: ReadonlySet<string> = new Set(['prof', 'dr', 'drs', 'ir', 'ing', 'mr', 'mrs', 'ms', 'dhr', 'mevr', 'mw'])
