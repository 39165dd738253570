import {isAlias, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, visit} from 'yaml'
import type {Alias, CST, Document, Node} from 'yaml'

/** One string value picked out of a data file by a field pattern. */
export interface FieldValue {
  /** Path of the value, e.g. "speakers[2].bio" or "team.anna.about". */
  readonly path: string
  /** The string value as the program sees it (after YAML/JSON unescaping and folding). */
  readonly text: string
  /** Offset in the source file of each offset in `text` (length text.length + 1; the last entry is the offset just after the value's last character). */
  readonly sourceOffsets: readonly number[]
}

/** A data file that cannot be read as YAML/JSON; `line` and `column` are 1-based. */
export class DataFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message)
    this.name = 'DataFileError'
  }
}

// ---------------------------------------------------------------------------
// Field patterns

type Step = {readonly kind: 'key'; readonly name: string} | {readonly kind: 'any'} | {readonly kind: 'items'}

const EXAMPLE = 'e.g. "speakers[].bio", "team.*.about" or "[].description"'

/** Validate a field pattern; returns an error message or undefined. */
export function checkFieldPattern(pattern: string): string | undefined {
  const steps = parsePattern(pattern)
  return typeof steps === 'string' ? steps : undefined
}

/** Turn a pattern into steps, or return the reason it is invalid (one parser so check and use never disagree). */
function parsePattern(pattern: string): Step[] | string {
  if (pattern.trim() === '') return `Field pattern is empty; give a dot-separated key path, ${EXAMPLE}`
  const steps: Step[] = []
  const segments = pattern.split('.')
  for (const [index, segment] of segments.entries()) {
    const parsed = parseSegment(pattern, segment, index)
    if (typeof parsed === 'string') return parsed
    steps.push(...parsed)
  }
  return steps
}

/** One dot-separated segment: a key (or `*`) followed by any number of `[]`; a bare `[]` only at the start. */
function parseSegment(pattern: string, segment: string, index: number): Step[] | string {
  const where = `Field pattern "${pattern}"`
  if (segment === '') return `${where} has an empty segment (segment ${index + 1}); remove the extra dot, ${EXAMPLE}`
  const match = /^([^[\]]*)((?:\[\])*)$/.exec(segment)
  if (!match) {
    return `${where}: segment "${segment}" must be a key optionally followed by "[]", and "[]" must end the segment (write "a[].b", not "a[]b")`
  }
  const name = match[1] ?? ''
  const arrays = (match[2] ?? '').length / 2
  if (name === '' && index > 0) return `${where}: "[]" must follow a key (write "a[]", not "a.[]"); only a leading "[]" may stand alone`
  if (name.includes('*') && name !== '*') return `${where}: "*" must be a whole segment (write "team.*.about")`
  const steps: Step[] = []
  if (name === '*') steps.push({kind: 'any'})
  else if (name !== '') steps.push({kind: 'key', name})
  for (let i = 0; i < arrays; i++) steps.push({kind: 'items'})
  return steps
}

function compilePatterns(patterns: readonly string[]): Step[][] {
  return patterns.map((pattern) => {
    const steps = parsePattern(pattern)
    if (typeof steps === 'string') throw new Error(steps)
    return steps
  })
}

// ---------------------------------------------------------------------------
// Parsing and walking

/**
 * Budget for node visits on top of the document's own size. Aliases let a small file describe an
 * exponentially large tree ("billion laughs"); yaml only enforces `maxAliasCount` in `toJS()`, which
 * we never call, so the walker enforces its own linear bound instead.
 */
const EXTRA_VISITS = 10_000
const VISITS_PER_NODE = 10

