// npm run eval: precision, recall and F1 per rule and language on the labelled corpus.
import {evaluate, metrics, LANGUAGES, RULES} from './evaluate.js'

const verbose = process.argv.includes('--verbose')
const {table, detection} = evaluate()
const pad = (value, width) => String(value).padEnd(width)
const fixed = (value) => value.toFixed(2)

console.log(`${pad('rule', 21)}${pad('lang', 6)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('precision', 11)}${pad('recall', 8)}f1`)
for (const rule of RULES) {
  for (const language of LANGUAGES) {
    const tally = table[language][rule]
    const {precision, recall, f1} = metrics(tally)
    console.log(
      `${pad(rule, 21)}${pad(language, 6)}${pad(tally.tp, 5)}${pad(tally.fp, 5)}${pad(tally.fn, 5)}${pad(fixed(precision), 11)}${pad(fixed(recall), 8)}${fixed(f1)}`,
    )
    if (verbose) {
      if (tally.falseAlarms.length) console.log(`    false alarms: ${tally.falseAlarms.join(', ')}`)
      if (tally.misses.length) console.log(`    misses: ${tally.misses.join(', ')}`)
    }
  }
}
console.log('')
for (const language of LANGUAGES) {
  const {correct, total} = detection[language]
  console.log(`language detection ${language}: ${correct}/${total} documents (${((100 * correct) / total).toFixed(1)}%)`)
}
