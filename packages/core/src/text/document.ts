import type {Root, Sentence} from 'nlcst'
import {detectLanguage, functionWordHits, type FunctionWordHits, type Language} from '../language/detect.js'
import {normalizeWord, UNUSUAL_CHARACTERS, type SentenceView, type Token} from './tokens.js'
import {lineOfParts, linePart, type TokenLine} from './pattern.js'
import {parseParagraphs, type ParsedNode} from './parse.js'
import {isLineDecoration} from './sentence-ends.js'

/** A document as the rules see it: sentences with tokens and the language of their paragraph. */
export interface DocumentView {
  readonly language: Language
  readonly source: string
  readonly sentences: readonly SentenceView[]
  readonly lines: readonly TokenLine[]
  readonly words: number
}

/** How many more function words of one language a paragraph needs to leave the document's language. */
const MIN_HITS_TO_LEAVE = 2

/** Paragraphs shorter than this inherit the document's language: too little to go on. */
const MIN_WORDS_TO_DETECT = 8

/** The view of a parsed tree; sentences keep their nodes. */
export function documentView(tree: Root, language: Language, fixedLanguage: boolean, source: string): DocumentView {
  return viewOf(
    tree.children.map((node) => ({node, offset: 0})),
    language,
    fixedLanguage,
    source,
    true,
  )
}

/**
 * The view of plain text, parsed paragraph by paragraph without keeping the tree: each paragraph's
 * nodes can be collected as soon as its sentences are read, so a long text never holds its whole
 * tree in memory (which made the check slower per word as texts grew).
 */
export function textView(source: string, language: Language, fixedLanguage: boolean): DocumentView {
  return viewOf(parseParagraphs(source, language), language, fixedLanguage, source, false)
}

function viewOf(
  children: Iterable<ParsedNode>,
  language: Language,
  fixedLanguage: boolean,
  source: string,
  keepNodes: boolean,
): DocumentView {
  const sentences: SentenceView[] = []
  const lines: TokenLine[] = []
  let words = 0
  let paragraphIndex = 0
  for (const {node: paragraph, offset} of children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const paragraphLines: {sentence: Sentence; line: SentenceLine}[] = []
    let paragraphWords = 0
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const line = sentenceLine(child, source, offset)
      if (!line) continue
      paragraphLines.push({sentence: child, line})
      paragraphWords += line.wordCount
    }
    if (paragraphLines.length === 0) continue
    let paragraphLanguage = language
    const detect = !fixedLanguage && paragraphWords >= MIN_WORDS_TO_DETECT
    const mixed = !fixedLanguage && paragraphLines.length > 1
    // Function words are counted once per sentence, and only when they decide something; the
    // paragraph's counts are their sum.
    const hits = detect || mixed ? paragraphLines.map(({line}) => functionWordHits(source.slice(line.start, line.end))) : []
    if (detect) {
      const first = paragraphLines[0]!.line
      const last = paragraphLines[paragraphLines.length - 1]!.line
      const sum = {
        dutchHits: hits.reduce((total, hit) => total + hit.dutchHits, 0),
        englishHits: hits.reduce((total, hit) => total + hit.englishHits, 0),
      }
      // A paragraph leaves the document's language on clear evidence only: a row of skills or names ("Key
      // skills: WMS implementation, S&OP, Lean Six Sigma, …") has a function word or none, and letter
      // patterns mislead on names (held-out review 47).
      if (Math.abs(sum.dutchHits - sum.englishHits) >= MIN_HITS_TO_LEAVE) paragraphLanguage = detectLanguage(source.slice(first.start, last.end), language, sum).language
    }
    paragraphLines.forEach(({sentence, line}, at) => {
      words += line.wordCount
      sentences.push({
        node: keepNodes ? sentence : undefined,
        tokens: line.tokens,
        start: line.start,
        end: line.end,
        language: mixed ? sentenceLanguage(line, hits[at]!, paragraphLanguage) : paragraphLanguage,
        index: sentences.length,
        paragraph: paragraphIndex,
      })
      lines.push(line.pattern)
    })
    paragraphIndex++
  }
  return {language, source, sentences, lines, words}
}

