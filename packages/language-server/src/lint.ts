// Lint one document with the CLI's pipeline (`lintSource` + `configFor`), after deciding whether it is
// pitchlint's to lint. No LSP types besides diagnostics: the server publishes what this returns.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import ignore from 'ignore'
import {profiles, type LintResult} from 'pitchlint'
import {clearConfigCache, configFor, configForFile, EMPTY_CONFIG, lintSource, UserError, type Config, type FieldResult} from 'pitchlint/node'
import type {Diagnostic} from 'vscode-languageserver/node.js'
import {configDiagnostic, dataFileDiagnostic, toDiagnostic, tooLargeDiagnostic, type Positions} from './diagnostics.js'
import {matchesAny} from './glob.js'
import type {LocatedFinding} from './hover.js'
import {mergeSettings} from './settings.js'
import type {FieldReport, Finding, PitchReport, PitchStatus, PitchlintSettings, ReportResult} from './protocol.js'

// Neovim calls plain text 'text'; VS Code calls it 'plaintext'.
const PROSE_LANGUAGES = new Set(['markdown', 'plaintext', 'text'])
const DATA_EXTENSIONS = new Set(['yaml', 'yml', 'json'])
const TEXT_EXTENSIONS = new Set(['txt', 'text'])
const IGNORE_FILE = '.pitchlintignore'

export interface LintInput extends Positions {
  readonly uri: string
  readonly languageId: string
  readonly version: number | null
  getText(): string
}

/** What validation gave for one version of a document. */
export interface Outcome {
  readonly uri: string
  readonly version: number | null
  readonly diagnostics: readonly Diagnostic[]
  readonly report: ReportResult
  /** The findings behind the diagnostics, for hover. */
  readonly findings: readonly LocatedFinding[]
  /** The config file in force (for "allow word"), when there is one. */
  readonly configPath?: string
  /** Markdown syntax: "disable for this line" comments work. */
  readonly markdown: boolean
}

export function lintDocument(document: LintInput, settings: PitchlintSettings, folders: readonly string[]): Outcome {
  const {uri, version} = document
  const text = document.getText()
  const status = (kind: PitchStatus['status'], message: string, diagnostics: Diagnostic[] = []): Outcome => ({
    uri,
    version,
    diagnostics,
    report: {status: kind, uri, version, message},
    findings: [],
    markdown: false,
  })
  if (!settings.enable) return status('disabled', 'pitchlint is turned off (setting pitchlint.enable).')

  const fsPath = pathOf(uri)
  const folder = fsPath ? folderOf(fsPath, folders) : folders[0]
  const display = fsPath ? (folder ? relative(folder, fsPath).split(sep).join('/') : fsPath) : nameOf(uri)
  const extension = extensionOf(display)
  const isData = DATA_EXTENSIONS.has(extension)
  const included = matchesAny(display, settings.include)
  if (isData ? !included : !(PROSE_LANGUAGES.has(document.languageId) || included)) {
    return status('not-linted', isData ? 'Data files are linted when pitchlint.include matches them.' : 'Not a Markdown or plain-text file.')
  }

  if (text.length > settings.maxFileSize) {
    return status('too-large', `Over pitchlint.maxFileSize (${settings.maxFileSize} characters).`, [tooLargeDiagnostic(text, settings.maxFileSize)])
  }

  let config: Config
  try {
    const path = fsPath ?? (folder ? join(folder, display) : undefined)
    config = path ? configForFile(freshConfigFor(path), path) : EMPTY_CONFIG
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const configUri = error.file ? pathToFileURL(resolve(process.cwd(), error.file)).href : undefined
    const place = configUri ? {uri: configUri, ...(error.line ? {line: error.line} : {}), ...(error.column ? {column: error.column} : {})} : undefined
    return status('config-error', error.describe(), [configDiagnostic(text, error.describe(), place)])
  }

  if (fsPath && isIgnored(fsPath, config, folder)) {
    return status('ignored', 'Skipped by the config `ignore` list or .pitchlintignore.')
  }

  const merged = mergeSettings(config, settings)
  // The editor's language id decides the syntax; for other included files, the extension does.
  const markdown =
    !isData && (document.languageId === 'markdown' || (document.languageId !== 'plaintext' && document.languageId !== 'text' && !TEXT_EXTENSIONS.has(extension)))
  let results: readonly FieldResult[]
  try {
    results = lintSource(text, lintName(display, extension, isData, markdown), merged, {}, !isData).results
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return status('data-file-error', error.message, [dataFileDiagnostic(text, error.message, error.line, error.column)])
  }
  if (results.length === 0) {
    return status(
      'not-linted',
      config.fields.length === 0
        ? 'No `fields` in the pitchlint config: add e.g. {"fields": ["speakers[].bio"]} to lint this data file.'
        : 'None of the configured `fields` is in this file.',
    )
  }

  const findings: LocatedFinding[] = results
    .flatMap((result) =>
      result.messages.map((message) => ({
        finding: result.field === undefined ? message : {...message, field: result.field},
        locale: merged.locale ?? result.language,
        language: result.language,
      })),
    )
    .sort((a, b) => a.finding.offset - b.finding.offset || a.finding.endOffset - b.finding.endOffset)
  const diagnostics = findings.map((located) => toDiagnostic(located.finding, document, settings.diagnosticLevel, located.language))
  return {
    uri,
    version,
    diagnostics,
    report: reportOf(uri, version, results, findings.map((located) => located.finding), isData),
    findings,
    ...(config.filepath ? {configPath: config.filepath} : {}),
    markdown,
  }
}

