import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'

/** Flags a text that never says who the speaker (or the subject of a bio) is. */
export const missingWho: Rule = {
  id: 'missing-who',
  summary: {en: 'The text never says who you are.', nl: 'De tekst zegt nergens wie je bent.'},
  area: 'who',
  defaultSeverity: 'error',
  check({file, analysis, texts, report}) {
    if (analysis.view.words === 0 || analysis.pillars.who.present) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingWho.reason, note: texts.missingWho.note})
  },
}

export const retextMissingWho = rulePlugin(missingWho)
