import {check, type CheckOptions, type LintResult} from '@pitchlint/core'

export type LintOptions = CheckOptions

/**
 * Lint a pitch or bio: who, what, ask and clarity, in Dutch or English.
 * Pure and synchronous underneath; async so that config loading and new rules can join later
 * without breaking callers. Runs in Node and in the browser.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  return check(text, options).result
}

export {
  profiles,
  rules,
  ruleIds,
  isRuleId,
  isProfileId,
  detectLanguage,
  DEFAULT_PROFILE,
  type CheckOptions,
  type Language,
  type LintMessage,
  type LintResult,
  type PillarResult,
  type ProfileId,
  type RuleId,
  type RuleSetting,
  type Severity,
  type SlotName,
} from '@pitchlint/core'
