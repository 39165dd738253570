import {readFile} from 'node:fs/promises'
import leven from 'leven'
import {isRuleId, ruleIds} from '@pitchlint/core'
import {UserError} from '../config/errors.js'

/** The rule's documentation, bundled with the package so it works offline. */
export async function explain(id: string): Promise<string> {
  if (!isRuleId(id)) {
    const closest = [...ruleIds].sort((a, b) => leven(id, a) - leven(id, b))[0]
    const hint = closest && leven(id, closest) <= 3 ? ` Did you mean "${closest}"?` : ''
    throw new UserError(`unknown rule "${id}".${hint} Rules: ${ruleIds.join(', ')}.`)
  }
  return readFile(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8')
}