/** Parse YAML or JSON source (JSON is parsed as YAML 1.2) and return the string values matching any field pattern. Throws DataFileError (with 1-based line/column) on a syntax error. */
export function extractFields(source: string, patterns: readonly string[]): FieldValue[] {
  const compiled = compilePatterns(patterns)
  // prettyErrors off: we want the bare message and compute line/column ourselves.
  const doc = parseDocument(source, {keepSourceTokens: true, uniqueKeys: true, prettyErrors: false})
  const error = doc.errors[0]
  if (error) throw errorAt(source, error.message, error.pos[0])
  const {aliases, nodeCount} = resolveAliases(doc, source)
  const walker = new Walker(source, aliases, VISITS_PER_NODE * nodeCount + EXTRA_VISITS)
  const start = compiled.map((steps) => ({steps, at: 0}))
  if (doc.contents && start.length > 0) walker.walk(doc.contents, '', start)
  return walker.results
}

function errorAt(source: string, message: string, offset: number): DataFileError {
  // Errors at end of input (an unclosed quote or bracket) point at the end of the last line, not past it.
  while (offset >= source.length && offset > 0 && /[\r\n]/.test(source[offset - 1] ?? '')) offset--
  const before = source.slice(0, Math.max(0, offset))
  const lineStart = before.lastIndexOf('\n') + 1
  const line = before.split('\n').length
  return new DataFileError(message, line, offset - lineStart + 1)
}

/**
 * Map every alias to its anchored node once, in document order (the last anchor defined before the
 * alias wins, as in yaml's own `Alias.resolve`, which would re-scan the document per alias).
 */
function resolveAliases(doc: Document.Parsed, source: string): {aliases: Map<Alias, Node>; nodeCount: number} {
  const anchors = new Map<string, Node>()
  const aliases = new Map<Alias, Node>()
  let nodeCount = 0
  let missing: Alias | undefined
  visit(doc, {
    Node(_key, node) {
      nodeCount++
      if (isAlias(node)) {
        const target = anchors.get(node.source)
        if (target) aliases.set(node, target)
        else missing ??= node
      } else if (node.anchor) anchors.set(node.anchor, node)
    },
  })
  // yaml reports an unknown alias only when converting to JS; the program reading the file would fail there.
  if (missing) throw errorAt(source, `Unresolved alias (the anchor must be set before the alias): ${missing.source}`, missing.range?.[0] ?? 0)
  return {aliases, nodeCount}
}

interface Cursor {
  readonly steps: readonly Step[]
  readonly at: number
}

/** Walks the document with all patterns at once, so each value is reported once and in document order. */
class Walker {
  readonly results: FieldValue[] = []
  private visits = 0
  /** Outermost alias being expanded, to point an expansion error at the alias that caused it. */
  private expanding: Alias | undefined

  constructor(
    private readonly source: string,
    private readonly aliases: ReadonlyMap<Alias, Node>,
    private readonly maxVisits: number,
  ) {}

  walk(node: unknown, path: string, cursors: readonly Cursor[]): void {
    // Recursion depth is bounded by the longest pattern: every level consumes one step.
    if (++this.visits > this.maxVisits) {
      const at = (this.expanding ?? (isNode(node) ? node : undefined))?.range?.[0] ?? 0
      throw errorAt(this.source, 'Too many alias expansions: the aliases in this file expand to an excessively large tree', at)
    }
    if (isAlias(node)) {
      // Resolved to the anchored node: values found through an alias get the path of the alias but the
      // source positions of the anchored node (that is where the text is written).
      const target = this.aliases.get(node)
      const outer = this.expanding
      this.expanding ??= node
      if (target) this.walk(target, path, cursors)
      this.expanding = outer
    } else if (isScalar(node)) {
      if (typeof node.value === 'string' && cursors.some((cursor) => cursor.at === cursor.steps.length)) {
        this.results.push({path, ...scalarOffsets(this.source, node as Scalar<string>)})
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyName(pair.key)
        if (key === undefined) continue
        const next = advance(cursors, (step) => step.kind === 'any' || (step.kind === 'key' && step.name === key))
        if (next.length > 0) this.walk(pair.value, path === '' ? key : `${path}.${key}`, next)
      }
    } else if (isSeq(node)) {
      const next = advance(cursors, (step) => step.kind === 'any' || step.kind === 'items')
      if (next.length === 0) return
      node.items.forEach((item, index) => this.walk(item, `${path}[${index}]`, next))
    }
  }
}

