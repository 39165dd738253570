// Hostile text through lint(): empty, huge, deeply nested, odd line endings and odd Unicode. Each case
// has a clear outcome: no throw, every message inside the text, `actual` equal to the text at its
// offsets, and line/column agreeing with the offsets (lines end at CRLF, a lone CR or LF, as in the LSP).
//
// Markdown too deeply nested (or with a paragraph too long) for the Markdown parsers is checked as
// plain text, with one `markdown-fallback` message saying so.
import {describe, expect, it} from 'vitest'
import {lint, type Language, type LintResult} from 'pitchlint'

type Syntax = 'text' | 'markdown'
const SYNTAXES: readonly Syntax[] = ['text', 'markdown']
const LANGUAGES: readonly (Language | undefined)[] = ['nl', 'en', undefined]

const PITCH_NL =
  'Ik ben Sanne de Vries, boekhouder in Utrecht. Wij ontzorgen kappers en eigenlijk iedereen met een salon. ' +
  'Indien u een kapper kent met 2 tot 10 stoelen, stel mij dan voor.'
const PITCH_EN =
  "I'm Dana Ruiz, a bookkeeper in Leeds. We basically leverage our synergies for 40 restaurants. " +
  'A great introduction for me is the owner of a restaurant in Leeds with 5 to 20 staff.'

/** Offsets at which lines start. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return starts
}

/** 1-based line and UTF-16 column of an offset. */
function position(starts: readonly number[], offset: number): {line: number; column: number} {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low]! + 1}
}

