import {englishJargon} from '../data/en/jargon.js'
import {dutchJargon} from '../data/nl/jargon.js'
import type {JargonEntry} from '../data/types.js'
import {phraseIndex, type PhraseIndex} from '../text/phrases.js'
import type {Language} from './detect.js'

const lists: Readonly<Record<Language, readonly JargonEntry[]>> = {nl: dutchJargon, en: englishJargon}
const indexes = new Map<Language, PhraseIndex<JargonEntry>>()

/** Every form of every jargon entry of a language, indexed for lookup; built once. */
export function jargonIndex(language: Language): PhraseIndex<JargonEntry> {
  let index = indexes.get(language)
  if (!index) {
    index = phraseIndex(lists[language].flatMap((entry) => entry.forms.map((form) => [form, entry] as const)))
    indexes.set(language, index)
  }
  return index
}
