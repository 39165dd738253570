import {join, resolve} from 'node:path'
import {check, type LintResult} from '@pitchlint/core'
import {describe, expect, it} from 'vitest'
import {formatGithub, githubSummary} from './github.js'

const cwd = resolve('/repo')

function lintAs(text: string, file: string | undefined): LintResult {
  const {result} = check(text)
  if (file !== undefined) result.file = file
  return result
}

const jargon = lintAs('Indien u vragen heeft, bel mij.', join(cwd, 'pitches', 'vragen.md'))
const vague = lintAs('Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.', join('bios', 'klanten.md'))

describe('formatGithub()', () => {
  it('prints one workflow command per message with a path relative to cwd', () => {
    expect(formatGithub([jargon], {cwd}).split('\n')).toEqual([
      '::warning file=pitches/vragen.md,line=1,col=1,endLine=1,endColumn=7,title=pitchlint jargon::"Indien" is jargon; zeg "Als".',
      '::error file=pitches/vragen.md,line=1,col=1,endLine=1,endColumn=32,title=pitchlint missing-ask::De tekst zegt nergens wie of wat je zoekt.',
      '::notice file=pitches/vragen.md,line=1,col=1,endLine=1,endColumn=32,title=pitchlint missing-proof::Niets onderbouwt je beweringen: geen getal, resultaat, klant of voorbeeld.',
      '::error file=pitches/vragen.md,line=1,col=1,endLine=1,endColumn=32,title=pitchlint missing-what::De tekst zegt nergens concreet wat je doet of aanbiedt.',
      '::error file=pitches/vragen.md,line=1,col=1,endLine=1,endColumn=32,title=pitchlint missing-who::De tekst zegt nergens wie je bent.',
    ])
  })

  it('maps info to notice and keeps the order of files and messages', () => {
    const lines = formatGithub([jargon, vague], {cwd}).split('\n')
    expect(lines).toHaveLength(jargon.messages.length + vague.messages.length)
    expect(lines.slice(jargon.messages.length).map((line) => line.slice(0, line.indexOf(',')))).toEqual([
      '::notice file=bios/klanten.md',
      '::error file=bios/klanten.md',
      '::warning file=bios/klanten.md',
      '::warning file=bios/klanten.md',
      '::warning file=bios/klanten.md',
      '::warning file=bios/klanten.md',
    ])
    expect(lines.at(-1)).toBe(
      '::warning file=bios/klanten.md,line=1,col=33,endLine=1,endColumn=71,title=pitchlint vague-target::"iedereen voor mij een potentiële klant" noemt iedereen als doelgroep; zeg wie precies.',
    )
  })

  it('escapes % and newlines in the message, and also , and : in properties', () => {
    const message = jargon.messages[0]!
    const tricky: LintResult = {
      ...jargon,
      file: join(cwd, 'docs', 'a,b:c 100%.md'),
      messages: [{...message, ruleId: 'x:y,z', reason: '100% clear,\r\nno: really'}],
    }
    expect(formatGithub([tricky], {cwd})).toBe(
      '::warning file=docs/a%2Cb%3Ac 100%25.md,line=1,col=1,endLine=1,endColumn=7,title=pitchlint x%3Ay%2Cz::100%25 clear,%0D%0Ano: really',
    )
  })

  it('leaves the file out for text from stdin', () => {
    const stdin = lintAs('Indien u vragen heeft, bel mij.', undefined)
    expect(formatGithub([stdin], {cwd}).split('\n')[0]).toBe(
      '::warning line=1,col=1,endLine=1,endColumn=7,title=pitchlint jargon::"Indien" is jargon; zeg "Als".',
    )
  })

  it('prints nothing when there are no messages', () => {
    expect(formatGithub([{...jargon, messages: []}], {cwd})).toBe('')
  })
})

describe('githubSummary()', () => {
  it('builds a table row per file and a total line', () => {
    expect(githubSummary([jargon, vague], {cwd})).toBe(
      [
        '## pitchlint',
        '',
        '| File | Score | Who | What | Ask | Errors | Warnings | Info |',
        '| :--- | ---: | :---: | :---: | :---: | ---: | ---: | ---: |',
        '| pitches/vragen.md | 13/100 | ✗ | ✗ | ✗ | 3 | 1 | 1 |',
        // The ask is for everyone ("klanten"), so it earns half the ask points.
        '| bios/klanten.md | 35/100 | ✓ | ✗ | ✓ | 1 | 4 | 1 |',
        '',
        '**Total:** 2 files, 4 errors, 5 warnings, 2 info',
        '',
      ].join('\n'),
    )
  })

  it('escapes Markdown in file names and names stdin', () => {
    const odd = {...jargon, file: join(cwd, 'a|b_c.md')}
    const stdin = lintAs('Indien u vragen heeft, bel mij.', undefined)
    const lines = githubSummary([odd, stdin], {cwd}).split('\n')
    expect(lines[4]).toBe('| a\\|b\\_c.md | 13/100 | ✗ | ✗ | ✗ | 3 | 1 | 1 |')
    expect(lines[5]).toBe('| stdin | 13/100 | ✗ | ✗ | ✗ | 3 | 1 | 1 |')
  })

  it('says so when nothing was found or checked', () => {
    const clean = {...vague, messages: []}
    expect(githubSummary([clean], {cwd}).split('\n').at(-2)).toBe('**Total:** 1 file, no problems found.')
    expect(githubSummary([], {cwd})).toBe('## pitchlint\n\n**Total:** 0 files, no problems found.\n')
  })
})