/** Every message agrees with the text; collects the first few problems so a failure says what broke. */
function expectConsistent(text: string, result: LintResult) {
  const starts = lineStarts(text)
  const problems: string[] = []
  for (const message of result.messages) {
    if (problems.length >= 5) break
    const where = `${message.ruleId} at ${message.offset}-${message.endOffset}`
    if (!(message.offset >= 0 && message.offset <= message.endOffset && message.endOffset <= text.length)) {
      problems.push(`${where}: outside the text (length ${text.length})`)
      continue
    }
    if (text.slice(message.offset, message.endOffset) !== message.actual) {
      problems.push(`${where}: actual ${JSON.stringify(message.actual.slice(0, 40))} ≠ text ${JSON.stringify(text.slice(message.offset, message.endOffset).slice(0, 40))}`)
    }
    const start = position(starts, message.offset)
    const end = position(starts, message.endOffset)
    if (start.line !== message.line || start.column !== message.column) {
      problems.push(`${where}: starts at ${message.line}:${message.column}, offset says ${start.line}:${start.column}`)
    }
    if (end.line !== message.endLine || end.column !== message.endColumn) {
      problems.push(`${where}: ends at ${message.endLine}:${message.endColumn}, offset says ${end.line}:${end.column}`)
    }
  }
  expect(problems).toEqual([])
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(100)
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

interface Case {
  readonly name: string
  readonly text: () => string
  /** Large inputs run once, with the language detected; small ones in both languages and detected. */
  readonly large?: boolean
  /** Lint messages expected (a pitch is in there), not just no crash. */
  readonly flags?: boolean
  /** Only in this syntax. */
  readonly only?: Syntax
  /** As Markdown, too much for the Markdown parsers (their recursion overflows): checked as plain text. */
  readonly plainInMarkdown?: true
}

const CASES: readonly Case[] = [
  {name: 'empty text', text: () => ''},
  {name: 'only whitespace', text: () => ' \t\n\r\n \u00a0\u2003\n\n\t  \r\r'},
  {name: 'only emoji', text: () => '😀🚀🎉 👍🏽 🇳🇱 👩‍👩‍👧‍👦 🏳️‍🌈\n\n🙂🙂🙂.'},
  {name: 'a single 50,000-character word', text: () => 'a'.repeat(50_000)},
  // The `syllable` package is quadratic on long consonant runs; pitchlint counts words this long itself.
  {name: 'a single 50,000-character word of consonants', text: () => `h${'m'.repeat(50_000)}`},
  {name: 'a single 200,000-character word of consonants', text: () => `h${'m'.repeat(200_000)}`, large: true},
  {name: 'a 50,000-character word inside a pitch', text: () => `${PITCH_NL} ${'x'.repeat(50_000)} ${PITCH_EN}`, flags: true},
  {name: 'CRLF line endings', text: () => `${PITCH_NL.replace(/\. /g, '.\r\n')}\r\n\r\n${PITCH_EN.replace(/\. /g, '.\r\n')}\r\n`, flags: true},
  {name: 'lone CR line endings', text: () => `${PITCH_NL.replace(/\. /g, '.\r')}\r\r${PITCH_EN.replace(/\. /g, '.\r')}\r`, flags: true},
  {name: 'mixed line endings (LF, CRLF, CR, LF CR)', text: () => `Ik ben Sanne.\nWij ontzorgen kappers.\r\nIndien u wilt.\rIk zoek eigenlijk iedereen.\n\r${PITCH_EN}`, flags: true},
  {name: 'a byte order mark', text: () => `\ufeff${PITCH_NL}\n\n${PITCH_EN}`, flags: true},
  {name: 'a byte order mark before front matter', text: () => `\ufeff---\ntitle: x\n---\n\n${PITCH_NL}\n`, flags: true},
  {name: 'U+FEFF inside words', text: () => PITCH_NL.replace(/o/g, 'o\ufeff'), flags: true},
  {
    name: 'right-to-left text (Arabic, Hebrew, bidi controls)',
    text: () => `مرحبا، أنا دانة. أساعد المخابز في ليدز.\n\nשלום, אני דנה. אני עוזרת למאפיות.\n\n\u202e${PITCH_EN}\u202c \u200f${PITCH_NL}\u200e`,
    flags: true,
  },
  {
    name: 'zero-width characters inside words (ZWSP, ZWJ, ZWNJ, word joiner, soft hyphen)',
    text: () => `${PITCH_NL.replace(/ontzorgen/, 'ont\u200bzorgen').replace(/eigenlijk/, 'eigen\u200dlijk').replace(/Indien/, 'In\u00addien')} lever\u200cage sy\u2060nergies`,
    flags: true,
  },
  {name: 'combining marks stacked on letters', text: () => `${PITCH_EN.replace(/e/g, 'e\u0301\u0302\u0303')}`, flags: true},
  {
    name: 'lone surrogates',
    text: () => `\udc00${PITCH_NL.replace(/Sanne/, 'San\ud800ne').replace(/ontzorgen/, 'ontzorgen\udfff')} \ud83d ${PITCH_EN}\ud800`,
    flags: true,
  },
  {name: 'control characters and unusual separators', text: () => `Ik ben\u0000 Sanne.\u0007\u001b[31m ${PITCH_NL}\u2028${PITCH_EN}\u2029\u0085\f\v end`, flags: true},
  {name: '10,000 nested blockquotes', text: () => `${'> '.repeat(10_000)}${PITCH_NL}\n`, plainInMarkdown: true},
  {name: '1,000 nested blockquotes', text: () => `${'> '.repeat(1_000)}${PITCH_NL}\n`, plainInMarkdown: true},
  {name: '40 nested blockquotes (still Markdown)', text: () => `${'> '.repeat(40)}${PITCH_NL}\n`, flags: true},
  {name: '10,000 nested list markers', text: () => `${'- '.repeat(10_000)}${PITCH_NL}\n`, plainInMarkdown: true},
  {name: '10,000 nested emphasis markers', text: () => `${'*'.repeat(10_000)}${PITCH_NL}${'*'.repeat(10_000)}\n`, plainInMarkdown: true},
  {name: '1,000 nested list markers', text: () => `${'- '.repeat(1_000)}${PITCH_NL}\n`, plainInMarkdown: true},
  {name: '40 nested list items (still Markdown)', text: () => Array.from({length: 40}, (_, depth) => `${'  '.repeat(depth)}- ${PITCH_EN}`).join('\n'), flags: true},
  {name: '300 levels of indented nested lists', text: () => Array.from({length: 300}, (_, depth) => `${'  '.repeat(depth)}- ${PITCH_EN}`).join('\n'), flags: true, large: true},
  {name: 'a 1 MB line without a newline', text: () => repeatTo(`${PITCH_NL} `, 1_000_000), flags: true, large: true, plainInMarkdown: true},
  {name: '1 MB of prose in paragraphs', text: () => repeatTo(`${PITCH_NL}\n\n${PITCH_EN}\n\n`, 1_000_000), flags: true, large: true},
]

describe.each(SYNTAXES)('lint() with syntax %s', (syntax) => {
  for (const testCase of CASES) {
    if (testCase.only && testCase.only !== syntax) continue
    const languages = testCase.large ? [undefined] : LANGUAGES
    for (const language of languages) {
      const name = `${testCase.name} (${language ?? 'detected'})`
      const body = async () => {
        const text = testCase.text()
        const result = await lint(text, {syntax, ...(language ? {language} : {})})
        expectConsistent(text, result)
        if (testCase.flags) expect(result.messages.length).toBeGreaterThan(0)
        const fallbacks = result.messages.filter((message) => message.ruleId === 'markdown-fallback')
        expect(fallbacks).toHaveLength(syntax === 'markdown' && testCase.plainInMarkdown ? 1 : 0)
      }
      it(name, body, 120_000)
    }
  }
})

describe('10 MB of prose', () => {
  // About 20 s as plain text on a 2-CPU machine; Markdown is slower (micromark and mdast-util-to-nlcst
  // take most of it: about 6 s per MB), so it is checked on 2 MB.
  for (const [syntax, size] of [['text', 10_000_000], ['markdown', 2_000_000]] as const) {
    it(`returns messages that point at their own text (${syntax}, ${size / 1_000_000} MB)`, async () => {
      const value = repeatTo(`${PITCH_NL}\n\n${PITCH_EN}\n\n`, size)
      const result = await lint(value, {syntax})
      expect(result.messages.length).toBeGreaterThan(size / 100)
      expectConsistent(value, result)
    }, 600_000)
  }
})
