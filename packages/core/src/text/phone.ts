/**
 * Phone numbers written in groups: "+44 7700 900123", "(020) 555 12 34", "0495 30 12 77". The
 * parsers make each group a word, but a phone number is neither several words nor proof.
 */
const PHONE_RUN = /\+?\(?\d[\d\s().-]{6,}\d/g
const PHONE_DIGITS = 8

/** The phone numbers between `start` and `end` of the source, as [start, end) offsets. */
export function phoneNumbers(source: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = []
  const text = source.slice(start, end)
  if (!/\d/.test(text)) return spans
  for (const match of text.matchAll(PHONE_RUN)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= PHONE_DIGITS) spans.push([start + match.index, start + match.index + match[0].length])
  }
  return spans
}

/** Whether an offset lies in a phone number between `start` and `end` of the source. */
export function phoneSpans(source: string, start: number, end: number): (offset: number) => boolean {
  const spans = phoneNumbers(source, start, end)
  return (offset) => spans.some(([from, to]) => offset >= from && offset < to)
}
