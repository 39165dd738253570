import {describe, expect, it} from 'vitest'
import {check} from './check.js'

const PITCH = 'Ik ben Sanne, boekhouder in Utrecht. Wij ontzorgen kappers. Ik zoek eigenlijk iedereen.'

describe('Markdown', () => {
  it('lints prose only: not code, HTML or front matter', () => {
    const text = `---\ntitle: ontzorgen\n---\n\n${PITCH}\n\n\`\`\`\nwe ontzorgen\n\`\`\`\n\n<p>ontzorgen</p>\n`
    const jargon = check(text, {language: 'nl', syntax: 'markdown'}).result.messages.filter((message) => message.ruleId === 'jargon')
    expect(jargon.map((message) => message.offset)).toEqual([text.indexOf('ontzorgen kappers')])
  })

  it('checks each table cell on its own, at its place, and reads GitHub-flavoured Markdown', () => {
    const text =
      '# Tarieven\n\n| Dienst | Tarief |\n|---|---|\n| Wij ontzorgen uw administratie | 120 euro |\n\nIk ben boekhouder in Utrecht. ~~Oud~~ Zie https://example.nl.\n'
    const {result} = check(text, {syntax: 'markdown', language: 'nl'})
    const jargon = result.messages.filter((message) => message.ruleId === 'jargon')
    expect(jargon.map((message) => message.actual)).toEqual(['ontzorgen'])
    expect(jargon[0]!.line).toBe(5)
    expect(text.slice(jargon[0]!.offset, jargon[0]!.endOffset)).toBe('ontzorgen')
    // The cells are short sentences of their own, not one long row.
    expect(result.messages.filter((message) => message.ruleId === 'hard-sentence')).toEqual([])
  })

  it('checks Markdown nested deeper than any pitch as plain text, and says so once, in the text’s language', () => {
    for (const text of [`${'> '.repeat(5_000)}${PITCH}`, `${'- '.repeat(5_000)}${PITCH}`, `${'*'.repeat(5_000)}${PITCH}${'*'.repeat(5_000)}`]) {
      const {result} = check(text, {language: 'nl', syntax: 'markdown'})
      const fallback = result.messages.filter((message) => message.ruleId === 'markdown-fallback')
      expect(fallback).toHaveLength(1)
      expect(fallback[0]).toMatchObject({severity: 'info', offset: 0, endOffset: 0, actual: '', expected: []})
      expect(fallback[0]!.reason).toMatch(/platte tekst/)
      expect(fallback[0]!.url).toMatch(/docs\/markdown\.md$/)
      // The findings are still there: the text was checked.
      expect(result.messages.some((message) => message.ruleId === 'jargon')).toBe(true)
    }
    const english = check(`${'> '.repeat(100)}We leverage synergies.`, {language: 'en', syntax: 'markdown'}).result
    expect(english.messages.find((message) => message.ruleId === 'markdown-fallback')?.reason).toMatch(/plain text/)
  })

  it('starts a long sentence at its opening emphasis marks, so the finding shows balanced Markdown', () => {
    const text = '- **Data audits** (fixed price, £4,500): two weeks on site, a written report and a roadmap for the whole plant team and its managers.\n'
    const [long] = check(text, {language: 'en', syntax: 'markdown'}).result.messages.filter((message) => message.ruleId === 'hard-sentence')
    expect(long!.actual.startsWith('**Data audits**')).toBe(true)
    expect(text.slice(long!.offset, long!.endOffset)).toBe(long!.actual)
  })

  it('keeps nesting a real document has as Markdown', () => {
    const text = `${'> '.repeat(10)}${PITCH}\n\n${Array.from({length: 20}, (_, depth) => `${'  '.repeat(depth)}- punt`).join('\n')}\n`
    const {result} = check(text, {language: 'nl', syntax: 'markdown'})
    expect(result.messages.filter((message) => message.ruleId === 'markdown-fallback')).toEqual([])
  })

  it('falls back on a paragraph too long for the Markdown-to-prose step, instead of overflowing the stack', () => {
    const text = `${PITCH} `.repeat(12_000)
    const {result} = check(text, {language: 'nl', syntax: 'markdown'})
    expect(result.messages.filter((message) => message.ruleId === 'markdown-fallback')).toHaveLength(1)
  })
})
