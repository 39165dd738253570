import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {check, rules, type LintResult} from '@pitchlint/core'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {formatSarif} from './sarif.js'

// ajv-draft-04 is CommonJS: under NodeNext its default import types as the whole module, and at runtime
// `module.exports.default` is the class itself, so `.default` is right for both.
const AjvDraft04 = Ajv.default

const schema = JSON.parse(
  readFileSync(new URL('../../../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object

const ajv = new AjvDraft04({strict: false})
// Real checks for the formats the schema uses, so a malformed uri fails instead of being ignored.
ajv.addFormat('uri', (value: string) => URL.canParse(value))
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'))
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
const validate = ajv.compile(schema)

const cwd = resolve('/repo')
const VAGUE = 'Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.'
const JARGON = 'Indien u vragen heeft, bel mij.'
const HEDGE = 'Ik ben Jan. Ik wil eigenlijk helpen, maar eigenlijk weet ik het niet.'
const ENGLISH = 'I am Jan. We leverage synergy to utilize solutions. I am looking for clients.'
const CONTROL = 'Ik ben Jan.\n\n<!-- pitchlint-disable jargn -->\n\nIndien u vragen heeft, bel mij.'

function lintAs(text: string, file: string | undefined, markdown = false): LintResult {
  const {result} = check(text, markdown ? {syntax: 'markdown'} : {})
  if (file !== undefined) result.file = file
  return result
}

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset: number
  charLength: number
  snippet?: {text: string}
}
interface ArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}
interface Fix {
  description: {text: string}
  artifactChanges: Array<{
    artifactLocation: ArtifactLocation
    replacements: Array<{deletedRegion: Region; insertedContent: {text: string}}>
  }>
}
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: {text: string}
  locations: Array<{physicalLocation: {artifactLocation: ArtifactLocation; region: Region}}>
  partialFingerprints: Record<string, string>
  fixes?: Fix[]
}
interface Descriptor {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  helpUri?: string
  help: {text: string}
  defaultConfiguration: {level: string}
  properties: {tags: string[]}
}
interface SarifLog {
  $schema: string
  version: string
  runs: Array<{
    tool: {driver: {name: string; informationUri: string; version: string; semanticVersion: string; rules: Descriptor[]}}
    originalUriBaseIds: Record<string, {uri: string}>
    artifacts: Array<{location: ArtifactLocation}>
    columnKind: string
    results: SarifResult[]
  }>
}

function sarif(results: readonly LintResult[], at = cwd): SarifLog {
  return JSON.parse(formatSarif(results, {cwd: at, version: '1.2.3'})) as SarifLog
}

function run(log: SarifLog) {
  const first = log.runs[0]
  if (!first) throw new Error('no run')
  return first
}

function findResult(log: SarifLog, ruleId: string, actual: string): SarifResult {
  const found = run(log).results.find(
    (result) => result.ruleId === ruleId && result.locations[0]?.physicalLocation.region.snippet?.text === actual,
  )
  if (!found) throw new Error(`no ${ruleId} result for "${actual}"`)
  return found
}

function sha256(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex')
}

const texts = [VAGUE, JARGON, HEDGE, ENGLISH, CONTROL]
const results = [
  lintAs(VAGUE, join(cwd, 'pitches', 'klanten.md')),
  lintAs(JARGON, join('pitches', 'vragen bij #1.md')),
  lintAs(HEDGE, join(cwd, 'bios', 'jan.md')),
  lintAs(ENGLISH, undefined),
  lintAs(CONTROL, 'control.md', true),
]
const log = sarif(results)

