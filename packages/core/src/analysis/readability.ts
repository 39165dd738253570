import type {Language} from '../language/detect.js'
import {dutchSyllables, englishSyllables} from '../language/syllables.js'
import type {DocumentView} from '../text/document.js'

/** Words and syllables of one sentence. */
export interface SentenceCounts {
  readonly words: number
  readonly syllables: number
}

const WORD = /[\p{L}\p{N}]/u
/** Dutch clitics written as words of their own (line parts are lower case with straight apostrophes). */
const CLITICS = new Set(["'s", "'t", "'k", "'n"])
const LETTER = /\p{L}/u

export function sentenceCounts(wordList: readonly string[], language: Language): SentenceCounts {
  const count = language === 'nl' ? dutchSyllables : englishSyllables
  let words = 0
  let syllables = 0
  for (const word of wordList) {
    // Most words start with an ASCII letter: that settles both tests without a Unicode regex.
    const first = word.charCodeAt(0) | 0x20
    const asciiLetter = first >= 0x61 && first <= 0x7a
    if (!asciiLetter && !WORD.test(word)) continue
    // Dutch "'s avonds", "'t huis": the clitic is said with the next word, not as one of its own (held-out review 56).
    if (CLITICS.has(word)) continue
    words++
    syllables += asciiLetter || LETTER.test(word) ? count(word) : 1
  }
  return {words, syllables}
}

/**
 * Reading ease on the Flesch scale (higher is easier): Flesch-Douma for Dutch
 * (206.835 − 0.93 × words per sentence − 77 × syllables per word; Douma 1960, coefficients as in
 * textacy), Flesch Reading Ease for English (206.835 − 1.015 × wps − 84.6 × spw; Flesch 1948).
 */
export function readingEase(language: Language, words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0
  const perSentence = words / sentences
  const perWord = syllables / words
  return language === 'nl' ? 206.835 - 0.93 * perSentence - 77 * perWord : 206.835 - 1.015 * perSentence - 84.6 * perWord
}

const countsCache = new WeakMap<DocumentView, readonly SentenceCounts[]>()

/** Words and syllables of every sentence of a document, counted once and shared by rules and stats. */
export function viewCounts(view: DocumentView): readonly SentenceCounts[] {
  let counts = countsCache.get(view)
  if (!counts) {
    counts = view.lines.map((line, index) => sentenceCounts(line.wordList, view.sentences[index]!.language))
    countsCache.set(view, counts)
  }
  return counts
}

/** The document's reading ease, in the document's language; null for an empty text. */
export function documentReadability(view: DocumentView): number | null {
  let words = 0
  let syllables = 0
  for (const counts of viewCounts(view)) {
    words += counts.words
    syllables += counts.syllables
  }
  if (words === 0) return null
  return Math.round(readingEase(view.language, words, view.sentences.length, syllables) * 10) / 10
}