function advance(cursors: readonly Cursor[], matches: (step: Step) => boolean): Cursor[] {
  const next: Cursor[] = []
  for (const cursor of cursors) {
    const step = cursor.steps[cursor.at]
    if (step && matches(step)) next.push({steps: cursor.steps, at: cursor.at + 1})
  }
  return next
}

/** Keys are matched by their text as written minus quotes (`source`), so `1.0:` stays "1.0"; complex keys are skipped. */
function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined
  const written = (key as Scalar & {source?: unknown}).source
  return typeof written === 'string' ? written : String(key.value)
}

// ---------------------------------------------------------------------------
// Source offsets per scalar style

/** Accumulates decoded text with, per UTF-16 unit, the source offset that produced it. */
class Decoded {
  text = ''
  readonly offsets: number[] = []
  end: number

  constructor(start: number) {
    this.end = start
  }

  /** `start`/`end`: the source span that produced `chars` (an escape, a line break, a character). */
  push(chars: string, start: number, end: number): void {
    for (let i = 0; i < chars.length; i++) this.offsets.push(start)
    this.text += chars
    this.end = Math.max(this.end, end)
  }
}

function scalarOffsets(source: string, scalar: Scalar<string>): {text: string; sourceOffsets: number[]} {
  const text = scalar.value
  const [start, end] = scalar.range ?? [0, 0]
  const decoded = decodeScalar(source, scalar, start, end)
  // The decoders mirror yaml's own resolvers; if one ever disagrees, fall back to plain alignment.
  if (decoded && decoded.text === text && isNonDecreasing(decoded.offsets)) {
    return {text, sourceOffsets: [...decoded.offsets, Math.min(Math.max(decoded.end, decoded.offsets.at(-1) ?? start), end)]}
  }
  return {text, sourceOffsets: align(source, text, start, end)}
}

function decodeScalar(source: string, scalar: Scalar<string>, start: number, end: number): Decoded | undefined {
  switch (scalar.type) {
    case Scalar.PLAIN:
      return decodeFlowLines(source, start, end, false)
    case Scalar.QUOTE_SINGLE:
      return decodeFlowLines(source, start + 1, end - 1, true)
    case Scalar.QUOTE_DOUBLE:
      return decodeDoubleQuoted(source, start + 1, end - 1)
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const token = scalar.srcToken
      return token?.type === 'block-scalar' ? decodeBlock(source, token, end, scalar.type === Scalar.BLOCK_FOLDED) : undefined
    }
    default:
      return undefined
  }
}

function isNonDecreasing(offsets: readonly number[]): boolean {
  return offsets.every((offset, i) => i === 0 || offset >= (offsets[i - 1] ?? 0))
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t'

/**
 * Plain and single-quoted scalars (yaml's `unfoldLines`): whitespace around line breaks is trimmed,
 * a single break becomes a space, N blank lines become N newlines. `''` in single quotes is one quote.
 */
function decodeFlowLines(source: string, start: number, end: number, singleQuoted: boolean): Decoded {
  const out = new Decoded(start)
  const lines = splitFlowLines(source, start, end)
  const first = lines[0] ?? {from: start, to: end}
  if (lines.length === 1) {
    pushContent(out, source, first.from, first.to, singleQuoted)
    return out
  }
  let contentEnd = trimEnd(source, first.from, first.to)
  pushContent(out, source, first.from, contentEnd, singleQuoted)
  let blanks: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? first
    const isLast = i === lines.length - 1
    const from = trimStart(source, line.from, line.to)
    const to = isLast ? line.to : trimEnd(source, from, line.to)
    if (from === to && !isLast) {
      blanks.push(line.from)
      continue
    }
    pushFold(out, contentEnd, blanks, from)
    pushContent(out, source, from, to, singleQuoted)
    contentEnd = to
    blanks = []
  }
  return out
}

