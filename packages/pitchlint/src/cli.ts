import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {DEFAULT_PROFILE, isProfileId, lint, type LintResult} from './index.js'
import {formatStylish} from './format/stylish.js'

const USAGE = `Usage: pitchlint [options] <file...>

Checks elevator pitches, networking intros and bios (Dutch or English): does the text say who you
are, what you do, and who you are looking for?

Options:
  --format <name>     stylish (default) or json
  --profile <name>    networking-pitch (default), elevator-pitch, speaker-bio, profile-about
  --language <nl|en>  language of the text (default: detected)
  --locale <nl|en>    language of the messages (default: the text's language)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no errors, 1 lint errors found, 2 usage or file error.`

/** A problem with how pitchlint was called or with a file: reported in one line, exit code 2. */
class UsageError extends Error {}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pitchlint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

async function run(argv: readonly string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'stylish'},
        profile: {type: 'string', default: DEFAULT_PROFILE},
        language: {type: 'string'},
        locale: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun "pitchlint --help" for the options.`)
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (values.version) {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    process.stdout.write(`${manifest.version}\n`)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no files given.\nRun "pitchlint --help" for usage.')
  if (values.format !== 'stylish' && values.format !== 'json') {
    throw new UsageError(`unknown format "${values.format}"; use stylish or json.`)
  }
  if (!isProfileId(values.profile)) {
    throw new UsageError(
      `unknown profile "${values.profile}"; use networking-pitch, elevator-pitch, speaker-bio or profile-about.`,
    )
  }
  const language = languageOption('--language', values.language)
  const locale = languageOption('--locale', values.locale)

  const results: LintResult[] = []
  let failed = false
  for (const path of positionals) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      process.stderr.write(`pitchlint: ${path}: ${describeReadError(error)}\n`)
      failed = true
      continue
    }
    const result = await lint(text, {
      profile: values.profile,
      ...(language ? {language} : {}),
      ...(locale ? {locale} : {}),
    })
    result.file = path
    results.push(result)
  }

  if (values.format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  else process.stdout.write(`${formatStylish(results, useColor())}\n`)

  if (failed) return 2
  return results.some((result) => result.messages.some((message) => message.severity === 'error')) ? 1 : 0
}

function languageOption(flag: string, value: string | undefined): 'nl' | 'en' | undefined {
  if (value === undefined || value === 'nl' || value === 'en') return value
  throw new UsageError(`${flag} must be nl or en, not "${value}".`)
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file; check the path.'
  if (code === 'EISDIR') return 'is a directory; pass the files inside it.'
  if (code === 'EACCES') return 'permission denied; check the file permissions.'
  return `cannot be read (${code ?? 'unknown error'}).`
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']
}
