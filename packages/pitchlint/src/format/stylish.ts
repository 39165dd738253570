import type {LintResult} from '@pitchlint/core'
import {styleText} from 'node:util'

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string

/** Human-readable report: a summary line per file (score, pillars, speaking time), then findings. */
export function formatStylish(results: readonly LintResult[], color: boolean): string {
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
  lines.push(
    total === 0
      ? paint('green', 'No problems found.')
      : `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info)`,
  )
  return lines.join('\n')
}
