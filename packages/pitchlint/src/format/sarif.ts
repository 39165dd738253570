import {createHash} from 'node:crypto'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules, ruleUrl, type LintMessage, type LintResult, type Rule, type Severity} from '@pitchlint/core'

/** SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps, IDE viewers). */
export interface SarifOptions {
  /** Paths are made relative to this folder, which becomes `%SRCROOT%`. */
  readonly cwd: string
  /** pitchlint's version, reported as the tool version. */
  readonly version: string
}

type Level = 'error' | 'warning' | 'note'

interface ArtifactLocation {
  readonly uri: string
  readonly uriBaseId?: string
  readonly index?: number
}

interface Region {
  readonly startLine: number
  readonly startColumn: number
  readonly endLine: number
  readonly endColumn: number
  readonly charOffset: number
  readonly charLength: number
  readonly snippet?: {readonly text: string}
}

interface ReportingDescriptor {
  readonly id: string
  readonly name: string
  readonly shortDescription: {readonly text: string}
  readonly fullDescription: {readonly text: string}
  readonly helpUri?: string
  readonly help: {readonly text: string; readonly markdown?: string}
  readonly defaultConfiguration: {readonly level: Level}
  readonly properties: {readonly tags: readonly string[]}
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = 'https://github.com/pitchlint/pitchlint'
const SRCROOT = '%SRCROOT%'
const STDIN = 'stdin'
const FINGERPRINT = 'pitchlint/v1'

/** Messages pitchlint itself can emit that are not rules in the registry, so they carry no summary. */
const EXTRA_SUMMARIES: Readonly<Record<string, string>> = {
  'control-comment': 'An inline control comment names something that is not a pitchlint rule.',
}

export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const base = baseUri(options.cwd)
  const catalog = ruleCatalog(results)
  const files = artifactTable(results, options.cwd, base)
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pitchlint',
            informationUri: INFORMATION_URI,
            version: options.version,
            semanticVersion: options.version,
            rules: catalog.descriptors,
          },
        },
        originalUriBaseIds: {[SRCROOT]: {uri: base}},
        artifacts: files.artifacts,
        // vfile columns and offsets count UTF-16 code units, not code points: say so, or viewers guess.
        columnKind: 'utf16CodeUnits',
        results: sarifResults(results, catalog.indexOf, files.locationOf),
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}

function sarifResults(
  results: readonly LintResult[],
  indexOf: ReadonlyMap<string, number>,
  locationOf: (result: LintResult) => ArtifactLocation,
): object[] {
  const fingerprints = fingerprinter()
  return results.flatMap((result) => {
    const artifact = locationOf(result)
    return result.messages.map((message) => sarifResult(message, artifact, indexOf, fingerprints(message, artifact)))
  })
}

function sarifResult(
  message: LintMessage,
  artifactLocation: ArtifactLocation,
  indexOf: ReadonlyMap<string, number>,
  fingerprint: string,
): object {
  const fixes = fixesOf(message, artifactLocation)
  return {
    ruleId: message.ruleId,
    ruleIndex: indexOf.get(message.ruleId) ?? -1,
    level: levelOf(message.severity),
    message: {text: message.reason},
    locations: [
      {physicalLocation: {artifactLocation, region: {...regionOf(message), snippet: {text: message.actual}}}},
    ],
    partialFingerprints: {[FINGERPRINT]: fingerprint},
    ...(fixes.length > 0 ? {fixes} : {}),
  }
}

function regionOf(message: LintMessage): Region {
  // unist end columns are exclusive, exactly as SARIF's `endColumn`, so they pass through unchanged.
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    charOffset: message.offset,
    charLength: message.endOffset - message.offset,
  }
}

/** One fix per replacement, so a viewer can offer each alternative on its own. */
function fixesOf(message: LintMessage, artifactLocation: ArtifactLocation): object[] {
  return message.expected.map((text) => ({
    description: {text: text === '' ? `Delete "${message.actual}"` : `Replace with "${text}"`},
    artifactChanges: [
      {artifactLocation, replacements: [{deletedRegion: regionOf(message), insertedContent: {text}}]},
    ],
  }))
}

function levelOf(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity
}

