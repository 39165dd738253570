import {describe, expect, it} from 'vitest'
import {REPORT} from './fixtures.js'
import {budgetUse, formatBudget, formatSeconds, statusView} from './status.js'

describe('status bar text', () => {
  it('shows score, pillars and speaking time', () => {
    expect(statusView(REPORT).text).toBe('pitchlint 72 · who ✓ what ✓ ask ✗ · 31 s')
  })

  it('says why in the tooltip', () => {
    const {tooltip} = statusView({...REPORT, findings: []})
    expect(tooltip).toContain('72/100')
    expect(tooltip).toContain('budget 40 s')
    expect(tooltip).toContain('ask: missing')
  })

  it('shows documents that are not linted', () => {
    expect(statusView({status: 'disabled', uri: REPORT.uri, version: 1, message: 'off'}).text).toBe('pitchlint off')
    expect(statusView({status: 'config-error', uri: REPORT.uri, version: 1, message: 'bad config'})).toEqual({text: 'pitchlint ⚠', tooltip: 'bad config'})
  })

  it('formats times and budgets', () => {
    expect(formatSeconds(0)).toBe('0 s')
    expect(formatSeconds(59.4)).toBe('59 s')
    expect(formatSeconds(65)).toBe('1 min 05 s')
    expect(formatBudget({words: 120})).toBe('120 words')
    expect(formatBudget({})).toBeUndefined()
    expect(budgetUse(REPORT.stats, {seconds: 60})).toBeCloseTo(0.51)
    expect(budgetUse({...REPORT.stats, words: 240}, {words: 120})).toBe(2)
    expect(budgetUse(REPORT.stats, {})).toBeUndefined()
  })
})
