import type {Sentence, SentenceContent} from 'nlcst'

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

/** A sentence seen as a flat list of tokens, kept with its nlcst node. */
export interface SentenceView {
  readonly node: Sentence
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

export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  // Most words have no apostrophe: skip the replace and its extra string.
  return /[\u2018\u2019\u02bc`´]/.test(lower) ? lower.replace(CURLY_APOSTROPHES, "'") : lower
}

/**
 * Tokens of a sentence; whitespace is dropped because patterns are written word by word.
 * Text comes from the source by offset: much cheaper than serialising each node.
 */
export function sentenceTokens(sentence: Sentence, source: string): Token[] {
  const tokens: Token[] = []
  for (const child of sentence.children) {
    const token = toToken(child, source)
    if (token) tokens.push(token)
  }
  return tokens
}

function toToken(node: SentenceContent, source: string): Token | undefined {
  if (node.type === 'WhiteSpaceNode') return undefined
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const text = source.slice(start, end)
  return {
    text,
    norm: normalizeWord(text),
    kind: node.type === 'WordNode' ? 'word' : 'punctuation',
    start,
    end,
  }
}

/** Starts with a capital letter: a name, a place, or the first word of a sentence. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0)
  return token.kind === 'word' && first !== first.toLowerCase() && first === first.toUpperCase()
}
