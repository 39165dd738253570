import type {LintMessage} from '../result.js'
import type {RuleSetting} from '../profiles.js'
import type {RuleId} from '../rule.js'
import type {Pillars} from './pillars.js'

/**
 * The 0–100 score: points for each pillar whose rule is on, plus a clarity share that findings use up.
 * Only enabled rules count, so a bio without an ask is not punished under `speaker-bio`.
 * Documented in docs/score.md; change both together.
 */
export const SCORE_WEIGHTS = {who: 20, what: 25, ask: 25, specificAsk: 15, clarity: 15} as const
const CLARITY_COST: Readonly<Record<string, number>> = {'vague-target': 5}
const DEFAULT_COST = {error: 3, warning: 2, info: 0.5} as const
const PILLAR_RULES = new Set(['missing-who', 'missing-what', 'missing-ask', 'unspecific-ask'])
/** Share of the ask points earned when the ask's own target is everyone ("Ik zoek klanten"). */
const VAGUE_ASK_SHARE = 0.5

export function computeScore(
  pillars: Pillars,
  messages: readonly LintMessage[],
  settingOf: (id: RuleId) => RuleSetting,
): number {
  let earned = 0
  let possible = 0
  const add = (weight: number, share: number) => {
    possible += weight
    earned += weight * share
  }
  if (settingOf('missing-who') !== 'off') add(SCORE_WEIGHTS.who, pillars.who.present ? 1 : 0)
  if (settingOf('missing-what') !== 'off') add(SCORE_WEIGHTS.what, pillars.what.present ? 1 : 0)
  if (settingOf('missing-ask') !== 'off') {
    add(SCORE_WEIGHTS.ask, pillars.ask.present ? (asksForEveryone(pillars, messages) ? VAGUE_ASK_SHARE : 1) : 0)
  }
  if (settingOf('unspecific-ask') !== 'off') add(SCORE_WEIGHTS.specificAsk, Math.min(pillars.ask.slots.length, 2) / 2)
  const cost = messages
    .filter((message) => !PILLAR_RULES.has(message.ruleId))
    .reduce((total, message) => total + (CLARITY_COST[message.ruleId] ?? DEFAULT_COST[message.severity]), 0)
  add(SCORE_WEIGHTS.clarity, Math.max(0, SCORE_WEIGHTS.clarity - cost) / SCORE_WEIGHTS.clarity)
  return possible === 0 ? 100 : Math.round((100 * earned) / possible)
}

/** A vague-target finding inside the best ask: the ask names everyone, which helps no one refer. */
function asksForEveryone(pillars: Pillars, messages: readonly LintMessage[]): boolean {
  const {start, end} = pillars.ask
  if (start === undefined || end === undefined) return false
  return messages.some((message) => message.ruleId === 'vague-target' && message.offset < end && start < message.endOffset)
}
