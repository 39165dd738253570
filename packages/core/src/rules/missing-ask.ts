import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'

/** Flags a text with no statement of who or what the speaker is looking for. */
export const missingAsk: Rule = {
  id: 'missing-ask',
  summary: {en: 'The text never says who or what you are looking for.', nl: 'De tekst zegt nergens wie of wat je zoekt.'},
  area: 'ask',
  defaultSeverity: 'error',
  check({file, analysis, texts, report}) {
    if (analysis.view.words === 0 || analysis.pillars.ask.present) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingAsk.reason, note: texts.missingAsk.note})
  },
}

export const retextMissingAsk = rulePlugin(missingAsk)
