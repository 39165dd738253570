import type {Token} from './tokens.js'

/**
 * Word patterns: a tiny language for the phrases in pitchlint's data files.
 *
 * Tokens are separated by spaces and match whole tokens, case-insensitively (so an option of an
 * alternative is one word: write "groot of klein" and "klein of groot" as two patterns; an option
 * written twice is rejected as the likely sign of that mistake):
 * - `zoek|zoeken`   one of these words; `klant*` a word starting with `klant`
 * - `@name`         any entry of the lexicon `name` (entries may be several words)
 * - `x?`            the token is optional
 * - `_`             any one word; `#` a word with a digit (both also as options: `booking #|for`)
 * - `...` / `...N`  a gap of 0–4 (or 0–N) words (a currency or percent sign, or `&` inside a name, counts as
 *                   one), never across punctuation
 * - `~a|b`          the next token is not one of these (consumes nothing)
 * - `<` … `>`       the part of the match to report (default: all of it)
 * - `^` / `$`       start of sentence / end of a clause (punctuation, an emoji or symbol, or the end)
 * - `,` `.` `:` `\?` `!` punctuation marks (`\?` because `?` means optional)
 */
export interface CompiledPattern {
  readonly source: string
  readonly regex: RegExp
  /** The same expression without match indices: a cheap first test, since most sentences do not match. */
  readonly probe: RegExp
  /**
   * For each required word token, the words one of which must be in a sentence for it to match.
   * Checking these sets first skips most patterns without running a regular expression.
   */
  readonly anchors: readonly ReadonlySet<string>[]
  /** The span holds a required token, so any match of the probe has a non-empty span. */
  readonly spanNeverEmpty: boolean
}

export type Lexicons = Readonly<Record<string, readonly string[]>>

/** A match: token indices of the reported span (end exclusive). */
export interface PatternMatch {
  readonly start: number
  readonly end: number
  readonly pattern: string
}

/**
 * A token with a letter or digit. Written so there is one way to match a token (the first letter or
 * digit is the required one): `[^ ]*[\p{L}\p{N}][^ ]*` can split a word many ways, and a gap of four
 * such words backtracked through every combination before failing.
 */
const WORD = String.raw`[^ \p{L}\p{N}]*[\p{L}\p{N}][^ ]*`
/**
 * A word in a gap, or a currency or percent sign, which stands in a phrase as a word does ("van € 1,5
 * miljoen"), or an ampersand inside a name ("We're Crumb & Co, a bakery").
 */
const GAP_WORD = String.raw`(?:${WORD}|[€$£¥%&])`
/** A token with a digit, unambiguous for the same reason. */
const NUMBER = String.raw`[^ \p{N}]*\p{N}[^ ]*`
/**
 * A clause ends at punctuation, at the end of the line, at a headline's separator ("Fotografe | Amsterdam"),
 * or at an emoji or symbol used as one ("Glazenwasserij Tom 🧽 voor particulieren", "Gent ✦ Antwerpen").
 */
const CLAUSE_END = String.raw`(?=$| [.,;:!?…)\-–—|·•\p{Extended_Pictographic}\p{So}])`
const PUNCTUATION_TOKENS = new Set([',', '.', ':', ';', '!', '\\?', '(', ')', '-', '–', '—', '…'])