/** Lines of a flow scalar; `to` excludes the line break (and a CR before it). */
function splitFlowLines(source: string, start: number, end: number): {from: number; to: number}[] {
  const lines: {from: number; to: number}[] = []
  let from = start
  for (let i = source.indexOf('\n', start); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) {
    lines.push({from, to: source[i - 1] === '\r' && i - 1 >= from ? i - 1 : i})
    from = i + 1
  }
  lines.push({from, to: end})
  return lines
}

function trimEnd(source: string, from: number, to: number): number {
  while (to > from && isBlank(source[to - 1])) to--
  return to
}

function trimStart(source: string, from: number, to: number): number {
  while (from < to && isBlank(source[from])) from++
  return from
}

/** A folded break maps to where the trimmed line ended; extra newlines map to the blank lines. */
function pushFold(out: Decoded, contentEnd: number, blanks: readonly number[], next: number): void {
  if (blanks.length === 0) {
    out.push(' ', contentEnd, next)
    return
  }
  blanks.forEach((blank, i) => out.push('\n', i === 0 ? contentEnd : blank, next))
}

function pushContent(out: Decoded, source: string, from: number, to: number, singleQuoted: boolean): void {
  for (let i = from; i < to; i++) {
    const ch = source[i] ?? ''
    if (singleQuoted && ch === "'" && source[i + 1] === "'" && i + 1 < to) {
      out.push("'", i, i + 2)
      i++
    } else out.push(ch, i, i + 1)
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
}

const HEX_LENGTH: Readonly<Record<string, number>> = {x: 2, u: 4, U: 8}

/** Double-quoted scalars (JSON strings too), mirroring yaml's `doubleQuotedValue`. [from, to) is inside the quotes. */
function decodeDoubleQuoted(source: string, from: number, to: number): Decoded {
  const out = new Decoded(from)
  for (let i = from; i < to; i++) {
    const ch = source[i]
    if (ch === '\r' && source[i + 1] === '\n') continue
    if (ch === '\n') i = pushQuotedFold(out, source, i)
    else if (ch === '\\') i = pushEscape(out, source, i)
    else if (isBlank(ch)) i = pushQuotedBlanks(out, source, i)
    else out.push(ch ?? '', i, i + 1)
  }
  return out
}

/** A break folds to a space, or to one newline per extra break; returns the last index consumed. */
function pushQuotedFold(out: Decoded, source: string, at: number): number {
  const extraBreaks: number[] = []
  let i = at
  for (let ch = source[i + 1]; isBlank(ch) || ch === '\n' || ch === '\r'; ch = source[i + 1]) {
    if (ch === '\r' && source[i + 2] !== '\n') break
    if (ch === '\n') extraBreaks.push(i + 1)
    i++
  }
  const contentEnd = Math.max(out.end, out.offsets.at(-1) ?? out.end)
  if (extraBreaks.length === 0) out.push(' ', contentEnd, i + 1)
  else extraBreaks.forEach((_, k) => out.push('\n', k === 0 ? contentEnd : (extraBreaks[k - 1] ?? contentEnd), i + 1))
  return i
}

/** An escape maps to its backslash; an escaped line break produces nothing and eats the next indentation. */
function pushEscape(out: Decoded, source: string, at: number): number {
  const next = source[at + 1] ?? ''
  const simple = ESCAPES[next]
  if (simple !== undefined) {
    out.push(simple, at, at + 2)
    return at + 1
  }
  if (next === '\n' || (next === '\r' && source[at + 2] === '\n')) {
    let i = next === '\n' ? at + 1 : at + 2
    while (isBlank(source[i + 1])) i++
    return i
  }
  const length = HEX_LENGTH[next]
  if (length !== undefined) {
    const hex = source.slice(at + 2, at + 2 + length)
    const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : NaN
    const chars = Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : `\\${next}${hex}`
    out.push(chars, at, at + 2 + length)
    return at + 1 + length
  }
  out.push(`\\${next}`, at, at + 2) // invalid escape, kept as written (yaml reports it as an error)
  return at + 1
}

/** Blanks are kept unless they trail a line (then the fold handles them); returns the last index consumed. */
function pushQuotedBlanks(out: Decoded, source: string, at: number): number {
  let i = at
  while (isBlank(source[i + 1])) i++
  const next = source[i + 1]
  if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) {
    for (let k = at; k <= i; k++) out.push(source[k] ?? '', k, k + 1)
  }
  return i
}

