import type {Token} from './tokens.js'

/** Double quotation marks only: a single one is as often an apostrophe ("clients' homes"). */
const OPENING_QUOTES = new Set(['"', '“', '„', '«'])
const CLOSING_QUOTES = new Set(['"', '”', '»'])

/**
 * Every quotation mark, single ones too, for checks that only need to know a mark stands there (a title
 * in quotes, a keyword to send). A lone single mark may still be an apostrophe.
 */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES, "'", '‘', '’', '‚'])

/**
 * Whether the tokens from `first` to before `end` stand inside quotation marks: a word quoted is
 * mentioned, not used (`Don't say "bespoke solutions" again`, "Ik schrap woorden als ‘ontzorgen’"), or
 * someone else's words, which a pitch cannot edit ("I actually look forward to my check-ups now," says
 * Sarah). Marks count by where they stand, single ones too, so an apostrophe ("clients' homes") opens
 * and closes nothing.
 */
export function inQuotes(tokens: readonly Token[], first: number, end = first + 1): boolean {
  let opened = false
  for (let index = first - 1; index >= 0 && !opened; index--) {
    if (closesQuote(tokens, index)) return false
    opened = opensQuote(tokens, index)
  }
  if (!opened) return false
  for (let index = Math.max(end, first + 1); index < tokens.length; index++) {
    if (opensQuote(tokens, index)) return false
    if (closesQuote(tokens, index)) return true
  }
  return false
}

/** A mark that opens a quotation: apart from the word before it, against the word after it. */
function opensQuote(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return QUOTE_MARKS.has(tokens[index]!.text) && after !== undefined && after.start === tokens[index]!.end && (before === undefined || before.end < tokens[index]!.start || before.kind === 'punctuation')
}

/** A mark that closes a quotation: against the word before it, apart from the word after it. */
function closesQuote(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return QUOTE_MARKS.has(tokens[index]!.text) && before !== undefined && before.end === tokens[index]!.start && (after === undefined || after.start > tokens[index]!.end || after.kind === 'punctuation')
}

/**
 * A sentence that is a quotation with its source: it opens with a quotation mark (after a bullet or
 * emoji at most) that closes later, as in a client's review: ⭐ "Joy turned our rental into a home" – Kayla M.
 */
export function isQuotation(tokens: readonly Token[]): boolean {
  let index = 0
  while (index < tokens.length && tokens[index]!.kind === 'punctuation' && !OPENING_QUOTES.has(tokens[index]!.text)) index++
  if (!OPENING_QUOTES.has(tokens[index]?.text ?? '')) return false
  for (let next = index + 1; next < tokens.length; next++) if (CLOSING_QUOTES.has(tokens[next]!.text)) return true
  return false
}
