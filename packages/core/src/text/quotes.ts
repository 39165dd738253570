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
 * Whether the token at `start` stands inside quotation marks: someone else's words, which a pitch
 * cannot edit ("I actually look forward to my check-ups now," says Sarah).
 */
export function inQuotation(tokens: readonly Token[], start: number): boolean {
  let open = false
  for (let index = 0; index < start; index++) {
    const text = tokens[index]!.text
    if (!open && OPENING_QUOTES.has(text)) open = true
    else if (open && CLOSING_QUOTES.has(text)) open = false
  }
  return open
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
