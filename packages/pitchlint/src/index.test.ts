import {describe, expect, it} from 'vitest'
import {lint} from './index.js'

describe('lint()', () => {
  it('resolves to the documented result shape', async () => {
    const text = 'Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.'
    const result = await lint(text)
    expect(result.language).toBe('nl')
    expect(result.profile).toBe('networking-pitch')
    expect(result.score).toBeGreaterThanOrEqual(0)
    expect(result.score).toBeLessThanOrEqual(100)
    expect(result.pillars.ask).toMatchObject({present: true, specific: false, slots: []})
    const vague = result.messages.filter((message) => message.ruleId === 'vague-target')
    expect(vague.map((message) => message.actual)).toEqual(['klanten', 'iedereen voor mij een potentiële klant'])
    for (const message of result.messages) {
      expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
      expect(message.line).toBe(1)
      expect(message.column).toBe(message.offset + 1)
      expect(['error', 'warning', 'info']).toContain(message.severity)
    }
  })

  it('estimates speaking time from the language speaking rate', async () => {
    const words = Array.from({length: 140}, () => 'word').join(' ')
    const result = await lint(`I help people. ${words}`, {language: 'en'})
    expect(result.stats.words).toBe(143)
    expect(result.stats.spokenSeconds).toBeCloseTo((143 / 140) * 60, 1)
  })

  it('handles empty text without findings of missing pillars', async () => {
    const result = await lint('   ')
    expect(result.messages).toEqual([])
    expect(result.stats.words).toBe(0)
  })
})
