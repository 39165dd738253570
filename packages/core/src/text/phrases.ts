/**
 * Exact word-sequence lookup for word lists (jargon, hedges): a map from first word to the phrases
 * starting with it, so each token costs one map lookup. Patterns would be overkill for fixed forms.
 */
export interface PhraseIndex<T> {
  readonly byFirstWord: ReadonlyMap<string, readonly {readonly words: readonly string[]; readonly value: T}[]>
}

export interface PhraseMatch<T> {
  /** Token indices, end exclusive. */
  readonly start: number
  readonly end: number
  readonly value: T
}

export function phraseIndex<T>(entries: Iterable<readonly [phrase: string, value: T]>): PhraseIndex<T> {
  const byFirstWord = new Map<string, {words: string[]; value: T}[]>()
  for (const [phrase, value] of entries) {
    const words = phrase.toLowerCase().trim().split(/\s+/)
    const first = words[0]
    if (!first) continue
    const list = byFirstWord.get(first)
    if (list) list.push({words, value})
    else byFirstWord.set(first, [{words, value}])
  }
  // Longest phrases first, so "met betrekking tot" wins over "met".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  return {byFirstWord}
}

/** Non-overlapping matches, left to right, longest first. */
export function findPhrases<T>(words: readonly string[], index: PhraseIndex<T>): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = []
  // An empty list (the usual user deny list) needs no look-ups.
  if (index.byFirstWord.size === 0) return matches
  let position = 0
  while (position < words.length) {
    const candidates = index.byFirstWord.get(words[position]!)
    let matched = 0
    if (candidates) {
      for (const candidate of candidates) {
        if (startsAt(words, position, candidate.words)) {
          matches.push({start: position, end: position + candidate.words.length, value: candidate.value})
          matched = candidate.words.length
          break
        }
      }
    }
    position += matched || 1
  }
  return matches
}

function startsAt(words: readonly string[], position: number, phrase: readonly string[]): boolean {
  if (position + phrase.length > words.length) return false
  for (let offset = 0; offset < phrase.length; offset++) if (words[position + offset] !== phrase[offset]) return false
  return true
}

/** One phrase index per language over entries with `forms` (jargon, hedges), built on first use. */
export function formsIndex<T extends {readonly forms: readonly string[]}>(
  lists: Readonly<Record<'nl' | 'en', readonly T[]>>,
): (language: 'nl' | 'en') => PhraseIndex<T> {
  const indexes = new Map<'nl' | 'en', PhraseIndex<T>>()
  return (language) => {
    let index = indexes.get(language)
    if (!index) {
      index = phraseIndex(lists[language].flatMap((entry) => entry.forms.map((form) => [form, entry] as const)))
      indexes.set(language, index)
    }
    return index
  }
}
