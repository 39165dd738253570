// Quality gate: every pillar rule keeps precision ≥ 0.85 and recall ≥ 0.8 per language on the corpus.
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain ESM helper shared with `npm run eval`
import {evaluate, metrics, LANGUAGES, RULES} from './eval/evaluate.js'

const MIN_PRECISION = 0.85
const MIN_RECALL = 0.8

describe('labelled corpus', () => {
  const {table, detection} = evaluate()

  for (const rule of RULES as string[]) {
    for (const language of LANGUAGES as string[]) {
      it(`${rule} (${language}) keeps precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
        const tally = table[language][rule]
        const {precision, recall} = metrics(tally)
        expect(precision, `false alarms: ${tally.falseAlarms.join(', ')}`).toBeGreaterThanOrEqual(MIN_PRECISION)
        expect(recall, `misses: ${tally.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL)
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
