import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'

/** Flags a text that never says concretely what the speaker does or offers. */
export const missingWhat: Rule = {
  id: 'missing-what',
  summary: {en: 'The text never says concretely what you do or offer.', nl: 'De tekst zegt nergens concreet wat je doet of aanbiedt.'},
  area: 'what',
  defaultSeverity: 'error',
  check({file, analysis, texts, report}) {
    if (analysis.view.words === 0 || analysis.pillars.what.present) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingWhat.reason, note: texts.missingWhat.note})
  },
}

export const retextMissingWhat = rulePlugin(missingWhat)
