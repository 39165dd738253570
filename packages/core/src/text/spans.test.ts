import {describe, expect, it} from 'vitest'
import {coverage} from './spans.js'

describe('coverage', () => {
  it('answers like a scan over the spans, also for overlapping and touching spans', () => {
    const spans = [
      {start: 30, end: 40},
      {start: 5, end: 10},
      {start: 8, end: 12},
      {start: 12, end: 14},
      {start: 50, end: 50},
    ]
    const inside = coverage(spans)
    for (let offset = 0; offset < 60; offset++) {
      expect(inside(offset), `offset ${offset}`).toBe(spans.some((span) => offset >= span.start && offset < span.end))
    }
    expect(coverage([])(0)).toBe(false)
  })
})