describe('formatSarif()', () => {
  it('produces a log that is valid against the SARIF 2.1.0 schema', () => {
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(run(log).columnKind).toBe('utf16CodeUnits')
  })

  it('is still valid with no results at all', () => {
    const empty = sarif([])
    expect(validate(empty)).toBe(true)
    expect(run(empty).results).toEqual([])
    expect(run(empty).tool.driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id))
  })

  it('rejects a broken log, so the validation itself can fail', () => {
    const broken = structuredClone(log)
    ;(run(broken).results[0] as unknown as {level: string}).level = 'fatal'
    expect(validate(broken)).toBe(false)
  })

  it('describes the tool and every registry rule', () => {
    const driver = run(log).tool.driver
    expect(driver).toMatchObject({
      name: 'pitchlint',
      informationUri: 'https://github.com/pitchlint/pitchlint',
      version: '1.2.3',
      semanticVersion: '1.2.3',
    })
    expect(driver.rules.slice(0, rules.length).map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id))
    const jargon = driver.rules.find((rule) => rule.id === 'jargon')
    expect(jargon).toMatchObject({
      name: 'jargon',
      shortDescription: {text: 'Buzzwords, officialese and trade jargon, with plain alternatives.'},
      helpUri: 'https://github.com/pitchlint/pitchlint/blob/main/docs/rules/jargon.md',
      defaultConfiguration: {level: 'warning'},
      properties: {tags: ['clarity']},
    })
    expect(jargon?.fullDescription.text).toContain('Buzzwords')
    expect(jargon?.help.text).toContain('https://github.com/pitchlint/pitchlint/blob/main/docs/rules/jargon.md')
    const byId = new Map(driver.rules.map((rule) => [rule.id, rule]))
    expect(byId.get('hard-sentence')?.name).toBe('hardSentence')
    expect(byId.get('unexplained-acronym')?.name).toBe('unexplainedAcronym')
    expect(byId.get('missing-who')?.defaultConfiguration.level).toBe('error')
    expect(byId.get('missing-proof')?.defaultConfiguration.level).toBe('note')
    expect(byId.get('missing-proof')?.properties.tags).toEqual(['credibility'])
  })

  it('adds rules that are used but not in the registry', () => {
    const driver = run(log).tool.driver
    expect(driver.rules).toHaveLength(rules.length + 1)
    expect(driver.rules[rules.length]).toMatchObject({
      id: 'control-comment',
      name: 'controlComment',
      helpUri: 'https://github.com/pitchlint/pitchlint/blob/main/docs/inline-control.md',
      defaultConfiguration: {level: 'warning'},
    })
    const control = findResult(log, 'control-comment', '<!-- pitchlint-disable jargn -->')
    expect(control.ruleIndex).toBe(rules.length)
    expect(control.locations[0]?.physicalLocation.region).toMatchObject({startLine: 3, startColumn: 1, endLine: 3})
  })

  it('gives one result per message, pointing at its rule, with the mapped level', () => {
    const sarifResults = run(log).results
    const messages = results.flatMap((result) => result.messages)
    expect(sarifResults).toHaveLength(messages.length)
    const driverRules = run(log).tool.driver.rules
    sarifResults.forEach((result, index) => {
      const message = messages[index]!
      expect(result.ruleId).toBe(message.ruleId)
      expect(driverRules[result.ruleIndex]?.id).toBe(message.ruleId)
      expect(result.message.text).toBe(message.reason)
      expect(result.level).toBe({error: 'error', warning: 'warning', info: 'note'}[message.severity])
    })
    expect(findResult(log, 'missing-what', VAGUE).level).toBe('error')
    expect(findResult(log, 'hedge', 'eigenlijk').level).toBe('warning')
    expect(findResult(log, 'missing-proof', VAGUE).level).toBe('note')
  })

  it('maps positions to regions whose offsets select the snippet', () => {
    expect(findResult(log, 'vague-target', 'iedereen voor mij een potentiële klant').locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: {uri: 'pitches/klanten.md', uriBaseId: '%SRCROOT%', index: 0},
          region: {
            startLine: 1,
            startColumn: 33,
            endLine: 1,
            endColumn: 71,
            charOffset: 32,
            charLength: 38,
            snippet: {text: 'iedereen voor mij een potentiële klant'},
          },
        },
      },
    ])
    const sarifResults = run(log).results
    let index = 0
    results.forEach((result, file) => {
      for (const message of result.messages) {
        const region = sarifResults[index++]!.locations[0]!.physicalLocation.region
        expect(region.charOffset).toBe(message.offset)
        expect(region.charLength).toBe(message.endOffset - message.offset)
        expect(texts[file]!.slice(region.charOffset, region.charOffset + region.charLength)).toBe(region.snippet?.text)
      }
    })
  })

  it('turns each expected value into a fix replacing the flagged region', () => {
    const jargon = findResult(log, 'jargon', 'Indien')
    const artifactLocation = {uri: 'pitches/vragen%20bij%20%231.md', uriBaseId: '%SRCROOT%', index: 1}
    expect(jargon.locations[0]?.physicalLocation.artifactLocation).toEqual(artifactLocation)
    expect(jargon.fixes).toEqual([
      {
        description: {text: 'Replace with "Als"'},
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 7, charOffset: 0, charLength: 6},
                insertedContent: {text: 'Als'},
              },
            ],
          },
        ],
      },
    ])
    expect(findResult(log, 'jargon', 'utilize').fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      {
        deletedRegion: {startLine: 1, startColumn: 34, endLine: 1, endColumn: 41, charOffset: 33, charLength: 7},
        insertedContent: {text: 'use'},
      },
    ])
  })

  it('describes an empty replacement as a deletion', () => {
    const hedge = findResult(log, 'hedge', 'eigenlijk ')
    expect(hedge.fixes).toHaveLength(1)
    expect(hedge.fixes?.[0]?.description.text).toBe('Delete "eigenlijk "')
    expect(hedge.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      {
        deletedRegion: {startLine: 1, startColumn: 20, endLine: 1, endColumn: 30, charOffset: 19, charLength: 10},
        insertedContent: {text: ''},
      },
    ])
  })

  it('leaves fixes out when there is no expected value', () => {
    const withoutExpected = run(log).results.filter((result) => result.ruleId !== 'jargon' && result.ruleId !== 'hedge')
    expect(withoutExpected.length).toBeGreaterThan(5)
    for (const result of withoutExpected) expect(result).not.toHaveProperty('fixes')
    expect(findResult(log, 'hedge', 'eigenlijk')).not.toHaveProperty('fixes')
    expect(findResult(log, 'jargon', 'leverage')).not.toHaveProperty('fixes')
  })

  it('lists artifacts with paths relative to cwd, stdin for text without a file', () => {
    expect(run(log).originalUriBaseIds).toEqual({'%SRCROOT%': {uri: `${pathToFileURL(cwd).href}/`}})
    expect(run(log).artifacts.map((artifact) => artifact.location)).toEqual([
      {uri: 'pitches/klanten.md', uriBaseId: '%SRCROOT%'},
      {uri: 'pitches/vragen%20bij%20%231.md', uriBaseId: '%SRCROOT%'},
      {uri: 'bios/jan.md', uriBaseId: '%SRCROOT%'},
      {uri: 'stdin', uriBaseId: '%SRCROOT%'},
      {uri: 'control.md', uriBaseId: '%SRCROOT%'},
    ])
    expect(findResult(log, 'vague-target', 'clients').locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'stdin',
      uriBaseId: '%SRCROOT%',
      index: 3,
    })
  })

  it('keeps an absolute file URL for a file outside cwd', () => {
    const outside = join(dirname(cwd), 'elsewhere', 'pitch.md')
    const other = sarif([lintAs(JARGON, outside)])
    expect(validate(other)).toBe(true)
    expect(run(other).results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: pathToFileURL(outside).href,
      index: 0,
    })
  })

  it('fingerprints ruleId, relative file, actual and line, independent of the checkout folder', () => {
    const jargon = findResult(log, 'jargon', 'Indien')
    expect(jargon.partialFingerprints).toEqual({
      'pitchlint/v1': `${sha256('jargon', 'pitches/vragen%20bij%20%231.md', 'Indien', '1')}:1`,
    })
    expect(findResult(log, 'jargon', 'utilize').partialFingerprints['pitchlint/v1']).toBe(
      `${sha256('jargon', 'stdin', 'utilize', '1')}:1`,
    )
    expect(findResult(log, 'control-comment', '<!-- pitchlint-disable jargn -->').partialFingerprints).toEqual({
      'pitchlint/v1': `${sha256('control-comment', 'control.md', '<!-- pitchlint-disable jargn -->', '3')}:1`,
    })
    const elsewhere = resolve('/elsewhere/checkout')
    const moved = sarif([lintAs(JARGON, join(elsewhere, 'pitches', 'vragen bij #1.md'))], elsewhere)
    expect(run(moved).results.find((result) => result.ruleId === 'jargon')?.partialFingerprints).toEqual(
      jargon.partialFingerprints,
    )
    const fingerprints = run(log).results.map((result) => result.partialFingerprints['pitchlint/v1'])
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
  })

  it('numbers identical findings on one line instead of giving them one fingerprint', () => {
    const base = lintAs(JARGON, 'a.md')
    const message = base.messages.find((item) => item.ruleId === 'jargon')!
    const twice = sarif([{...base, messages: [message, message]}])
    const hash = sha256('jargon', 'a.md', 'Indien', '1')
    expect(run(twice).results.map((result) => result.partialFingerprints['pitchlint/v1'])).toEqual([
      `${hash}:1`,
      `${hash}:2`,
    ])
  })
})