interface BlockLine {
  /** Offset where the line starts. */
  readonly start: number
  /** Number of leading spaces. */
  readonly indent: number
  /** Text after the indentation, without the line break or a CR before it. */
  readonly content: string
  /** Offset of the line break (or of the end of the scalar on the last line). */
  readonly breakAt: number
}

/** Literal (|) and folded (>) block scalars, mirroring yaml's `resolveBlockScalar`. */
function decodeBlock(source: string, token: CST.BlockScalar, end: number, folded: boolean): Decoded {
  const bodyStart = end - token.source.length
  const header = token.props[0]?.type === 'block-scalar-header' ? token.props[0].source : '|'
  const explicitIndent = Number(/[1-9]/.exec(header)?.[0] ?? 0)
  const chomp = header.includes('-') ? '-' : header.includes('+') ? '+' : ''
  const lines = splitBlockLines(source, bodyStart, end)
  const out = new Decoded(bodyStart)
  let chompStart = lines.length
  while (chompStart > 0 && lines[chompStart - 1]?.content === '') chompStart--
  if (chompStart === 0) {
    // Only empty lines: "" or, when kept, one newline per line break.
    if (chomp === '+') lines.slice(0, Math.max(1, lines.length - 1)).forEach((line) => out.push('\n', line.breakAt, line.breakAt + 1))
    return out
  }
  const {trimIndent, contentStart} = blockIndent(lines, chompStart, token.indent + explicitIndent, explicitIndent)
  // Trailing empty lines indented deeper than the content belong to the content.
  for (let i = lines.length - 1; i >= chompStart; --i) if ((lines[i]?.indent ?? 0) > trimIndent) chompStart = i + 1
  for (const line of lines.slice(0, contentStart)) {
    pushExtraIndent(out, line, trimIndent)
    out.push('\n', line.breakAt, line.breakAt + 1)
  }
  const body = lines.slice(contentStart, chompStart)
  if (folded) pushFoldedLines(out, body, trimIndent)
  else pushLiteralLines(out, body, trimIndent)
  pushChomped(out, lines, chompStart, trimIndent, chomp)
  return out
}

/** Lines as yaml splits them (`\n( *)`): only spaces count as indentation. */
function splitBlockLines(source: string, from: number, to: number): BlockLine[] {
  const lines: BlockLine[] = []
  if (from >= to) return lines // yaml: an empty body has no lines at all
  let start = from
  while (start <= to) {
    let newline = source.indexOf('\n', start)
    if (newline === -1 || newline >= to) newline = to
    let indent = 0
    while (start + indent < newline && source[start + indent] === ' ') indent++
    const breakAt = source[newline - 1] === '\r' && newline - 1 >= start + indent ? newline - 1 : newline
    lines.push({start, indent, content: source.slice(start + indent, breakAt), breakAt})
    if (newline === to) break
    start = newline + 1 // a body ending in a line break gets a final empty line, as with String.split
  }
  return lines
}

/** Indentation to strip: explicit, or that of the first non-empty line (leading empty lines may raise it). */
function blockIndent(lines: readonly BlockLine[], chompStart: number, base: number, explicit: number): {trimIndent: number; contentStart: number} {
  let trimIndent = base
  for (let i = 0; i < chompStart; ++i) {
    const line = lines[i]
    if (!line) break
    if (line.content !== '') return {trimIndent: explicit === 0 ? line.indent : trimIndent, contentStart: i}
    if (explicit === 0 && line.indent > trimIndent) trimIndent = line.indent
  }
  return {trimIndent, contentStart: 0}
}

