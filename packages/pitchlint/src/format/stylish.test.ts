import {check, type LintResult} from '@pitchlint/core'
import {describe, expect, it} from 'vitest'
import {formatStylish} from './stylish.js'

function lintAs(text: string, file: string): LintResult {
  const {result} = check(text, {rules: {'missing-proof': 'off'}})
  result.file = file
  return result
}

const clean = lintAs(
  'Ik ben Sanne Visser, boekhouder in Utrecht. Ik doe de boekhouding van kappers. Ik zoek kappers in Utrecht die net voor zichzelf zijn begonnen.',
  'goed.md',
)
const vague = lintAs('Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.', 'vaag.md')

describe('formatStylish()', () => {
  it('prints each file with its score line and findings, then a total', () => {
    const lines = formatStylish([vague], false).split('\n')
    expect(lines[0]).toBe('vaag.md')
    expect(lines[1]).toMatch(/^ {2}score \d+\/100 · who . what . ask ✓ \(vague\) · \d+ words ≈ \d+ s · nl · networking-pitch$/)
    expect(lines.some((line) => /^ {2}1:\d+-1:\d+ +warning .*vague-target$/.test(line))).toBe(true)
    expect(lines.at(-1)).toMatch(/^\d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\)$/)
  })

  it('says no problems were found only when every input was checked', () => {
    expect(clean.messages).toEqual([])
    expect(formatStylish([clean], false).split('\n').at(-1)).toBe('No problems found.')
    expect(formatStylish([clean], false, 1).split('\n').at(-1)).toBe('No problems found in what was checked; 1 input could not be checked (see above).')
    expect(formatStylish([], false, 3).split('\n').at(-1)).toBe('No problems found in what was checked; 3 inputs could not be checked (see above).')
    expect(formatStylish([vague], false, 2).split('\n').at(-1)).toMatch(/\); 2 inputs could not be checked \(see above\)$/)
  })

  it('prints no escape codes without colour', () => {
    expect(formatStylish([vague], false)).not.toMatch(/\u001b\[/)
  })
})
