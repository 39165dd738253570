import {lstat, readFile, stat} from 'node:fs/promises'
import {check, type CheckOptions, type LintMessage, type LintResult} from '@pitchlint/core'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {UserError} from './config/errors.js'
import type {Config} from './config/load.js'
import {DataFileError, extractFields} from './data/fields.js'
import {DATA_EXTENSIONS, extensionOf} from './files.js'

/** Options from the command line or the caller; they win over the config file. */
export interface LintFileOptions extends Omit<CheckOptions, 'syntax'> {
  /** Report `<!-- pitchlint-disable -->` comments that silence nothing. */
  readonly reportUnusedDisables?: boolean
}

/** What linting one file gave: a result per text (one for prose, one per field for data files). */
export interface FileReport {
  readonly file: string
  readonly source: string
  readonly results: readonly LintResult[]
}

/** A result of one field of a data file: `field` names the value, positions are in the data file. */
export interface FieldResult extends LintResult {
  field?: string
}

/**
 * Read a file as UTF-8 text; binary or non-UTF-8 content is an error for this file only. Regular files
 * only: opening a FIFO blocks until something writes to it, and a device may never end.
 */
export async function readText(path: string, display: string): Promise<string> {
  let buffer: Buffer
  try {
    const stats = await stat(path)
    if (stats.isDirectory()) throw new UserError('is a directory; pass the files inside it.', display)
    if (!stats.isFile()) throw new UserError('is not a regular file (a pipe, socket or device); pipe text to pitchlint --stdin instead.', display)
    buffer = await readFile(path)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(await describeReadError(error, path), display)
  }
  if (buffer.includes(0)) throw new UserError('looks like a binary file; pitchlint reads UTF-8 text only.', display)
  try {
    // The decoder drops a byte order mark: positions count from the first character, as editors do.
    return new TextDecoder('utf-8', {fatal: true}).decode(buffer)
  } catch {
    throw new UserError('is not valid UTF-8; save it as UTF-8 and try again.', display)
  }
}

async function describeReadError(error: unknown, path: string): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ELOOP') return 'is a symbolic link loop; fix or remove the link.'
  if (code === 'ENOENT') return (await isSymbolicLink(path)) ? 'is a broken symbolic link; its target does not exist.' : 'no such file; check the path.'
  if (code === 'EISDIR') return 'is a directory; pass the files inside it.'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check the file permissions.'
  return `cannot be read (${code ?? 'unknown error'}).`
}

async function isSymbolicLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink()
  } catch {
    return false
  }
}

/** Lint text that came from `file` (read from disk or stdin), by the rules of its extension. */
export function lintSource(source: string, file: string, config: Config, options: LintFileOptions, explicit: boolean): FileReport {
  const settings: CheckOptions = {
    ...(config.profile ? {profile: config.profile} : {}),
    ...(config.language ? {language: config.language} : {}),
    ...(config.locale ? {locale: config.locale} : {}),
    ...(config.allow ? {allow: config.allow} : {}),
    ...(config.deny ? {deny: config.deny} : {}),
    rules: {...config.rules, ...options.rules},
    ...withoutRules(options),
  }
  const extension = extensionOf(file)
  if (DATA_EXTENSIONS.includes(extension)) return lintDataFile(source, file, config, settings, explicit)
  const syntax = extension === 'txt' || extension === 'text' ? 'text' : 'markdown'
  const result = check(source, {...settings, syntax, ...(options.reportUnusedDisables ? {reportUnusedDisables: true} : {})}).result
  result.file = file
  return {file, source, results: [result]}
}

function withoutRules(options: LintFileOptions): CheckOptions {
  const {rules: _rules, reportUnusedDisables: _unused, ...rest} = options
  return rest
}

/** Each configured field value is its own text; findings point into the data file. */
function lintDataFile(source: string, file: string, config: Config, settings: CheckOptions, explicit: boolean): FileReport {
  if (config.fields.length === 0) {
    if (!explicit) return {file, source, results: []}
    throw new UserError('is a data file, but no `fields` are configured; add e.g. {"fields": ["speakers[].bio"]} to .pitchlintrc.json.', file)
  }
  let values
  try {
    values = extractFields(source, config.fields)
  } catch (error) {
    if (error instanceof DataFileError) throw new UserError(`${error.message}; fix the syntax.`, file, error.line, error.column)
    throw error
  }
  const place = location(new VFile(source))
  const results = values.map((value) => {
    const result: FieldResult = check(value.text, {...settings, syntax: 'text'}).result
    result.file = file
    result.field = value.path
    const messages = result.messages.map((message) => remap(message, value.sourceOffsets, source, place))
    return {...result, messages}
  })
  return {file, source, results}
}

function remap(
  message: LintMessage,
  offsets: readonly number[],
  source: string,
  place: ReturnType<typeof location>,
): LintMessage {
  const offset = offsets[message.offset] ?? 0
  const endOffset =
    message.endOffset > message.offset ? (offsets[message.endOffset - 1] ?? offset) + 1 : offset
  const start = place.toPoint(offset)
  const end = place.toPoint(endOffset)
  const actual = source.slice(offset, endOffset)
  return {
    ...message,
    offset,
    endOffset,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    actual,
    // A fix is only exact when the source holds the value's text as is (no escapes or folded lines).
    expected: actual === message.actual ? message.expected : [],
  }
}
