// Anything a person can paste: lint() must not throw, and every message must point at its own text.
import fc from 'fast-check'
import {lint, type LintResult} from 'pitchlint'
import {describe, expect, it} from 'vitest'

/** Line and column (1-based, UTF-16) of an offset, counted the way editors and the result do. */
function position(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  return {line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1}
}

function expectConsistent(text: string, result: LintResult) {
  for (const message of result.messages) {
    expect(message.offset).toBeGreaterThanOrEqual(0)
    expect(message.endOffset).toBeGreaterThanOrEqual(message.offset)
    expect(message.endOffset).toBeLessThanOrEqual(text.length)
    expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    expect(position(text, message.offset)).toEqual({line: message.line, column: message.column})
    expect(position(text, message.endOffset)).toEqual({line: message.endLine, column: message.endColumn})
  }
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(100)
}

const pitchWords = fc.constantFrom(
  'Ik', 'zoek', 'klanten', 'iedereen', 'eigenlijk', 'ontzorgen', 'indien', 'KPI', 'SaaS', 'I', 'help', 'leverage',
  'anyone', 'who', 'needs', 'a', 'website', 'bakkerij', 'Utrecht', '.', ',', '?', '!', '\n', '\n\n', '**', '#', '-',
  '`code`', '<!-- pitchlint-disable -->', '😀', 'ʼ', '’', 'é', '\u200b', '\u202e', 'שלום', '\r\n', '\r', '\ufeff',
)
const pitchLike = fc.array(pitchWords, {maxLength: 60}).map((words) => words.join(' '))

describe('lint() on any input', () => {
  it('never throws on arbitrary Unicode, and messages agree with the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'grapheme', maxLength: 300}), async (text) => {
        expectConsistent(text, await lint(text))
      }),
      {numRuns: 200},
    )
  })

  it('never throws on pitch-like text, as Markdown or plain text, in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(pitchLike, fc.constantFrom<'text' | 'markdown'>('text', 'markdown'), fc.constantFrom<'nl' | 'en' | undefined>('nl', 'en', undefined), async (text, syntax, language) => {
        expectConsistent(text, await lint(text, {syntax, ...(language ? {language} : {})}))
      }),
      {numRuns: 300},
    )
  })

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t \r\n '],
    ['emoji only', '😀🚀🎉 👍🏽 🇳🇱'],
    ['one 50,000-character word', 'a'.repeat(50_000)],
    ['CRLF line endings', 'Ik ben Sanne.\r\nIk zoek klanten.\r\nIndien u wilt, bel mij.\r\n'],
    ['lone CR line endings', 'Ik ben Sanne.\rIk zoek klanten.\rIndien u wilt, bel mij.\r'],
    ['a byte order mark', '\ufeffIk zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.'],
    ['right-to-left text', 'שלום, אני דנה. I help bakeries in Leeds. مرحبا'],
    ['zero-width characters', 'Ik\u200b zoek\u200d klanten\u2060 en eigen\u200blijk is iedereen mijn klant.'],
    ['deeply nested Markdown', `${'> '.repeat(200)}Ik zoek klanten.\n\n${'- '.repeat(200)}item`],
    ['a very long line', 'Ik help bakkers. '.repeat(3000)],
  ])('handles %s', async (_name, text) => {
    for (const syntax of ['text', 'markdown'] as const) {
      const result = await lint(text, {syntax})
      expectConsistent(text, result)
    }
  })
})

describe('positions', () => {
  it.each(['text', 'markdown'] as const)('stay exact after a byte order mark (%s)', async (syntax) => {
    const text = '\ufeffIk ben Sanne. Wij ontzorgen kappers.'
    const jargon = (await lint(text, {syntax})).messages.find((message) => message.ruleId === 'jargon')!
    expect(jargon.actual).toBe('ontzorgen')
    expect(jargon.column).toBe(text.indexOf('ontzorgen') + 1)
  })

  it('stay exact on indented continuation lines of a Markdown paragraph', async () => {
    const text = '# Over mij\n\nIk ben Anna, fotograaf.\n  Indien u vragen heeft, bel mij.\n'
    const jargon = (await lint(text, {syntax: 'markdown'})).messages.find((message) => message.ruleId === 'jargon')!
    expect([jargon.actual, jargon.line, jargon.column]).toEqual(['Indien', 4, 3])
  })

  it('counts CRLF and lone CR as line breaks, as editors do', async () => {
    for (const newline of ['\r\n', '\r', '\n']) {
      const text = `Ik ben Sanne.${newline}${newline}Wij ontzorgen kappers.`
      const jargon = (await lint(text, {syntax: 'markdown'})).messages.find((message) => message.ruleId === 'jargon')!
      expect([jargon.actual, jargon.line, jargon.column]).toEqual(['ontzorgen', 3, 5])
    }
  })
})
