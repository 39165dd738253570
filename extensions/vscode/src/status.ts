// The status bar text for one report: `pitchlint 72 · who ✓ what ✓ ask ✗ · 31 s`. Pure (no `vscode`), so
// it is unit-tested and shared with the report view.
import type {Budget, PitchReport, ReportResult, Stats} from './protocol.js'

export interface StatusView {
  readonly text: string
  readonly tooltip: string
}

const mark = (present: boolean): string => (present ? '✓' : '✗')

/** `31 s`, or `1 min 05 s` from a minute on. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
}

/** The profile's budget in words, e.g. `40 s` or `120 words`; undefined when it has none. */
export function formatBudget(budget: Budget): string | undefined {
  if (budget.seconds !== undefined) return formatSeconds(budget.seconds)
  if (budget.words !== undefined) return `${budget.words} words`
  return undefined
}

/** How much of the budget the text uses (0..∞; 1 = exactly on budget), or undefined without a budget. */
export function budgetUse(stats: Stats, budget: Budget): number | undefined {
  if (budget.seconds !== undefined && budget.seconds > 0) return stats.spokenSeconds / budget.seconds
  if (budget.words !== undefined && budget.words > 0) return stats.words / budget.words
  return undefined
}

export function isReport(result: ReportResult): result is PitchReport {
  return result.status === 'ok'
}

export function statusView(result: ReportResult): StatusView {
  if (!isReport(result)) {
    const label = result.status === 'disabled' ? 'off' : result.status === 'closed' || result.status === 'not-linted' ? '' : '⚠'
    return {text: label ? `pitchlint ${label}` : 'pitchlint', tooltip: result.message}
  }
  const {score, pillars, stats, budget} = result
  const text = `pitchlint ${score} · who ${mark(pillars.who.present)} what ${mark(pillars.what.present)} ask ${mark(pillars.ask.present)} · ${formatSeconds(stats.spokenSeconds)}`
  const budgetText = formatBudget(budget)
  const ask = pillars.ask.present ? (pillars.ask.specific ? 'specific' : 'not specific yet') : 'missing'
  const problems = result.findings.length
  const tooltip = [
    `pitchlint score ${score}/100 (${result.profile}, ${result.language})`,
    `who: ${pillars.who.present ? 'yes' : 'missing'} · what: ${pillars.what.present ? 'yes' : 'missing'} · ask: ${ask}`,
    `${stats.words} words ≈ ${formatSeconds(stats.spokenSeconds)} spoken${budgetText ? ` (budget ${budgetText})` : ''}`,
    `${problems} finding${problems === 1 ? '' : 's'} · click for the report`,
  ].join('\n')
  return {text, tooltip}
}
