import type {Rule, RuleId} from '../rule.js'
import {missingAsk} from './missing-ask.js'
import {missingWhat} from './missing-what.js'
import {missingWho} from './missing-who.js'
import {unspecificAsk} from './unspecific-ask.js'
import {vagueTarget} from './vague-target.js'

/** Every rule, in the order findings are reported. The registry config and docs are checked against. */
export const rules: readonly Rule[] = [missingWho, missingWhat, missingAsk, unspecificAsk, vagueTarget]

export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id)

export function isRuleId(value: string): value is RuleId {
  return (ruleIds as readonly string[]).includes(value)
}