function reportOf(uri: string, version: number | null, results: readonly FieldResult[], findings: Finding[], isData: boolean): PitchReport {
  const worst = [...results].sort((a, b) => a.score - b.score)[0]!
  const fields: FieldReport[] = results.map((result) => ({
    field: result.field ?? '',
    language: result.language,
    score: result.score,
    pillars: result.pillars,
    stats: result.stats,
  }))
  return {
    status: 'ok',
    uri,
    version,
    language: worst.language,
    profile: worst.profile,
    score: worst.score,
    pillars: worst.pillars,
    stats: worst.stats,
    budget: budgetOf(worst),
    findings,
    ...(isData ? {fields} : {}),
  }
}

function budgetOf(result: LintResult): PitchReport['budget'] {
  const budget = profiles[result.profile].budget
  return 'seconds' in budget ? {seconds: budget.seconds} : {words: budget.words}
}

const modified = new Map<string, number | undefined>()

/**
 * `configFor` caches what it read. Clients that watch files tell the server when a config changes; for the
 * others, a config file whose modification time moved since it was read is read again.
 */
function freshConfigFor(path: string): Config {
  let config = configFor(path)
  const file = config.filepath
  if (!file) return config
  const now = statSync(file, {throwIfNoEntry: false})?.mtimeMs
  if (modified.has(file) && modified.get(file) !== now) {
    clearConfigCache()
    config = configFor(path)
  }
  modified.set(file, now)
  return config
}

/**
 * The local path of a `file:` uri. A file uri with a host (`file://server/share/pitch.md`) has none on
 * POSIX and fileURLToPath throws: such a document is linted like an untitled one instead of failing.
 */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** The workspace folder holding `path` (the deepest one). */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  return folders
    .filter((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep))
    .sort((a, b) => b.length - a.length)[0]
}

/** The name `lintSource` sees decides the syntax: make it agree with the editor's language id. */
function lintName(display: string, extension: string, isData: boolean, markdown: boolean): string {
  if (isData) return display
  if (!markdown) return TEXT_EXTENSIONS.has(extension) ? display : `${display}.txt`
  return TEXT_EXTENSIONS.has(extension) ? `${display}.md` : display
}

function isIgnored(fsPath: string, config: Config, folder: string | undefined): boolean {
  const base = config.filepath ? dirname(config.filepath) : folder
  if (base && config.ignore.length > 0 && ignores(ignore().add([...config.ignore]), base, fsPath)) return true
  if (!folder) return false
  const file = join(folder, IGNORE_FILE)
  return existsSync(file) && ignores(ignore().add(readFileSync(file, 'utf8')), folder, fsPath)
}

function ignores(matcher: ReturnType<typeof ignore>, base: string, fsPath: string): boolean {
  const path = relative(base, fsPath)
  if (path === '' || path.startsWith('..')) return false
  return matcher.ignores(path.split(sep).join('/'))
}

function nameOf(uri: string): string {
  return decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, '').replace(/^\/+/, '')) || 'untitled'
}

function extensionOf(file: string): string {
  const match = /\.([^./\\]+)$/.exec(file)
  return match ? match[1]!.toLowerCase() : ''
}
