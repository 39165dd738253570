import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {check} from '@pitchlint/core'
import {describe, expect, it} from 'vitest'
import {applyEdits, unambiguousEdits, writeFixed} from './fix.js'

/** Sentences mixing plain words with fixable jargon and hedges, in both languages. */
const fragments = [
  'Indien u vragen heeft, bel mij.',
  'Ik ben eigenlijk fotograaf in Gent.',
  'Wij ontzorgen kappers derhalve graag.',
  'Middels een app regel ik je planning.',
  'I basically fix roofs in Leeds.',
  'We utilize drones in order to inspect gutters.',
  'Ik bak brood.',
  'Prior to that I was a chef.',
  'Reeds tien jaar help ik bakkers.',
  '**Indien** je wilt, *eigenlijk* kan het.',
  '',
]

const text = fc
  .array(fc.constantFrom(...fragments), {minLength: 1, maxLength: 8})
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(' ', '\n', '\n\n', '  '), {minLength: parts.length, maxLength: parts.length})))
  .map(([parts, separators]) => parts.map((part, index) => part + separators[index]).join(''))

describe('fixes', () => {
  it('never change text outside the flagged spans', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'text' | 'markdown'>('text', 'markdown'), (source, syntax) => {
        const {result} = check(source, {syntax})
        const edits = unambiguousEdits(source, result.messages)
        const output = applyEdits(source, edits)
        // Rebuild the output from the untouched pieces and the replacements: it must match exactly.
        let rebuilt = ''
        let position = 0
        for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
          expect(edit.offset).toBeGreaterThanOrEqual(position)
          rebuilt += source.slice(position, edit.offset) + edit.text
          position = edit.endOffset
        }
        rebuilt += source.slice(position)
        expect(output).toBe(rebuilt)
      }),
      {numRuns: 150},
    )
  })

  it('are idempotent: fixing the fixed text again changes nothing', () => {
    fc.assert(
      fc.property(text, (source) => {
        let current = source
        for (let pass = 0; pass < 3; pass++) {
          current = applyEdits(current, unambiguousEdits(current, check(current).result.messages))
        }
        expect(unambiguousEdits(current, check(current).result.messages)).toEqual([])
      }),
      {numRuns: 100},
    )
  })

  it('skip ambiguous and overlapping fixes', () => {
    const messages = [
      {offset: 0, endOffset: 5, actual: 'abcde', expected: ['x']},
      {offset: 3, endOffset: 8, actual: 'defgh', expected: ['y']},
      {offset: 9, endOffset: 10, actual: 'j', expected: ['p', 'q']},
      {offset: 10, endOffset: 11, actual: 'k', expected: ['']},
    ].map((message) => ({...message, ruleId: 'jargon', severity: 'warning' as const, reason: '', line: 1, column: 1, endLine: 1, endColumn: 1, note: '', url: ''}))
    expect(unambiguousEdits('abcdefghijkl', messages)).toEqual([{offset: 10, endOffset: 11, text: ''}])
  })
})

describe('writeFixed', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'pitchlint-fix-'))

  it('writes only when the file still holds what was linted', async () => {
    const path = join(dir(), 'pitch.md')
    writeFileSync(path, 'Indien u wilt.\n')
    expect(await writeFixed(path, 'Indien u wilt.\n', 'Als u wilt.\n')).toBe('written')
    expect(readFileSync(path, 'utf8')).toBe('Als u wilt.\n')
    writeFileSync(path, 'Indien u wilt, bel.\n')
    expect(await writeFixed(path, 'Indien u wilt.\n', 'Als u wilt.\n')).toBe('changed')
    expect(readFileSync(path, 'utf8')).toBe('Indien u wilt, bel.\n')
  })

  it('keeps the byte order mark of a file that was linted without it', async () => {
    const path = join(dir(), 'pitch.md')
    writeFileSync(path, '\ufeffIndien u wilt.\r\n')
    expect(await writeFixed(path, 'Indien u wilt.\r\n', 'Als u wilt.\r\n')).toBe('written')
    expect(readFileSync(path, 'utf8')).toBe('\ufeffAls u wilt.\r\n')
  })
})
