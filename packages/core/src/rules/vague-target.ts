import {rulePlugin, type Rule} from '../rule.js'
import {isAllowed} from '../vocabulary.js'

/** Flags phrases that name everyone as the target ("iedereen is een potentiële klant", "any business"). */
export const vagueTarget: Rule = {
  id: 'vague-target',
  summary: {en: 'A target of everyone or anyone.', nl: 'Iedereen als doelgroep.'},
  area: 'ask',
  defaultSeverity: 'warning',
  check({file, analysis, settings, texts, report}) {
    const text = String(file.value)
    for (const span of analysis.vagueTargets) {
      const actual = text.slice(span.start, span.end)
      // A toy shop may really sell "voor jong en oud": the allow list silences a phrase it names.
      if (isAllowed(settings.vocabulary, analysis.view.sentences[span.sentence]?.language ?? analysis.view.language, actual)) continue
      report({...span, reason: texts.vagueTarget.reason(actual), note: texts.vagueTarget.note})
    }
  },
}

export const retextVagueTarget = rulePlugin(vagueTarget)
