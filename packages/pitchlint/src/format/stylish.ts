import type {LintResult} from '@pitchlint/core'
import {styleText} from 'node:util'

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string

/** Human-readable report: a summary line per file (score, pillars, speaking time), then findings. */
/** `failures`: inputs that could not be checked (reported on stderr), so "no problems" is not claimed for them. */
export function formatStylish(results: readonly LintResult[], color: boolean, failures = 0): string {
  const paint: Paint = color ? (format, text) => styleText(format, text) : (_format, text) => text
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    const mark = (present: boolean) => (present ? paint('green', '✓') : paint('red', '✗'))
    const {who, what, ask} = result.pillars
    const field = (result as LintResult & {field?: string}).field
    lines.push(paint('underline', `${result.file ?? '<text>'}${field ? ` › ${field}` : ''}`))
    lines.push(
      `  score ${result.score}/100 · who ${mark(who.present)} what ${mark(what.present)} ask ${mark(ask.present)}` +
        `${ask.present ? (ask.specific ? ' (specific)' : ' (vague)') : ''}` +
        ` · ${result.stats.words} words ≈ ${Math.round(result.stats.spokenSeconds)} s · ${result.language} · ${result.profile}`,
    )
    for (const message of result.messages) {
      if (message.severity === 'error') errors++
      else if (message.severity === 'warning') warnings++
      else infos++
      const severity =
        message.severity === 'error'
          ? paint('red', 'error  ')
          : message.severity === 'warning'
            ? paint('yellow', 'warning')
            : paint('blue', 'info   ')
      const place = `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
      lines.push(`  ${place.padEnd(12)} ${severity} ${message.reason}  ${paint('dim', message.ruleId)}`)
    }
    lines.push('')
  }
  const total = errors + warnings + infos
  const unchecked = failures === 0 ? '' : `; ${failures} ${failures === 1 ? 'input' : 'inputs'} could not be checked (see above)`
  lines.push(
    total === 0
      ? failures === 0
        ? paint('green', 'No problems found.')
        : paint('red', `No problems found in what was checked${unchecked}.`)
      : `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info)${unchecked}`,
  )
  return lines.join('\n')
}
