import {parseArgs} from 'node:util'
import {isProfileId, type Language, type ProfileId} from '@pitchlint/core'
import {UserError} from '../config/errors.js'

export type Format = 'stylish' | 'json' | 'sarif' | 'github'
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github']

export interface CliOptions {
  readonly inputs: readonly string[]
  readonly format: Format
  readonly profile?: ProfileId
  readonly language?: Language
  readonly locale?: Language
  readonly config?: string
  readonly maxWarnings?: number
  readonly quiet: boolean
  readonly fix: boolean
  readonly fixDryRun: boolean
  readonly stdin: boolean
  readonly stdinFilename?: string
  readonly explain?: string
  readonly init: boolean
  readonly reportUnusedDisables: boolean
  readonly help: boolean
  readonly version: boolean
}

export const USAGE = `Usage: pitchlint [options] <paths, directories or globs...>

Checks elevator pitches, networking intros and bios (Dutch or English): does the text say who you
are, what you do, and who you are looking for? Lints Markdown (prose only), plain text, and the
configured fields of YAML/JSON data files.

Options:
  -f, --format <name>          stylish (default), json, sarif or github
  -p, --profile <name>         networking-pitch (default), elevator-pitch, speaker-bio, profile-about
      --language <nl|en>       language of the texts (default: detected)
      --locale <nl|en>         language of the messages (default: the text's language)
  -c, --config <file>          use this config file instead of searching for .pitchlintrc*
      --max-warnings <n>       exit 1 when there are more than n warnings
  -q, --quiet                  report errors only
      --fix                    apply unambiguous fixes to the files
      --fix-dry-run            print the fixes as a unified diff; change nothing
      --stdin                  lint standard input
      --stdin-filename <name>  file name for stdin (config lookup, Markdown or text, report)
      --report-unused-disables report <!-- pitchlint-disable --> comments that silence nothing
      --explain <rule>         show a rule's documentation
      --init                   write a starter .pitchlintrc.yaml for this folder
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
2 usage, config or file error.`

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'stylish'},
        profile: {type: 'string', short: 'p'},
        language: {type: 'string'},
        locale: {type: 'string'},
        config: {type: 'string', short: 'c'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean', short: 'q', default: false},
        fix: {type: 'boolean', default: false},
        'fix-dry-run': {type: 'boolean', default: false},
        stdin: {type: 'boolean', default: false},
        'stdin-filename': {type: 'string'},
        'report-unused-disables': {type: 'boolean', default: false},
        explain: {type: 'string'},
        init: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false},
      },
    })
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]} Run "pitchlint --help" for the options.`)
  }
  const {values, positionals} = parsed
  const format = values.format as Format
  if (!FORMATS.includes(format)) throw new UserError(`unknown format "${values.format}"; use ${FORMATS.join(', ')}.`)
  if (values.profile !== undefined && !isProfileId(values.profile)) {
    throw new UserError(`unknown profile "${values.profile}"; use networking-pitch, elevator-pitch, speaker-bio or profile-about.`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UserError(`--max-warnings must be a whole number of 0 or more, not "${values['max-warnings']}".`)
    }
  }
  if (values.stdin && positionals.length > 0) throw new UserError('give either --stdin or file paths, not both.')
  if (values.stdin && values.fix) throw new UserError('--fix cannot write to stdin; use --fix-dry-run to see the diff.')
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UserError('--stdin-filename needs --stdin.')
  return {
    inputs: positionals,
    format,
    ...(values.profile ? {profile: values.profile as ProfileId} : {}),
    ...(languageOption('--language', values.language)),
    ...(languageOption('--locale', values.locale, 'locale')),
    ...(values.config ? {config: values.config} : {}),
    ...(maxWarnings !== undefined ? {maxWarnings} : {}),
    quiet: values.quiet,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    stdin: values.stdin,
    ...(values['stdin-filename'] ? {stdinFilename: values['stdin-filename']} : {}),
    ...(values.explain ? {explain: values.explain} : {}),
    init: values.init,
    reportUnusedDisables: values['report-unused-disables'],
    help: values.help,
    version: values.version,
  }
}

function languageOption(flag: string, value: string | undefined, key: 'language' | 'locale' = 'language') {
  if (value === undefined) return {}
  if (value === 'nl' || value === 'en') return {[key]: value} as {language?: Language; locale?: Language}
  throw new UserError(`${flag} must be nl or en, not "${value}".`)
}