export function compilePattern(source: string, lexicons: Lexicons = {}): CompiledPattern {
  const parts: string[] = []
  const anchors: ReadonlySet<string>[] = []
  let hasSpan = false
  let spanOpen = false
  let tokenInSpan = false
  let tokenAnywhere = false
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '<') {
      parts.push(')(?<span>')
      hasSpan = true
      spanOpen = true
      continue
    }
    if (raw === '>') {
      parts.push(')')
      spanOpen = false
      continue
    }
    if (raw === '^') {
      parts.push('^')
      continue
    }
    if (raw === '$') {
      parts.push(CLAUSE_END)
      continue
    }
    if (raw.includes('|') && raw.split('|').includes('$')) {
      // "$|en|om": the clause ends here, or one of these words follows.
      const words = raw.split('|').filter((option) => option !== '$').join('|')
      parts.push(`(?:${CLAUSE_END}| ${alternatives(words, lexicons, source)}(?= |$))`)
      continue
    }
    const gap = /^\.\.\.(\d*)$/.exec(raw)
    if (gap) {
      parts.push(`(?: ${GAP_WORD}){0,${gap[1] || '4'}}`)
      continue
    }
    if (raw.startsWith('~')) {
      parts.push(`(?! ${alternatives(raw.slice(1), lexicons, source)}(?= |$))`)
      continue
    }
    const optional = raw.length > 1 && raw.endsWith('?') && !raw.endsWith('\\?')
    const body = optional ? raw.slice(0, -1) : raw
    const fragment = ` ${tokenFragment(body, lexicons, source)}(?= |$)`
    parts.push(optional ? `(?:${fragment})?` : fragment)
    if (!optional) {
      tokenAnywhere = true
      if (spanOpen) tokenInSpan = true
    }
    const required = optional ? undefined : literalAnchors(body, lexicons)
    if (required) anchors.push(new Set(required))
  }
  // A span opened with `<` and never closed runs to the end of the match.
  if (spanOpen) parts.push(')')
  // `pre` is everything before the span, so the span's offset is the match's plus its length: match
  // indices (the `d` flag) would cost more than the rest of the match.
  const pattern = hasSpan ? `(?<pre>${parts.join('')}` : `(?<pre>)(?<span>${parts.join('')})`
  // The probe captures nothing (capturing allocates on every test); the regex numbers its two groups,
  // since a named group makes a `groups` object on every match. Every other group is `(?:`.
  const probe = pattern.replace('(?<pre>', '(?:').replace('(?<span>', '(?:')
  const numbered = pattern.replace('(?<pre>', '(').replace('(?<span>', '(')
  const spanNeverEmpty = hasSpan ? tokenInSpan : tokenAnywhere
  return {source, regex: new RegExp(numbered, 'gu'), probe: new RegExp(probe, 'u'), anchors, spanNeverEmpty}
}

function tokenFragment(body: string, lexicons: Lexicons, source: string): string {
  if (body === '_') return WORD
  if (body === '#') return NUMBER
  return alternatives(body, lexicons, source)
}

function alternatives(body: string, lexicons: Lexicons, source: string): string {
  const written = body.split('|')
  // A repeated option is nearly always a phrase split by mistake: tokens are separated by spaces, so
  // "groot of klein|klein of groot" reads as groot, of, klein|klein, of, groot.
  const repeated = written.find((option, index) => written.indexOf(option) !== index)
  if (repeated !== undefined) throw new Error(`Option "${repeated}" appears twice in "${body}" of pattern "${source}"`)
  const options = written.flatMap((option) => expand(option, lexicons, source))
  return `(?:${options.join('|')})`
}

function expand(option: string, lexicons: Lexicons, source: string): string[] {
  if (option.startsWith('@')) {
    const entries = lexicons[option.slice(1)]
    if (!entries) throw new Error(`Unknown lexicon ${option} in pattern "${source}"`)
    return entries.map((entry) => entry.toLowerCase().split(/\s+/).map(literal).join(' '))
  }
  if (PUNCTUATION_TOKENS.has(option)) return [escape(option.replace('\\', ''))]
  // "#" and "_" mean the same as an option as they do alone: "booking #|for" (a year or "for").
  if (option === '#') return [NUMBER]
  if (option === '_') return [WORD]
  return [literal(option.toLowerCase())]
}

