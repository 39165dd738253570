import type {Root, Sentence} from 'nlcst'
import {detectLanguage, type Language} from '../language/detect.js'
import {normalizeWord, sentenceTokens, type SentenceView, type Token} from './tokens.js'
import type {TokenLine} from './pattern.js'

/** A document as the rules see it: sentences with tokens and the language of their paragraph. */
export interface DocumentView {
  readonly language: Language
  readonly source: string
  readonly sentences: readonly SentenceView[]
  readonly lines: readonly TokenLine[]
  readonly words: number
}

/** Paragraphs shorter than this inherit the document's language: too little to go on. */
const MIN_WORDS_TO_DETECT = 8

export function documentView(tree: Root, language: Language, fixedLanguage: boolean, source: string): DocumentView {
  const sentences: SentenceView[] = []
  const lines: TokenLine[] = []
  let words = 0
  let paragraphIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const paragraphLines: {sentence: Sentence; line: SentenceLine}[] = []
    let paragraphWords = 0
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const line = sentenceLine(child, source)
      if (!line) continue
      paragraphLines.push({sentence: child, line})
      paragraphWords += line.wordCount
    }
    if (paragraphLines.length === 0) continue
    let paragraphLanguage = language
    if (!fixedLanguage && paragraphWords >= MIN_WORDS_TO_DETECT) {
      const first = paragraphLines[0]!.line
      const last = paragraphLines[paragraphLines.length - 1]!.line
      paragraphLanguage = detectLanguage(source.slice(first.start, last.end), language).language
    }
    for (const {sentence, line} of paragraphLines) {
      words += line.wordCount
      sentences.push(new LazySentence(sentence, source, line, paragraphLanguage, sentences.length, paragraphIndex))
      lines.push(line)
    }
    paragraphIndex++
  }
  return {language, source, sentences, lines, words}
}

interface SentenceLine extends TokenLine {
  readonly start: number
  readonly end: number
  /** Number of word tokens. */
  readonly wordCount: number
}

/**
 * The text patterns run on, built straight from the tree and the source: most sentences match no
 * pattern, so token objects are only made for the few that need them (see LazySentence).
 */
function sentenceLine(sentence: Sentence, source: string): SentenceLine | undefined {
  const parts: string[] = []
  const starts: number[] = []
  const words = new Set<string>()
  let position = 0
  let wordCount = 0
  let start = -1
  let end = -1
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    if (from === undefined || to === undefined) continue
    if (start === -1) start = from
    end = to
    const norm = normalizeWord(source.slice(from, to)).replace(/\s+/g, '')
    parts.push(norm)
    starts.push(position)
    position += norm.length + 1
    words.add(norm)
    if (child.type === 'WordNode') wordCount++
  }
  if (parts.length === 0) return undefined
  return {line: ' ' + parts.join(' '), starts, words, wordList: parts, start, end, wordCount}
}

class LazySentence implements SentenceView {
  readonly start: number
  readonly end: number
  #tokens: Token[] | undefined

  constructor(
    readonly node: Sentence,
    private readonly source: string,
    line: SentenceLine,
    readonly language: Language,
    readonly index: number,
    readonly paragraph: number,
  ) {
    this.start = line.start
    this.end = line.end
  }

  get tokens(): readonly Token[] {
    this.#tokens ??= sentenceTokens(this.node, this.source)
    return this.#tokens
  }
}
