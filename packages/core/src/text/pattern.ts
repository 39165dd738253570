import type {Token} from './tokens.js'

/**
 * Word patterns: a tiny language for the phrases in pitchlint's data files.
 *
 * Tokens are separated by spaces and match whole tokens, case-insensitively:
 * - `zoek|zoeken`   one of these words; `klant*` a word starting with `klant`
 * - `@name`         any entry of the lexicon `name` (entries may be several words)
 * - `x?`            the token is optional
 * - `_`             any one word; `#` a word with a digit
 * - `...` / `...N`  a gap of 0–4 (or 0–N) words, never across punctuation
 * - `~a|b`          the next token is not one of these (consumes nothing)
 * - `<` … `>`       the part of the match to report (default: all of it)
 * - `^` / `$`       start of sentence / end of a clause (punctuation or end)
 * - `,` `.` `:` `\?` `!` punctuation marks (`\?` because `?` means optional)
 */
export interface CompiledPattern {
  readonly source: string
  readonly regex: RegExp
  /** The same expression without match indices: a cheap first test, since most sentences do not match. */
  readonly probe: RegExp
  /** Words of which at least one must be in a sentence for it to match. */
  readonly anchors: readonly string[] | undefined
}

export type Lexicons = Readonly<Record<string, readonly string[]>>

/** A match: token indices of the reported span (end exclusive). */
export interface PatternMatch {
  readonly start: number
  readonly end: number
  readonly pattern: string
}

const WORD = String.raw`[^ ]*[\p{L}\p{N}][^ ]*`
const CLAUSE_END = String.raw`(?=$| [.,;:!?…)\-–—])`
const PUNCTUATION_TOKENS = new Set([',', '.', ':', ';', '!', '\\?', '(', ')', '-', '–', '—', '…'])

export function compilePattern(source: string, lexicons: Lexicons = {}): CompiledPattern {
  const parts: string[] = []
  let anchors: string[] | undefined
  let hasSpan = false
  let spanOpen = false
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '<') {
      parts.push('(?<span>')
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
      parts.push(`(?: ${WORD}){0,${gap[1] || '4'}}`)
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
    if (!optional && !anchors) anchors = literalAnchors(body, lexicons)
  }
  // A span opened with `<` and never closed runs to the end of the match.
  if (spanOpen) parts.push(')')
  const pattern = hasSpan ? parts.join('') : `(?<span>${parts.join('')})`
  return {source, regex: new RegExp(pattern, 'gdu'), probe: new RegExp(pattern, 'u'), anchors}
}

function tokenFragment(body: string, lexicons: Lexicons, source: string): string {
  if (body === '_') return WORD
  if (body === '#') return String.raw`[^ ]*\p{N}[^ ]*`
  return alternatives(body, lexicons, source)
}

function alternatives(body: string, lexicons: Lexicons, source: string): string {
  const options = body.split('|').flatMap((option) => expand(option, lexicons, source))
  return `(?:${options.join('|')})`
}

function expand(option: string, lexicons: Lexicons, source: string): string[] {
  if (option.startsWith('@')) {
    const entries = lexicons[option.slice(1)]
    if (!entries) throw new Error(`Unknown lexicon ${option} in pattern "${source}"`)
    return entries.map((entry) => entry.toLowerCase().split(/\s+/).map(literal).join(' '))
  }
  if (PUNCTUATION_TOKENS.has(option)) return [escape(option.replace('\\', ''))]
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
    if (option.endsWith('*') || PUNCTUATION_TOKENS.has(option)) return undefined
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
  /** Character index (of the leading space) of each token. */
  readonly starts: readonly number[]
  readonly words: ReadonlySet<string>
}

export function tokenLine(tokens: readonly Token[]): TokenLine {
  let line = ''
  const starts: number[] = []
  const words = new Set<string>()
  for (const token of tokens) {
    starts.push(line.length)
    const norm = token.norm.replace(/\s+/g, '')
    line += ' ' + norm
    words.add(norm)
  }
  return {line, starts, words}
}

export function matchPattern(line: TokenLine, pattern: CompiledPattern): PatternMatch[] {
  if (pattern.anchors && !pattern.anchors.some((word) => line.words.has(word))) return []
  if (!pattern.probe.test(line.line)) return []
  const matches: PatternMatch[] = []
  pattern.regex.lastIndex = 0
  for (const match of line.line.matchAll(pattern.regex)) {
    const indices = match.indices?.groups?.['span']
    if (!indices || indices[0] === indices[1]) continue
    const start = firstTokenAtOrAfter(line.starts, indices[0])
    const end = firstTokenAtOrAfter(line.starts, indices[1])
    if (end > start) matches.push({start, end, pattern: pattern.source})
  }
  return matches
}

function firstTokenAtOrAfter(starts: readonly number[], char: number): number {
  let index = 0
  while (index < starts.length && (starts[index] ?? 0) < char) index++
  return index
}
