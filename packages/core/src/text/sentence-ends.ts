import type {Paragraph, Sentence, SentenceContent, WhiteSpace, Word} from 'nlcst'
import {ParseDutch} from 'parse-dutch'
import {ParseEnglish} from 'parse-english'
import {englishSentenceEnds} from '../data/en/sentence-ends.js'
import {dutchSentenceEnds} from '../data/nl/sentence-ends.js'
import type {Language} from '../language/detect.js'

type ParagraphPlugin = (paragraph: Paragraph) => void

/** Numbers the parser keeps before a full stop ("a team of 12. We …"), as it would a section number. */
const SHORT_NUMBER = /^\d{1,3}$/
const CAPITAL = /^\p{Lu}/u
/** Emoji used as a full stop: "We bake in Cork ☕🍰 Come by on Sunday." */
const EMOJI = /^[\p{Extended_Pictographic}\u200d\ufe0f\p{Emoji_Modifier}]+$/u

/**
 * A paragraph step that ends a sentence after a word the parser wrongly kept as an abbreviation, or
 * after an emoji, when the next word starts with a capital: "Bel me op. Ik ben Sanne." and "Cork ☕ We
 * bake …" are two sentences, not one long one.
 * A word that opens its sentence ("a. Ik …", a list marker) and single capitals (initials) are left.
 */
function splitAfter(words: ReadonlySet<string>): ParagraphPlugin {
  const endsSentence = (word: string) => {
    if (SHORT_NUMBER.test(word)) return true
    // One-letter entries ("u") only in lower case: "J. Jansen" is a name.
    return word.length === 1 ? words.has(word) : words.has(word.toLowerCase())
  }
  return (paragraph) => {
    for (let index = 0; index < paragraph.children.length; index++) {
      const sentence = paragraph.children[index]!
      if (sentence.type !== 'SentenceNode') continue
      const at = splitPoint(sentence, endsSentence)
      if (at === undefined) continue
      const [head, space, tail] = split(sentence, at, sentence.children[at]!.type === 'WordNode')
      paragraph.children.splice(index, 1, head, ...space, tail)
      index += space.length // the tail is checked next: it may hold another split
    }
  }
}

/** Index of the word ending in a merged full stop after which the sentence really ends. */
function splitPoint(sentence: Sentence, endsSentence: (word: string) => boolean): number | undefined {
  const children = sentence.children
  let seenWord = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const emoji = child.type === 'SymbolNode' && EMOJI.test(child.value)
    if (child.type !== 'WordNode' && !emoji) continue
    const ends = emoji || (mergedFullStop(child as Word) && endsSentence(wordText(child as Word)))
    if (seenWord && ends) {
      const next = children[index + 1]
      const after = next?.type === 'WhiteSpaceNode' ? children[index + 2] : undefined
      if (after?.type === 'WordNode' && CAPITAL.test(wordText(after))) return index
    }
    if (child.type === 'WordNode') seenWord = true
  }
  return undefined
}

function mergedFullStop(word: Word): boolean {
  const last = word.children[word.children.length - 1]
  return word.children.length > 1 && last?.type === 'PunctuationNode' && last.value === '.'
}

/** The word's text without its merged full stop. */
function wordText(word: Word): string {
  let text = ''
  for (const child of word.children) if (child.type === 'TextNode') text += child.value
  return text
}

/**
 * Split a sentence after child `at`. A word's merged full stop becomes the head's last token; an emoji
 * simply ends the head.
 */
function split(sentence: Sentence, at: number, fullStopInWord: boolean): [Sentence, WhiteSpace[], Sentence] {
  const headChildren: SentenceContent[] = sentence.children.slice(0, at + 1)
  if (fullStopInWord) {
    const word = sentence.children[at] as Word
    const fullStop = word.children.pop()!
    const textEnd = word.children[word.children.length - 1]?.position?.end
    if (word.position && textEnd) word.position = {start: word.position.start, end: {...textEnd}}
    headChildren.push(fullStop as SentenceContent)
  }
  const rest = sentence.children.slice(at + 1)
  const space: WhiteSpace[] = []
  while (rest[0]?.type === 'WhiteSpaceNode') space.push(rest.shift() as WhiteSpace)
  return [withPosition(headChildren), space, withPosition(rest)]
}

function withPosition(children: SentenceContent[]): Sentence {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return start && end ? {type: 'SentenceNode', children, position: {start, end}} : {type: 'SentenceNode', children}
}

const dutchEnds = splitAfter(new Set(dutchSentenceEnds))
const englishEnds = splitAfter(new Set(englishSentenceEnds))

/** The parsers pitchlint uses: retext's, plus the sentence ends above before positions are patched. */
export class PitchDutchParser extends ParseDutch {}
export class PitchEnglishParser extends ParseEnglish {}
for (const [Parser, plugin] of [[PitchDutchParser, dutchEnds], [PitchEnglishParser, englishEnds]] as const) {
  const plugins = [...Parser.prototype.tokenizeParagraphPlugins]
  plugins.splice(plugins.length - 1, 0, plugin as (typeof plugins)[number])
  Parser.prototype.tokenizeParagraphPlugins = plugins
}

export function parserFor(language: Language): ParseDutch | ParseEnglish {
  return language === 'nl' ? new PitchDutchParser() : new PitchEnglishParser()
}
