import {englishProof} from '../data/en/proof.js'
import {dutchProof} from '../data/nl/proof.js'
import type {Language} from '../language/detect.js'
import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'
import {compilePattern, matchesAny, patternSet, type PatternSet} from '../text/pattern.js'

const sets: Readonly<Record<Language, PatternSet>> = {
  nl: patternSet(dutchProof.map((pattern) => compilePattern(pattern))),
  en: patternSet(englishProof.map((pattern) => compilePattern(pattern))),
}

/** A digit that is not a phone number, a currency or percent sign, or a figure with a unit ("20-year", "5-star"). */
const FIGURE = /^(?:[€$£%]|[\d.,%+×x-]*\d[\d.,%+×x-]*|\d[\d.,]*-\p{L}+)$/u
const PHONE = /^\+?\d[\d\s-]{7,}$/

/**
 * Flags a text with nothing concrete behind its claims: no number, result, named client or example.
 * Information only: proof helps trust, but a short intro can do without.
 */
export const missingProof: Rule = {
  id: 'missing-proof',
  summary: {en: 'Nothing concrete backs the claims: no number, result, client or example.', nl: 'Niets concreets onderbouwt de beweringen: geen getal, resultaat, klant of voorbeeld.'},
  area: 'credibility',
  defaultSeverity: 'info',
  check({analysis, file, texts, report}) {
    const {view} = analysis
    if (view.words === 0) return
    const proven = view.sentences.some((sentence, index) => {
      const line = view.lines[index]!
      return line.wordList.some((word) => FIGURE.test(word) && !PHONE.test(word)) || matchesAny(line, sets[sentence.language])
    })
    if (proven) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingProof.reason, note: texts.missingProof.note})
  },
}

export const retextMissingProof = rulePlugin(missingProof)
