import {resolve} from 'node:path'
import {configFor, configForFile, loadConfig, type Config} from './config/load.js'
import {lintSource, readText, type FileReport, type LintFileOptions} from './lint-file.js'

export {configFor, configForFile, loadConfig, clearConfigCache, EMPTY_CONFIG, SEARCH_PLACES, type Config, type ConfigOverride} from './config/load.js'
export {configSchema} from './config/schema.js'
export {UserError} from './config/errors.js'
export {lintSource, type FileReport, type FieldResult, type LintFileOptions} from './lint-file.js'
export {unambiguousEdits, applyEdits, writeFixed, type Edit} from './fix.js'

/**
 * Lint a file from disk with its nearest `.pitchlintrc*` (or `config`): Markdown prose, plain text, or the
 * configured fields of a YAML/JSON data file. Node only; `lint()` is the browser-safe entry.
 */
export async function lintFile(path: string, options: LintFileOptions & {config?: string | Config} = {}): Promise<FileReport> {
  const absolute = resolve(path)
  const {config: given, ...lintOptions} = options
  const base = typeof given === 'string' ? loadConfig(resolve(given)) : (given ?? configFor(absolute))
  const config = configForFile(base, absolute)
  const source = await readText(absolute, path)
  return lintSource(source, path, config, lintOptions, true)
}