/**
 * Code scanning matches alerts across runs by this hash. It uses the relative uri, not the absolute
 * path, so a checkout in another folder keeps the same alerts; identical findings on one line get
 * `:1`, `:2`… (GitHub's own convention) instead of colliding.
 */
function fingerprinter(): (message: LintMessage, artifact: ArtifactLocation) => string {
  const seen = new Map<string, number>()
  return (message, artifact) => {
    const hash = createHash('sha256')
      .update([message.ruleId, artifact.uri, message.actual, String(message.line)].join('\0'))
      .digest('hex')
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  }
}

interface RuleCatalog {
  readonly descriptors: readonly ReportingDescriptor[]
  readonly indexOf: ReadonlyMap<string, number>
}

/** Every registry rule, so code scanning knows all of them; then ids only seen in messages. */
function ruleCatalog(results: readonly LintResult[]): RuleCatalog {
  const descriptors: ReportingDescriptor[] = rules.map(registryDescriptor)
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  for (const message of results.flatMap((result) => result.messages)) {
    if (indexOf.has(message.ruleId)) continue
    indexOf.set(message.ruleId, descriptors.length)
    descriptors.push(extraDescriptor(message))
  }
  return {descriptors, indexOf}
}

function registryDescriptor(rule: Rule): ReportingDescriptor {
  const url = ruleUrl(rule.id)
  return {
    id: rule.id,
    name: camelCase(rule.id),
    shortDescription: {text: rule.summary.en},
    fullDescription: {text: `${rule.summary.en} (nl: ${rule.summary.nl})`},
    helpUri: url,
    help: {
      text: `${rule.summary.en}\n\nExamples and how to fix it: ${url}`,
      markdown: `${rule.summary.en}\n\n[Examples and how to fix it](${url})`,
    },
    defaultConfiguration: {level: levelOf(rule.defaultSeverity)},
    properties: {tags: [rule.area]},
  }
}

function extraDescriptor(message: LintMessage): ReportingDescriptor {
  const summary = EXTRA_SUMMARIES[message.ruleId] ?? `Reported by pitchlint as "${message.ruleId}".`
  const url = URL.canParse(message.url) ? message.url : undefined
  return {
    id: message.ruleId,
    name: camelCase(message.ruleId),
    shortDescription: {text: summary},
    fullDescription: {text: summary},
    ...(url ? {helpUri: url} : {}),
    help: {text: url ? `${summary}\n\nMore: ${url}` : summary},
    defaultConfiguration: {level: levelOf(message.severity)},
    properties: {tags: ['pitchlint']},
  }
}

function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
}

interface ArtifactTable {
  readonly artifacts: readonly object[]
  readonly locationOf: (result: LintResult) => ArtifactLocation
}

/** One artifact per distinct file; results point at it by index as well as by uri. */
function artifactTable(results: readonly LintResult[], cwd: string, base: string): ArtifactTable {
  const artifacts: object[] = []
  const indexOf = new Map<string, number>()
  const locationOf = (result: LintResult): ArtifactLocation => {
    const location = fileLocation(result.file, cwd, base)
    let index = indexOf.get(location.uri)
    if (index === undefined) {
      index = artifacts.length
      indexOf.set(location.uri, index)
      artifacts.push({
        location,
        roles: ['analysisTarget'],
        properties: {language: result.language, profile: result.profile, score: result.score},
      })
    }
    return {...location, index}
  }
  for (const result of results) locationOf(result)
  return {artifacts, locationOf}
}

/**
 * Deriving the relative uri from two file URLs (instead of `path.relative`) gives POSIX separators
 * and the same percent-encoding as `%SRCROOT%`, on Windows too. A file outside cwd cannot be
 * expressed against `%SRCROOT%`, so it keeps its absolute file URL.
 */
function fileLocation(file: string | undefined, cwd: string, base: string): ArtifactLocation {
  if (file === undefined) return {uri: STDIN, uriBaseId: SRCROOT}
  const target = pathToFileURL(resolve(cwd, file)).href
  return target.startsWith(base) ? {uri: target.slice(base.length), uriBaseId: SRCROOT} : {uri: target}
}

function baseUri(cwd: string): string {
  const href = pathToFileURL(resolve(cwd)).href
  return href.endsWith('/') ? href : `${href}/`
}