/** A sentence needs this many words, and this many function words of the other language, to leave its paragraph's language. */
const MIN_WORDS_TO_SWITCH = 6
const MIN_HITS_TO_SWITCH = 2

/**
 * A sentence in the other language inside a paragraph: "I'm Anna, a physiotherapist in Antwerp. …
 * Huisartsen uit de regio kunnen patiënten bij ons aanmelden." Bilingual Flemish and Brussels profiles
 * mix languages within a paragraph. Only a clear case switches: enough words, enough function words of
 * the other language and none of the paragraph's, so Dutch with English loanwords stays Dutch.
 */
function sentenceLanguage(line: SentenceLine, hits: FunctionWordHits, paragraphLanguage: Language): Language {
  if (line.wordCount < MIN_WORDS_TO_SWITCH) return paragraphLanguage
  const [own, other] = paragraphLanguage === 'nl' ? [hits.dutchHits, hits.englishHits] : [hits.englishHits, hits.dutchHits]
  if (other < MIN_HITS_TO_SWITCH || own !== 0) return paragraphLanguage
  return paragraphLanguage === 'nl' ? 'en' : 'nl'
}

/** Kept apart from its pattern line so every TokenLine has one shape (a spread copy made reads slow). */
interface SentenceLine {
  readonly pattern: TokenLine
  readonly tokens: readonly Token[]
  readonly start: number
  readonly end: number
  /** Number of word tokens. */
  readonly wordCount: number
}


/**
 * A number with a comma inside is one word, as it is said: the parser splits "2,3 miljoen", "€1,5
 * miljoen" and "1,200 clients" at the comma (held-out reviews 55, 58). Joins such tokens in place and
 * returns how many words fewer there are.
 */
function joinNumbersWithCommas(tokens: Token[], parts: string[]): number {
  let joined = 0
  for (let index = tokens.length - 2; index > 0; index--) {
    const comma = tokens[index]!
    const before = tokens[index - 1]!
    const after = tokens[index + 1]!
    if (comma.text !== ',' || before.end !== comma.start || comma.end !== after.start) continue
    if (before.kind !== 'word' || after.kind !== 'word' || !/\d$/.test(before.text) || !/^\d/.test(after.text)) continue
    const text = before.text + ',' + after.text
    const norm = before.norm + ',' + after.norm
    tokens.splice(index - 1, 3, {text, norm, kind: 'word', start: before.start, end: after.end})
    parts.splice(index - 1, 3, norm)
    joined++
    index--
  }
  return joined
}

/**
 * A sentence's tokens and the text patterns run on, in one pass over the tree: text comes from the
 * source by offset, much cheaper than serialising each node.
 */
function sentenceLine(sentence: Sentence, source: string, offset: number): SentenceLine | undefined {
  const tokens: Token[] = []
  const parts: string[] = []
  let wordCount = 0
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    // A bullet or emoji before the first word is decoration: "🚀 Growth marketer for …" opens with
    // its title, for the patterns that look at the start of a sentence and for the sentence's span.
    if (tokens.length === 0 && child.type !== 'WordNode' && 'value' in child && isLineDecoration(child.value)) continue
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    if (from === undefined || to === undefined) continue
    const start = from + offset
    const end = to + offset
    const text = source.slice(start, end)
    // One test finds the rare tokens that need more than lower case (curly apostrophes, white space).
    const plain = !UNUSUAL_CHARACTERS.test(text)
    const norm = plain ? text.toLowerCase() : normalizeWord(text)
    const kind = child.type === 'WordNode' ? 'word' : 'punctuation'
    tokens.push({text, norm, kind, start, end})
    // A lone "@" in a headline reads "at": "Senior Product Designer @ Monzo".
    const part = text === '@' ? 'at' : plain ? norm : linePart(norm)
    parts.push(part)
    if (kind === 'word') wordCount++
  }
  wordCount -= joinNumbersWithCommas(tokens, parts)
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last) return undefined
  return {
    pattern: lineOfParts(parts),
    tokens,
    start: first.start,
    end: last.end,
    wordCount,
  }
}
