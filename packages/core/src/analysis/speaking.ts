import type {Language} from '../language/detect.js'
import type {DocumentView} from '../text/document.js'
import {signOffStart} from '../text/greetings.js'
import {viewCounts} from './readability.js'

/**
 * Words per minute used to estimate speaking time. Dutch speakers average about 4 syllables a second
 * with pauses (Verhoeven, De Pauw & Kloots 2004), about 135–143 words a minute; presentations in
 * English run at 130–140. pitchlint uses the calmer end: nl 130, en 140.
 */
export const SPEAKING_RATE: Readonly<Record<Language, number>> = {nl: 130, en: 140}

export function spokenSeconds(words: number, language: Language): number {
  return Math.round((words / SPEAKING_RATE[language]) * 600) / 10
}

const spokenCache = new WeakMap<DocumentView, number>()

/** The words that would be said: all of them but an e-mail's closing and signature (see `signOffStart`). */
export function spokenWords(view: DocumentView): number {
  let words = spokenCache.get(view)
  if (words === undefined) spokenCache.set(view, (words = countSpoken(view)))
  return words
}

function countSpoken(view: DocumentView): number {
  const end = signOffStart(view.sentences, viewCounts(view).map((count) => count.words), view.source)
  let words = view.words
  // As `view.words` counts them: every word token.
  for (const sentence of view.sentences.slice(end)) for (const token of sentence.tokens) if (token.kind === 'word') words--
  return words
}
