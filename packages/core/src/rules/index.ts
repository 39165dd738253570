import type {Rule, RuleId} from '../rule.js'
import {hardSentence} from './hard-sentence.js'
import {hedge} from './hedge.js'
import {jargon} from './jargon.js'
import {missingAsk} from './missing-ask.js'
import {missingProof} from './missing-proof.js'
import {missingWhat} from './missing-what.js'
import {missingWho} from './missing-who.js'
import {tooLong} from './too-long.js'
import {unexplainedAcronym} from './unexplained-acronym.js'
import {unspecificAsk} from './unspecific-ask.js'
import {vagueTarget} from './vague-target.js'

/** Every rule, in the order findings are reported. The registry config and docs are checked against. */
export const rules: readonly Rule[] = [
  missingWho,
  missingWhat,
  missingAsk,
  unspecificAsk,
  vagueTarget,
  jargon,
  unexplainedAcronym,
  hardSentence,
  hedge,
  tooLong,
  missingProof,
]

export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id)

export function isRuleId(value: string): value is RuleId {
  return (ruleIds as readonly string[]).includes(value)
}
