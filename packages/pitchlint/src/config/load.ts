import {readFileSync} from 'node:fs'
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import leven from 'leven'
import {lilconfigSync, type LoaderSync} from 'lilconfig'
import {isRuleId, ruleIds, type AllowOption, type DenyOption, type Language, type ProfileId, type RuleId, type RuleSetting} from '@pitchlint/core'
import {parseDocument} from 'yaml'
import {UserError} from './errors.js'
import {configSchema} from './schema.js'

/** The lint settings a config file holds, and each of its `overrides` entries. */
export interface LintSettings {
  readonly profile?: ProfileId
  readonly language?: Language
  readonly locale?: Language
  readonly rules: Readonly<Partial<Record<RuleId, RuleSetting>>>
  readonly allow?: AllowOption
  readonly deny?: DenyOption
}

/** A validated configuration, ready to pass to `lint()`. */
export interface Config extends LintSettings {
  /** The file it came from; undefined for the built-in defaults. */
  readonly filepath?: string
  readonly fields: readonly string[]
  readonly ignore: readonly string[]
  /** Settings for some files only (see `configForFile`). */
  readonly overrides: readonly ConfigOverride[]
}

/** One `overrides` entry: settings for the files its patterns match. */
export interface ConfigOverride extends LintSettings {
  /** Patterns in .gitignore syntax, relative to the config file's directory. */
  readonly files: readonly string[]
}

export const EMPTY_CONFIG: Config = {rules: {}, fields: [], ignore: [], overrides: []}

/** Where configuration is searched, nearest directory first. JSON and YAML only: config never runs code. */
export const SEARCH_PLACES = ['.pitchlintrc.json', '.pitchlintrc.yaml', '.pitchlintrc.yml', '.pitchlintrc', 'package.json']

/** Compiled on first use: compiling the schema is a fifth of a second that start-up need not pay. */
let validator: ValidateFunction | undefined
function validate(data: unknown): boolean {
  validator ??= new Ajv({allErrors: true, strict: false}).compile(configSchema)
  return validator(data)
}

const loadJson: LoaderSync = (filepath, content) => parseJson(filepath, content)
const loadYaml: LoaderSync = (filepath, content) => parseYaml(filepath, content)

const searcher = lilconfigSync('pitchlint', {
  searchPlaces: SEARCH_PLACES,
  packageProp: 'pitchlint',
  // Only data loaders: lilconfig's defaults would import .js and .cjs files.
  loaders: {'.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml},
})

/** The nearest configuration for a file (searching upwards), or the defaults when there is none. */
export function configFor(file: string): Config {
  const found = searcher.search(dirname(file))
  return found ? normalize(found.config, found.filepath) : EMPTY_CONFIG
}

/** A configuration file named on the command line (`--config`). */
export function loadConfig(filepath: string): Config {
  let content: string
  try {
    content = readFileSync(filepath, 'utf8')
  } catch {
    throw new UserError('cannot read the config file; check the path given to --config.', filepath)
  }
  const data = /\.json$/i.test(filepath) ? parseJson(filepath, content) : parseYaml(filepath, content)
  const config = filepath.endsWith('package.json') ? (data as Record<string, unknown>)['pitchlint'] : data
  return normalize(config ?? {}, filepath)
}

export function clearConfigCache(): void {
  searcher.clearCaches()
}

function parseJson(filepath: string, content: string): unknown {
  // Editors on Windows may save a byte order mark, which JSON.parse rejects; YAML allows it already.
  content = content.replace(/^\ufeff/, '')
  try {
    return JSON.parse(content)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    const {line, column} = position ? lineColumn(content, Number(position[1])) : {line: 1, column: 1}
    throw new UserError(`invalid JSON (${(error as Error).message.replace(/ in JSON at.*$/, '')}); fix the syntax.`, display(filepath), line, column)
  }
}

function parseYaml(filepath: string, content: string): unknown {
  const document = parseDocument(content, {uniqueKeys: true})
  const [error] = document.errors
  if (error) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    throw new UserError(`invalid YAML (${error.message.split('\n')[0]}); fix the syntax.`, display(filepath), line, column)
  }
  try {
    return document.toJS({maxAliasCount: 100})
  } catch (error) {
    // Aliases expanding into millions of nodes ("billion laughs"); the yaml package stops at the limit.
    throw new UserError(`invalid YAML (${(error as Error).message}); use fewer aliases.`, display(filepath))
  }
}

function lineColumn(content: string, offset: number): {line: number; column: number} {
  const before = content.slice(0, offset).split('\n')
  return {line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1}
}

function display(filepath: string): string {
  const path = relative(process.cwd(), filepath)
  return path.startsWith('..') ? filepath : path
}

