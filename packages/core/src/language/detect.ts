import {franc} from 'franc-min'
import {dutchDetectionWords, dutchFunctionWords} from '../data/nl/function-words.js'
import {englishDetectionWords, englishFunctionWords} from '../data/en/function-words.js'

export type Language = 'nl' | 'en'

export interface LanguageGuess {
  readonly language: Language
  /** How the guess was made: function words, the trigram fallback, or nothing to go on. */
  readonly method: 'function-words' | 'trigrams' | 'default'
  readonly dutchHits: number
  readonly englishHits: number
}

const DUTCH = new Set([...dutchFunctionWords, ...dutchDetectionWords])
const ENGLISH = new Set([...englishFunctionWords, ...englishDetectionWords])
const WORD = /[\p{L}'’]+/gu

/** How many Dutch and English function words a text holds. */
export interface FunctionWordHits {
  readonly dutchHits: number
  readonly englishHits: number
}

/** The counts `detectLanguage` decides by; callers that split a text can count the parts once and add them up. */
export function functionWordHits(text: string): FunctionWordHits {
  let dutchHits = 0
  let englishHits = 0
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'")
    if (DUTCH.has(word)) dutchHits++
    if (ENGLISH.has(word)) englishHits++
  }
  return {dutchHits, englishHits}
}

/**
 * Dutch or English? Counts function words first: on short pitch lines this was more accurate than
 * trigram models (see docs/language-detection.md). Ties fall back to franc-min limited to nl/en.
 */
export function detectLanguage(text: string, fallback: Language = 'en', hits: FunctionWordHits = functionWordHits(text)): LanguageGuess {
  const {dutchHits, englishHits} = hits
  if (dutchHits !== englishHits) {
    return {language: dutchHits > englishHits ? 'nl' : 'en', method: 'function-words', dutchHits, englishHits}
  }
  const trigram = franc(text, {only: ['nld', 'eng'], minLength: 1})
  if (trigram === 'nld' || trigram === 'eng') {
    return {language: trigram === 'nld' ? 'nl' : 'en', method: 'trigrams', dutchHits, englishHits}
  }
  return {language: fallback, method: 'default', dutchHits, englishHits}
}
