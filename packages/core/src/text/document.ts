import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {detectLanguage, type Language} from '../language/detect.js'
import {sentenceTokens, type SentenceView} from './tokens.js'
import {tokenLine, type TokenLine} from './pattern.js'

/** A document as the rules see it: sentences with tokens and the language of their paragraph. */
export interface DocumentView {
  readonly language: Language
  readonly sentences: readonly SentenceView[]
  readonly lines: readonly TokenLine[]
  readonly words: number
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Paragraphs shorter than this inherit the document's language: too little to go on. */
const MIN_WORDS_TO_DETECT = 8

export function documentView(tree: Root, language: Language, fixedLanguage: boolean, source?: string): DocumentView {
  const sentences: SentenceView[] = []
  const lines: TokenLine[] = []
  let words = 0
  let paragraphIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    let paragraphLanguage = language
    const paragraphSentences = paragraph.children.filter((child) => child.type === 'SentenceNode')
    if (!fixedLanguage && paragraphSentences.length > 0) {
      const start = paragraph.position?.start.offset
      const end = paragraph.position?.end.offset
      const text = source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end) : toString(paragraph)
      if (countWords(text) >= MIN_WORDS_TO_DETECT) paragraphLanguage = detectLanguage(text, language).language
    }
    for (const sentence of paragraphSentences) {
      const tokens = sentenceTokens(sentence, source)
      if (tokens.length === 0) continue
      const first = tokens[0]
      const last = tokens[tokens.length - 1]
      if (!first || !last) continue
      words += tokens.filter((token) => token.kind === 'word').length
      sentences.push({
        node: sentence,
        tokens,
        start: first.start,
        end: last.end,
        language: paragraphLanguage,
        index: sentences.length,
        paragraph: paragraphIndex,
      })
      lines.push(tokenLine(tokens))
    }
    paragraphIndex++
  }
  return {language, sentences, lines, words}
}