/** Validate against the schema and turn into a `Config`; errors name the key path and what is allowed. */
function normalize(raw: unknown, filepath: string): Config {
  const file = display(filepath)
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError('the configuration must be an object, e.g. {"extends": "networking-pitch"}.', file)
  }
  const data = raw as Record<string, unknown>
  checkRuleIds(data['rules'], file)
  if (Array.isArray(data['overrides'])) {
    data['overrides'].forEach((entry: unknown, index) => {
      if (entry !== null && typeof entry === 'object') checkRuleIds((entry as Record<string, unknown>)['rules'], file, `overrides[${index}].`)
    })
  }
  if (!validate(data)) throw new UserError(describeSchemaError(validator?.errors ?? []), file)
  const overrides = ((data['overrides'] ?? []) as Record<string, unknown>[]).map((entry) => ({
    files: entry['files'] as string[],
    ...settingsOf(entry),
  }))
  return {
    filepath,
    ...settingsOf(data),
    fields: (data['fields'] ?? []) as string[],
    ignore: (data['ignore'] ?? []) as string[],
    overrides,
  }
}

/** The lint settings of a config object or an `overrides` entry (already validated). */
function settingsOf(data: Record<string, unknown>): LintSettings {
  const rules: Partial<Record<RuleId, RuleSetting>> = {}
  for (const [id, setting] of Object.entries((data['rules'] ?? {}) as Record<string, unknown>)) {
    if (isRuleId(id)) rules[id] = (Array.isArray(setting) ? setting[0] : setting) as RuleSetting
  }
  return {
    ...(data['extends'] ? {profile: data['extends'] as ProfileId} : {}),
    ...(data['language'] ? {language: data['language'] as Language} : {}),
    ...(data['locale'] ? {locale: data['locale'] as Language} : {}),
    rules,
    ...(data['allow'] ? {allow: data['allow'] as AllowOption} : {}),
    ...(data['deny'] ? {deny: data['deny'] as DenyOption} : {}),
  }
}

/**
 * The config as it applies to one file: every `overrides` entry whose patterns match the file (relative
 * to the config file's directory) is applied in order. Its profile, language and locale replace the
 * ones before, its rules are merged in, and its allow and deny lists replace the ones before.
 */
export function configForFile(config: Config, file: string): Config {
  if (config.overrides.length === 0 || !config.filepath) return config
  const path = relative(dirname(config.filepath), resolve(file)).split(sep).join('/')
  if (path === '' || path.startsWith('../') || isAbsolute(path)) return config
  let result = config
  for (const entry of config.overrides) {
    if (!ignore().add([...entry.files]).ignores(path)) continue
    const {files: _files, rules, ...settings} = entry
    result = {...result, ...settings, rules: {...result.rules, ...rules}}
  }
  return result
}

/** Unknown rule ids get a "did you mean" before the schema's generic enum message. */
function checkRuleIds(rules: unknown, file: string, prefix = ''): void {
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) return
  for (const id of Object.keys(rules)) {
    if (isRuleId(id)) continue
    const closest = [...ruleIds].sort((a, b) => leven(id, a) - leven(id, b))[0]
    const hint = closest && leven(id, closest) <= 3 ? `did you mean "${closest}"? ` : ''
    throw new UserError(`${prefix}rules.${id}: unknown rule; ${hint}Known rules: ${ruleIds.join(', ')}.`, file)
  }
}

function describeSchemaError(errors: readonly ErrorObject[]): string {
  // The deepest error is the most specific; oneOf wrappers only repeat it.
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]
  if (!error) return 'the configuration is not valid.'
  const segments = error.instancePath.split('/').slice(1)
  // "overrides[0].rules", as people write it.
  const path = segments.reduce((text, segment) => (/^\d+$/.test(segment) ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '') || '(top level)'
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty'])
    const known = knownKeys(segments)
    const list = known ? `; allowed keys: ${known.filter((name) => name !== '$schema').join(', ')}` : ''
    return `${path === '(top level)' ? key : `${path}.${key}`}: unknown key${list}.`
  }
  if (error.keyword === 'enum') {
    return `${path}: must be one of ${(error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}.`
  }
  return `${path}: ${error.message ?? 'is not valid'}.`
}

/** The keys allowed where an unknown key was found: at the top level or in an `overrides` entry. */
function knownKeys(segments: readonly string[]): readonly string[] | undefined {
  if (segments.length === 0) return Object.keys(configSchema.properties)
  if (segments.length === 2 && segments[0] === 'overrides') return Object.keys(configSchema.properties.overrides.items.properties)
  return undefined
}