/** Spaces beyond the stripped indentation are content. */
function pushExtraIndent(out: Decoded, line: BlockLine, trimIndent: number): void {
  for (let k = trimIndent; k < line.indent; k++) out.push(' ', line.start + k, line.start + k + 1)
}

function pushLine(out: Decoded, line: BlockLine, trimIndent: number): void {
  pushExtraIndent(out, line, trimIndent)
  const contentAt = line.start + line.indent
  for (let k = 0; k < line.content.length; k++) out.push(line.content[k] ?? '', contentAt + k, contentAt + k + 1)
}

/** Separators map to the line break of the previous line (that is where they come from). */
function pushLiteralLines(out: Decoded, body: readonly BlockLine[], trimIndent: number): void {
  body.forEach((line, i) => {
    const previous = body[i - 1]
    if (previous) out.push('\n', previous.breakAt, previous.breakAt + 1)
    pushLine(out, line, trimIndent)
  })
}

/** Folding rules of `>`: single breaks become spaces, except around more-indented lines; blank lines stay. */
function pushFoldedLines(out: Decoded, body: readonly BlockLine[], trimIndent: number): void {
  let sep = ''
  let prevMoreIndented = false
  body.forEach((line, i) => {
    const sepAt = body[i - 1]?.breakAt ?? line.start
    const pushSep = () => out.push(sep, sepAt, sepAt + 1)
    if (line.indent > trimIndent || line.content.startsWith('\t')) {
      if (sep === ' ') sep = '\n'
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n'
      pushSep()
      pushLine(out, line, trimIndent)
      sep = '\n'
      prevMoreIndented = true
    } else if (line.content === '') {
      if (sep === '\n') out.push('\n', sepAt, sepAt + 1)
      else sep = '\n'
    } else {
      pushSep()
      pushLine(out, line, trimIndent)
      sep = ' '
      prevMoreIndented = false
    }
  })
}

/** Chomping: `-` strips the final break, clip keeps one, `+` keeps all trailing (blank) lines. */
function pushChomped(out: Decoded, lines: readonly BlockLine[], chompStart: number, trimIndent: number, chomp: string): void {
  const lastContent = lines[chompStart - 1]
  const breakAt = lastContent?.breakAt ?? out.end
  if (chomp === '-') return
  if (chomp === '') {
    out.push('\n', breakAt, breakAt + 1)
    return
  }
  let previousBreak = breakAt
  for (const line of lines.slice(chompStart)) {
    out.push('\n', previousBreak, previousBreak + 1)
    pushExtraIndent(out, line, trimIndent)
    previousBreak = line.breakAt
  }
  if (!out.text.endsWith('\n')) out.push('\n', previousBreak, previousBreak + 1)
}

/**
 * Fallback: match each character of the value to the next equal source character (whitespace
 * matches any whitespace); characters not found stay at the current position. Bounded lookahead
 * keeps this linear.
 */
function align(source: string, text: string, start: number, end: number): number[] {
  const offsets: number[] = []
  let pos = start
  for (const ch of text) {
    const found = findAhead(source, ch, pos, end)
    for (let k = 0; k < ch.length; k++) offsets.push(found ?? pos)
    if (found !== undefined) pos = found + 1
  }
  offsets.push(Math.max(pos, offsets.at(-1) ?? start))
  return offsets
}

const LOOKAHEAD = 256

function findAhead(source: string, ch: string, from: number, end: number): number | undefined {
  const space = /\s/.test(ch)
  for (let i = from; i < Math.min(end, from + LOOKAHEAD); i++) {
    if (source.startsWith(ch, i) || (space && /\s/.test(source[i] ?? ''))) return i
  }
  return undefined
}
