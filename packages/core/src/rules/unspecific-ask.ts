import {SPECIFIC_SLOTS} from '../analysis/pillars.js'
import type {SlotName} from '../data/types.js'
import {rulePlugin, type Rule} from '../rule.js'

const ALL_SLOTS: readonly SlotName[] = ['sector', 'role', 'size', 'region', 'situation', 'example']

/** Flags an ask that names fewer than two specificity slots; reports the most specific ask only. */
export const unspecificAsk: Rule = {
  id: 'unspecific-ask',
  summary: {en: 'The ask names fewer than two details (sector, role, size, region, situation, example).', nl: 'De vraag noemt minder dan twee kenmerken (branche, functie, grootte, regio, situatie, voorbeeld).'},
  area: 'ask',
  defaultSeverity: 'warning',
  check({analysis, texts, report}) {
    const {ask} = analysis.pillars
    if (!ask.present || ask.specific || ask.start === undefined || ask.end === undefined) return
    const found = ask.slots.map((slot) => texts.slotNames[slot])
    const missing = ALL_SLOTS.filter((slot) => !ask.slots.includes(slot)).map((slot) => texts.slotNames[slot])
    report({
      start: ask.start,
      end: ask.end,
      reason: texts.unspecificAsk.reason(found, missing, SPECIFIC_SLOTS - ask.slots.length),
      note: texts.unspecificAsk.note,
    })
  },
}

export const retextUnspecificAsk = rulePlugin(unspecificAsk)