function literal(word: string): string {
  return word.endsWith('*') && word.length > 1 ? escape(word.slice(0, -1)) + '[^ ]*' : escape(word)
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Plain words (no prefix, no lexicon) that a sentence must contain; undefined when unknown. */
function literalAnchors(body: string, lexicons: Lexicons): string[] | undefined {
  if (body === '_' || body === '#') return undefined
  const words: string[] = []
  for (const option of body.split('|')) {
    if (option.endsWith('*') || option === '#' || option === '_' || PUNCTUATION_TOKENS.has(option)) return undefined
    if (option.startsWith('@')) {
      for (const entry of lexicons[option.slice(1)] ?? []) {
        const first = entry.toLowerCase().split(/\s+/)[0]
        if (!first || first.endsWith('*')) return undefined
        words.push(first)
      }
    } else {
      words.push(option.toLowerCase().split(/\s+/)[0] ?? option)
    }
  }
  return words
}

/** The text patterns run on: one space before every token. */
export interface TokenLine {
  readonly line: string
  /** Character index (of the leading space) of each token, worked out on first use (see `tokenStarts`). */
  starts: readonly number[] | undefined
  /** The tokens' line parts, in order. */
  readonly wordList: readonly string[]
  /** Cache of `lineEntries`: the index entries of this line's words, as of a registry version. */
  entries: readonly WordEntry[] | undefined
  entriesVersion: number
}

const WHITESPACE = /\s/

/** A token as the line holds it: white space inside a token (rare) is dropped, a space separates tokens. */
export function linePart(norm: string): string {
  return WHITESPACE.test(norm) ? norm.replace(/\s+/g, '') : norm
}

export function tokenLine(tokens: readonly Token[]): TokenLine {
  return lineOfParts(tokens.map((token) => linePart(token.norm)))
}

/** A line from parts that are already line parts (see `linePart`). */
export function lineOfParts(wordList: readonly string[]): TokenLine {
  return {
    line: ' ' + wordList.join(' '),
    starts: undefined,
    wordList,
    entries: undefined,
    entriesVersion: -1,
  }
}

/** Where each token starts in `line.line`; only lines a pattern matches need it. */
function tokenStarts(line: TokenLine): readonly number[] {
  if (!line.starts) {
    const starts: number[] = []
    let position = 0
    for (const word of line.wordList) {
      starts.push(position)
      position += word.length + 1
    }
    line.starts = starts
  }
  return line.starts
}

/** Shared result for the common case, so a miss allocates nothing. */
const NO_MATCHES: readonly PatternMatch[] = Object.freeze([])
const NO_INDICES: readonly number[] = Object.freeze([])

export function matchPattern(line: TokenLine, pattern: CompiledPattern): readonly PatternMatch[] {
  return probe(line, pattern) ? spans(line, pattern) : NO_MATCHES
}

/** The reported spans of a pattern the probe found in the line. */
function spans(line: TokenLine, pattern: CompiledPattern): readonly PatternMatch[] {
  const matches: PatternMatch[] = []
  pattern.regex.lastIndex = 0
  for (const match of line.line.matchAll(pattern.regex)) {
    // Group 1 is what comes before the span, group 2 the span.
    const span = match[2]
    if (!span) continue
    const from = match.index + (match[1]?.length ?? 0)
    const starts = tokenStarts(line)
    const start = firstTokenAtOrAfter(starts, from)
    const end = firstTokenAtOrAfter(starts, from + span.length)
    if (end > start) matches.push({start, end, pattern: pattern.source})
  }
  return matches
}

/**
 * Whether a line holds one of the required words. The line's words are looked up in the pattern's set
 * rather than the other way round: a set per line would live as long as the line, and on long texts
 * what stays alive is what garbage collection pays for.
 */
function hasAny(words: readonly string[], required: ReadonlySet<string>): boolean {
  for (const word of words) if (required.has(word)) return true
  return false
}

function firstTokenAtOrAfter(starts: readonly number[], char: number): number {
  let index = 0
  while (index < starts.length && (starts[index] ?? 0) < char) index++
  return index
}

/**
 * Patterns indexed by a word each one needs, so a sentence only runs the patterns whose words it
 * contains. Pitch data has hundreds of patterns and most sentences match none of them.
 */
export interface PatternSet {
  /** This set's place in each word's `bySet`. */
  readonly id: number
  readonly patterns: readonly CompiledPattern[]
  /** Patterns with no required plain word: always tried. */
  readonly always: readonly number[]
  /**
   * Per pattern, the ids (see `anchorId`) of its anchors other than the one the index holds: a pattern
   * found through the index has a word of that one in the line, and must have a word of each other.
   */
  readonly otherAnchors: readonly (readonly number[])[]
  /** Scratch bits for merging candidate lists in pattern order, all zero between calls. */
  readonly marks: Uint32Array
}

/**
 * What one indexed word can start: per set id, the indices of the set's patterns it anchors; and the
 * ids of the other anchors it belongs to.
 */
interface WordEntry {
  readonly bySet: (number[] | undefined)[]
  readonly anchors: number[]
}

/**
 * Indexed word → the patterns it anchors in every set. A line looks each of its words up once (see
 * `lineEntries`); each set then reads its own slot of the few entries found, with no further hashing.
 */
const entriesByWord = new Map<string, WordEntry>()
let setCount = 0
let registryVersion = 0

/** Ids of the anchors patterns require besides their indexed one, by their words: shared between patterns. */
const anchorIds = new Map<string, number>()

function entryOf(word: string): WordEntry {
  let entry = entriesByWord.get(word)
  if (!entry) entriesByWord.set(word, (entry = {bySet: [], anchors: []}))
  return entry
}

/** One id per distinct set of anchor words; each word's entry lists the ids it satisfies. */
function anchorId(words: ReadonlySet<string>): number {
  const key = [...words].sort().join(' ')
  let id = anchorIds.get(key)
  if (id === undefined) {
    anchorIds.set(key, (id = anchorIds.size))
    for (const word of words) entryOf(word).anchors.push(id)
    stamps = new Uint32Array(anchorIds.size)
    stampedLine = undefined
  }
  return id
}

export function patternSet(patterns: readonly CompiledPattern[]): PatternSet {
  const id = setCount++
  const always: number[] = []
  const otherAnchors: number[][] = []
  patterns.forEach((pattern, index) => {
    // Index by the smallest required set: fewer words usually means rarer words.
    let rarest = -1
    pattern.anchors.forEach((set, anchor) => {
      if (rarest === -1 || set.size < pattern.anchors[rarest]!.size) rarest = anchor
    })
    otherAnchors.push(pattern.anchors.flatMap((set, anchor) => (anchor === rarest ? [] : [anchorId(set)])))
    if (rarest === -1) {
      always.push(index)
      return
    }
    for (const word of pattern.anchors[rarest]!) (entryOf(word).bySet[id] ??= []).push(index)
  })
  registryVersion++
  return {id, patterns, always, otherAnchors, marks: new Uint32Array(Math.ceil(patterns.length / 32))}
}

/** The entries of the line's indexed words, looked up once per line (cached on it). */
function lineEntries(line: TokenLine): readonly WordEntry[] {
  if (line.entriesVersion !== registryVersion || !line.entries) {
    const found: WordEntry[] = []
    for (const word of line.wordList) {
      const entry = entriesByWord.get(word)
      if (entry) found.push(entry)
    }
    line.entries = found
    line.entriesVersion = registryVersion
  }
  return line.entries
}

/** Reused by `candidates`: its callers are done with one list before they ask for the next. */
const merged: number[] = []

/**
 * Indices of the patterns of a set that could match a line, ascending and without repeats. Valid until
 * the next call: the lists are the index's own or one scratch array, so a miss allocates nothing.
 */
function candidates(line: TokenLine, set: PatternSet): readonly number[] {
  let only: readonly number[] | undefined = set.always.length > 0 ? set.always : undefined
  let lists = only ? 1 : 0
  const marks = set.marks
  for (const entry of lineEntries(line)) {
    const list = entry.bySet[set.id]
    if (!list) continue
    if (lists === 0) {
      // One word with patterns (the common case): its own list is already ascending and unique.
      only = list
      lists = 1
      continue
    }
    if (lists === 1) markAll(marks, only!)
    markAll(marks, list)
    lists++
  }
  if (lists === 0) return NO_INDICES
  if (lists === 1) return only!
  // Read the bits back in order, clearing them for the next call.
  merged.length = 0
  for (let word = 0; word < marks.length; word++) {
    let bits = marks[word]!
    if (bits === 0) continue
    marks[word] = 0
    while (bits !== 0) {
      const lowest = bits & -bits
      merged.push(word * 32 + 31 - Math.clz32(lowest))
      bits ^= lowest
    }
  }
  return merged
}

function markAll(marks: Uint32Array, indices: readonly number[]): void {
  for (const index of indices) marks[index >>> 5]! |= 1 << (index & 31)
}

/** Every match of every pattern in the set, pattern by pattern. */
export function matchSet(line: TokenLine, set: PatternSet): readonly PatternMatch[] {
  let matches: PatternMatch[] | undefined
  for (const index of candidates(line, set)) {
    if (!probeCandidate(line, set, index)) continue
    const found = spans(line, set.patterns[index]!)
    if (found.length > 0) (matches ??= []).push(...found)
  }
  return matches ?? NO_MATCHES
}

export function matchesAny(line: TokenLine, set: PatternSet): boolean {
  for (const index of candidates(line, set)) {
    const pattern = set.patterns[index]!
    // The probe alone is exact when every match has a non-empty span.
    if (probeCandidate(line, set, index) && (pattern.spanNeverEmpty || spans(line, pattern).length > 0)) return true
  }
  return false
}

/** Whether the pattern matches somewhere, its required words first: most lines lack them. */
function probe(line: TokenLine, pattern: CompiledPattern): boolean {
  for (const required of pattern.anchors) if (!hasAny(line.wordList, required)) return false
  return pattern.probe.test(line.line)
}

/** `probe` for a pattern of a set, found through the index: its other anchors are looked up by id. */
function probeCandidate(line: TokenLine, set: PatternSet, index: number): boolean {
  const required = set.otherAnchors[index]!
  if (required.length > 0) {
    stampAnchors(line)
    for (const anchor of required) if (stamps[anchor] !== stamp) return false
  }
  return set.patterns[index]!.probe.test(line.line)
}

/**
 * Which anchors have a word in a line: `stamps[id] === stamp` for the last line stamped. Callers look
 * at one line many times in a row, so this is redone only when the line changes, and nothing is kept
 * per line.
 */
let stamps = new Uint32Array(0)
let stamp = 0
let stampedLine: TokenLine | undefined

function stampAnchors(line: TokenLine): void {
  if (stampedLine === line) return
  stampedLine = line
  if (++stamp === 0xffffffff) {
    stamps.fill(0)
    stamp = 1
  }
  for (const entry of lineEntries(line)) for (const anchor of entry.anchors) stamps[anchor] = stamp
}
