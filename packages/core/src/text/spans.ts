/** A half-open range of offsets, as findings and asks have. */
export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * A test of whether an offset lies inside any of the spans: the spans merged and searched by halves, so a
 * long text with thousands of asks costs a look-up of about twenty steps per offset, not one per ask.
 */
export function coverage(spans: readonly Span[]): (offset: number) => boolean {
  const merged: Span[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) merged[merged.length - 1] = {start: last.start, end: Math.max(last.end, span.end)}
    else merged.push({start: span.start, end: span.end})
  }
  return (offset) => {
    let low = 0
    let high = merged.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (merged[middle]!.end <= offset) low = middle + 1
      else high = middle
    }
    const span = merged[low]
    return span !== undefined && span.start <= offset
  }
}
