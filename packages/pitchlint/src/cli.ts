import {appendFileSync, readFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import type {LintResult} from '@pitchlint/core'
import {parseCli, USAGE, type CliOptions} from './cli/args.js'
import {explain} from './cli/explain.js'
import {init} from './cli/init.js'
import {UserError} from './config/errors.js'
import {configFor, configForFile, loadConfig, type Config} from './config/load.js'
import {expandInputs} from './files.js'
import {applyEdits, unambiguousEdits, unifiedDiff, writeFixed} from './fix.js'
import {formatGithub, githubSummary} from './format/github.js'
import {formatSarif} from './format/sarif.js'
import {formatStylish} from './format/stylish.js'
import {lintSource, readText, type FileReport, type LintFileOptions} from './lint-file.js'

/** How many fix passes at most: a fix can reveal another one (two hedges next to each other). */
const FIX_PASSES = 3

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(parseCli(argv))
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`pitchlint: ${error.describe()}\n`)
      return 2
    }
    // A bug, not the user's fault: one line, and how to report it; the stack only on request.
    process.stderr.write(`pitchlint: internal error: ${(error as Error).message}. Please report this; run with PITCHLINT_DEBUG=1 for details.\n`)
    if (process.env['PITCHLINT_DEBUG']) process.stderr.write(`${(error as Error).stack}\n`)
    return 2
  }
}

async function run(options: CliOptions): Promise<number> {
  const cwd = process.cwd()
  if (options.help) return print(USAGE)
  if (options.version) return print(version())
  if (options.explain) return print(await explain(options.explain))
  if (options.init) {
    const {path, language} = init(cwd, options.inputs)
    process.stderr.write(`pitchlint: wrote ${relative(cwd, path)} (${language}).\n`)
    return 0
  }
  if (!options.stdin && options.inputs.length === 0) throw new UserError('no files given. Run "pitchlint --help" for usage.')

  const forced = options.config ? loadConfig(resolve(cwd, options.config)) : undefined
  const lintOptions: LintFileOptions = {
    ...(options.profile ? {profile: options.profile} : {}),
    ...(options.language ? {language: options.language} : {}),
    ...(options.locale ? {locale: options.locale} : {}),
    ...(options.reportUnusedDisables ? {reportUnusedDisables: true} : {}),
  }
  const reports: FileReport[] = []
  let failures = 0
  // A broken config is found again for every file below it: say it once, not once per file.
  const said = new Set<string>()
  const fail = (error: unknown) => {
    if (!(error instanceof UserError)) throw error
    const line = `pitchlint: ${error.describe()}\n`
    if (!said.has(line)) process.stderr.write(line)
    said.add(line)
    failures++
  }

  if (options.stdin) {
    const name = options.stdinFilename ?? 'stdin.md'
    const config = configForFile(forced ?? configFor(resolve(cwd, name)), resolve(cwd, name))
    const source = readFileSync(0, 'utf8')
    try {
      reports.push(lintSource(source, name, config, lintOptions, true))
    } catch (error) {
      fail(perFile(error, name))
    }
  } else {
    // The config nearest the working directory holds the `ignore` patterns for the whole run.
    const rootConfig = forced ?? safeConfig(resolve(cwd, '.pitchlintrc'), fail)
    const files = await expandInputs(options.inputs, cwd, rootConfig?.ignore ?? [])
    // A file named on the command line (as "x.yaml" or "./x.yaml") is explicit; one found in a folder is not.
    const named = new Set(options.inputs.map((input) => resolve(cwd, input)))
    const progress = progressLine(files.length)
    for (const [index, path] of files.entries()) {
      progress(index)
      const display = relative(cwd, path) || path
      try {
        const config = configForFile(forced ?? configFor(path), path)
        const source = await readText(path, display)
        reports.push(lintSource(source, display, config, lintOptions, named.has(path)))
      } catch (error) {
        fail(perFile(error, display))
      }
    }
    progress(files.length)
  }

  const fixed = options.fix || options.fixDryRun ? await applyFixes(reports, options, lintOptions, cwd, fail, forced) : reports
  const results = fixed.flatMap((report) => report.results).map((result) => (options.quiet ? onlyErrors(result) : result))
  if (!options.fixDryRun) process.stdout.write(`${format(results, options, cwd, failures)}\n`)
  if (options.format === 'github' && process.env['GITHUB_STEP_SUMMARY']) {
    appendFileSync(process.env['GITHUB_STEP_SUMMARY'], `${githubSummary(results, {cwd})}\n`)
  }

  if (failures > 0) return 2
  const messages = fixed.flatMap((report) => report.results).flatMap((result) => result.messages)
  const errors = messages.filter((message) => message.severity === 'error').length
  const warnings = messages.filter((message) => message.severity === 'warning').length
  return errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? 1 : 0
}

