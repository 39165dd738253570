/**
 * A list of word endings, looked up by length: a word is checked against each length that occurs
 * (a handful) instead of against every ending (fifty Dutch trade and sector heads).
 */
export interface SuffixIndex {
  /** Lengths of the endings, ascending. */
  readonly lengths: readonly number[]
  readonly endings: ReadonlySet<string>
}

export function suffixIndex(endings: readonly string[]): SuffixIndex {
  const set = new Set(endings.filter((ending) => ending.length > 0))
  return {lengths: [...new Set([...set].map((ending) => ending.length))].sort((a, b) => a - b), endings: set}
}

/**
 * The endings of the list that `word` ends with, leaving a head of at least `minHead` characters,
 * shortest first.
 */
export function endingsOf(word: string, index: SuffixIndex, minHead: number): string[] {
  const found: string[] = []
  for (const length of index.lengths) {
    if (word.length < length + minHead) break
    const ending = word.slice(word.length - length)
    if (index.endings.has(ending)) found.push(ending)
  }
  return found
}
