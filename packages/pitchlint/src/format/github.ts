import {relative, resolve, sep} from 'node:path'
import type {LintMessage, LintResult, Severity} from '@pitchlint/core'

export interface GithubOptions {
  /** Annotations need paths relative to the workspace, which is the working directory in Actions. */
  readonly cwd: string
}

const COMMANDS: Readonly<Record<Severity, string>> = {error: 'error', warning: 'warning', info: 'notice'}

/** GitHub Actions workflow commands: one annotation per message. */
export function formatGithub(results: readonly LintResult[], options: GithubOptions): string {
  return results
    .flatMap((result) => {
      const file = result.file === undefined ? undefined : relativePath(options.cwd, result.file)
      return result.messages.map((message) => annotation(message, file))
    })
    .join('\n')
}

function annotation(message: LintMessage, file: string | undefined): string {
  // Without a file (stdin) there is nothing to attach to, so the annotation goes on the run itself.
  const properties: Array<[string, string | number]> = file === undefined ? [] : [['file', file]]
  properties.push(
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', `pitchlint ${message.ruleId}`],
  )
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${COMMANDS[message.severity]} ${list}::${escapeData(message.reason)}`
}

/** The runner splits commands on newlines, so they (and `%`, the escape itself) must be encoded. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Properties are additionally split on `,` and ended by `::`. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/** Markdown for `$GITHUB_STEP_SUMMARY`: a row per file, then totals. */
export function githubSummary(results: readonly LintResult[], options: GithubOptions): string {
  const lines = ['## pitchlint', '']
  if (results.length > 0) {
    lines.push(
      '| File | Score | Who | What | Ask | Errors | Warnings | Info |',
      '| :--- | ---: | :---: | :---: | :---: | ---: | ---: | ---: |',
      ...results.map((result) => summaryRow(result, options.cwd)),
      '',
    )
  }
  lines.push(totalLine(results))
  return `${lines.join('\n')}\n`
}

function summaryRow(result: LintResult, cwd: string): string {
  const counts = countSeverities(result.messages)
  const file = result.file === undefined ? 'stdin' : relativePath(cwd, result.file)
  const {who, what, ask} = result.pillars
  const cells = [
    escapeCell(file),
    `${result.score}/100`,
    mark(who.present),
    mark(what.present),
    mark(ask.present),
    counts.error,
    counts.warning,
    counts.info,
  ]
  return `| ${cells.join(' | ')} |`
}

function totalLine(results: readonly LintResult[]): string {
  const counts = countSeverities(results.flatMap((result) => result.messages))
  const files = plural(results.length, 'file', 'files')
  if (counts.error + counts.warning + counts.info === 0) return `**Total:** ${files}, no problems found.`
  return (
    `**Total:** ${files}, ${plural(counts.error, 'error', 'errors')}, ` +
    `${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info`
  )
}

function countSeverities(messages: readonly LintMessage[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[message.severity]++
  return counts
}

function mark(present: boolean): string {
  return present ? '✓' : '✗'
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** A `|` would end the cell and `*`, `_`… would format a file name. */
function escapeCell(value: string): string {
  return value.replace(/[\\`*_[\]<>|]/g, '\\$&')
}

/** POSIX separators, as GitHub expects, whatever the runner's OS. */
function relativePath(cwd: string, file: string): string {
  return relative(resolve(cwd), resolve(cwd, file)).split(sep).join('/')
}
