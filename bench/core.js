// In-process figures for `npm run bench`: pitchlint's full pipeline vs a bare retext parse, alex and
// write-good on the same texts, and how the full pipeline scales with the length of the input.
import {check, createProcessor} from '@pitchlint/core'
import {text as alex} from 'alex'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import retextSimplify from 'retext-simplify'
import {unified} from 'unified'
import writeGood from 'write-good'
import {median, textOf, time} from './measure.js'

export const TEXTS = [
  ['150-word pitch (nl)', 'nl', 150],
  ['150-word pitch (en)', 'en', 150],
  ['5,000-word document (nl)', 'nl', 5000],
  ['5,000-word document (en)', 'en', 5000],
]

/** One row per text: median ms of each tool. alex and write-good are English-only, so only en rows have them. */
export function benchCore() {
  return TEXTS.map(([label, language, words]) => {
    const text = textOf(language, words)
    const options = {runs: words > 1000 ? 10 : 100}
    const bare = () => createProcessor(language).parse(text)
    const row = {label, language, words, ...paired(bare, () => check(text, {language}), words)}
    if (language === 'en') {
      // Each called as its own docs show, on plain text like check(): alex's text() builds its processor per call, as check() does.
      row.alex = time(() => alex(text), options).ms
      row.writeGood = time(() => writeGood(text), options).ms
      // The two English plugins issue 3 names, run the usual way (one processor, built once): what the
      // 2× target would leave for them, beside pitchlint's own figure.
      row.simplify = paired(bare, () => simplifyOnly.runSync(simplifyOnly.parse(text)), words).ratio
      row.plugins = paired(bare, () => englishPlugins.runSync(englishPlugins.parse(text)), words).ratio
    }
    return row
  })
}

const simplifyOnly = unified().use(retextEnglish).use(retextSimplify).freeze()
const englishPlugins = unified().use(retextEnglish).use(retextSimplify).use(retextReadability).freeze()

/**
 * Bare parse and full pipeline timed in alternating rounds, so both see the same machine: on a shared
 * host the speed drifts by tens of percent within a minute, and two separate medians taken a second
 * apart can put the ratio anywhere. Returns the median of each and the median of the per-round ratios.
 */
function paired(bare, full, words) {
  const rounds = 9
  const options = {runs: words > 1000 ? 5 : 40, minMs: words > 1000 ? 150 : 100, warmup: 2}
  const bares = []
  const fulls = []
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const b = time(bare, options).ms
    const f = time(full, options).ms
    bares.push(b)
    fulls.push(f)
    ratios.push(f / b)
  }
  return {bare: median(bares), full: median(fulls), ratio: median(ratios)}
}

/**
 * The same 500-word Dutch text 1×, 10× and 100× (as paragraphs): median ms of the full pipeline at each
 * size, and each step's growth as the median of per-round ratios. The sizes are timed one after another
 * in every round (as `paired` does), so host drift between rounds does not land in one step's ratio.
 */
export function benchScaling(unitWords = 500) {
  const unit = textOf('nl', unitWords)
  const sizes = [1, 10, 100].map((factor) => ({factor, text: Array.from({length: factor}, () => unit).join('\n\n')}))
  // A 100× run takes about 150 ms: fewer runs per round for the larger texts keep the bench short.
  const runsOf = {1: 30, 10: 8, 100: 2}
  const rounds = 7
  const samples = sizes.map(() => [])
  for (let round = 0; round < rounds; round++) {
    sizes.forEach(({factor, text}, index) => {
      samples[index].push(time(() => check(text, {language: 'nl'}), {runs: runsOf[factor], minMs: 0, warmup: 1}).ms)
    })
  }
  return sizes.map(({factor}, index) => ({
    factor,
    words: unitWords * factor,
    ms: median(samples[index]),
    runs: rounds * runsOf[factor],
    growth: index === 0 ? undefined : median(samples[index].map((ms, round) => ms / samples[index - 1][round])),
  }))
}