/**
 * A crash while linting one file (a bug) is reported against that file, and the other files are still
 * linted and reported; the exit code is 2 as for any internal error.
 */
function perFile(error: unknown, file: string): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error
  if (process.env['PITCHLINT_DEBUG']) process.stderr.write(`${error.stack}\n`)
  return new UserError(`internal error: ${error.message}. Please report this; run with PITCHLINT_DEBUG=1 for details.`, file)
}

function safeConfig(probe: string, fail: (error: unknown) => void): Config | undefined {
  try {
    return configFor(probe)
  } catch (error) {
    fail(error)
    return undefined
  }
}

/** Apply unambiguous fixes in memory (a few passes), then write each file atomically or print a diff. */
async function applyFixes(
  reports: readonly FileReport[],
  options: CliOptions,
  lintOptions: LintFileOptions,
  cwd: string,
  fail: (error: unknown) => void,
  forced: Config | undefined,
): Promise<FileReport[]> {
  const output: FileReport[] = []
  for (const report of reports) {
    let current = report
    for (let pass = 0; pass < FIX_PASSES; pass++) {
      const edits = unambiguousEdits(current.source, current.results.flatMap((result) => result.messages))
      if (edits.length === 0) break
      const text = applyEdits(current.source, edits)
      const path = resolve(cwd, report.file)
      const config = configForFile(forced ?? configFor(path), path)
      current = lintSource(text, report.file, config, lintOptions, true)
    }
    if (current.source !== report.source) {
      if (options.fixDryRun) process.stdout.write(unifiedDiff(report.file, report.source, current.source))
      else if (!options.stdin) {
        const outcome = await writeFixed(resolve(cwd, report.file), report.source, current.source)
        if (outcome === 'changed') {
          fail(new UserError('changed while pitchlint ran; nothing was written. Run pitchlint --fix again.', report.file))
          current = report
        }
      }
    }
    output.push(current)
  }
  return output
}

function onlyErrors(result: LintResult): LintResult {
  return {...result, messages: result.messages.filter((message) => message.severity === 'error')}
}

function format(results: readonly LintResult[], options: CliOptions, cwd: string, failures: number): string {
  switch (options.format) {
    case 'json':
      return JSON.stringify(results, null, 2)
    case 'sarif':
      return formatSarif(results, {cwd, version: version()})
    case 'github':
      return formatGithub(results, {cwd})
    default:
      return formatStylish(results, useColor(), failures)
  }
}

/** Colour only on a terminal, never when NO_COLOR is set (no-color.org). */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']
}

/** "12/1000 files" on stderr for long runs on a terminal; never in CI logs or pipes. */
function progressLine(total: number): (done: number) => void {
  if (!process.stderr.isTTY || process.env['CI'] || total < 50) return () => undefined
  return (done) => {
    process.stderr.write(done >= total ? '\r\x1b[K' : `\rpitchlint: ${done}/${total} files`)
  }
}

function print(text: string): number {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  return 0
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}
