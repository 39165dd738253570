// Quality gate: every pillar rule keeps precision ≥ 0.85 and recall ≥ 0.8 per language on the corpus.
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain ESM helper shared with `npm run eval`
import {evaluate, metrics, LANGUAGES, RULES} from './eval/evaluate.js'

/** Per rule: the least precision and recall it must keep on the corpus in each language. */
const GATES: Record<string, {precision: number; recall: number}> = {
  'missing-who': {precision: 0.85, recall: 0.8},
  'missing-what': {precision: 0.85, recall: 0.8},
  'missing-ask': {precision: 0.85, recall: 0.8},
  'unspecific-ask': {precision: 0.85, recall: 0.8},
  'vague-target': {precision: 0.85, recall: 0.8},
  jargon: {precision: 0.85, recall: 0},
  'unexplained-acronym': {precision: 0.85, recall: 0},
}

describe('labelled corpus', () => {
  const {table, detection} = evaluate()

  for (const rule of RULES as string[]) {
    const gate = GATES[rule]
    if (!gate) continue
    for (const language of LANGUAGES as string[]) {
      it(`${rule} (${language}) keeps precision ≥ ${gate.precision} and recall ≥ ${gate.recall}`, () => {
        const tally = table[language][rule]
        const {precision, recall} = metrics(tally)
        expect(precision, `false alarms: ${tally.falseAlarms.join(', ')}`).toBeGreaterThanOrEqual(gate.precision)
        expect(recall, `misses: ${tally.misses.join(', ')}`).toBeGreaterThanOrEqual(gate.recall)
      })
    }
  }

  it('holds at least 40 labelled texts per language', () => {
    for (const language of LANGUAGES as string[]) expect(detection[language].total).toBeGreaterThanOrEqual(40)
  })

  it('detects the language of every corpus document', () => {
    for (const language of LANGUAGES as string[]) expect(detection[language].correct).toBe(detection[language].total)
  })
})
