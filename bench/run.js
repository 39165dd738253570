// npm run bench: full pitchlint pipeline vs a bare retext parse of the same text.
// Prints medians over repeated runs; targets live here, never in timed tests.
import {readFileSync} from 'node:fs'
import os from 'node:os'
import {check, createProcessor} from '@pitchlint/core'

const examples = ['sterk-nl.md', 'vaag-nl.md', 'strong-en.md', 'vague-en.md'].map((name) =>
  readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'),
)

/** Repeat paragraphs of a language until the text has about `words` words. */
function textOf(language, words) {
  const sources = examples.filter((_, index) => (language === 'nl' ? index < 2 : index >= 2))
  const paragraphs = []
  let count = 0
  for (let index = 0; count < words; index++) {
    const paragraph = sources[index % sources.length].trim()
    paragraphs.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return paragraphs.join('\n\n').split(/\s+/).slice(0, words).join(' ')
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(fn, minRuns, minMs = 1500) {
  for (let index = 0; index < 3; index++) fn() // warm up
  const samples = []
  const started = performance.now()
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

console.log(`pitchlint bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`)
console.log('')
console.log('text                      words  bare parse ms  full ms   bare words/s  full words/s  ratio (target ≤ 2×)')
for (const [label, language, words] of [
  ['150-word pitch (nl)', 'nl', 150],
  ['150-word pitch (en)', 'en', 150],
  ['5,000-word document (nl)', 'nl', 5000],
  ['5,000-word document (en)', 'en', 5000],
]) {
  const text = textOf(language, words)
  const runs = words > 1000 ? 10 : 100
  const bare = time(() => createProcessor(language).parse(text), runs)
  const full = time(() => check(text, {language}), runs)
  const rate = (ms) => Math.round((words / ms) * 1000).toLocaleString('en')
  console.log(
    `${label.padEnd(26)}${String(words).padEnd(7)}${bare.toFixed(2).padEnd(15)}${full.toFixed(2).padEnd(10)}${rate(bare).padEnd(14)}${rate(full).padEnd(14)}${(full / bare).toFixed(2)}×`,
  )
}

// Scaling: the same text 1×, 10× and 100×; linear means 10× the input within 12× the time.
console.log('')
console.log('scaling (nl)              words    full ms    × time for × input')
const unit = textOf('nl', 500)
let base
for (const factor of [1, 10, 100]) {
  const text = Array.from({length: factor}, () => unit).join('\n\n')
  const ms = time(() => check(text, {language: 'nl'}), factor === 100 ? 3 : 10, factor === 100 ? 0 : 1500)
  base ??= ms
  console.log(`${`${factor}×`.padEnd(26)}${String(500 * factor).padEnd(9)}${ms.toFixed(1).padEnd(11)}${(ms / base).toFixed(1)}× for ${factor}×`)
}

// Language server: typing latency and memory.
const {benchLsp} = await import('./lsp.js')
const lsp = await benchLsp([
  ['150-word pitch', textOf('nl', 150)],
  ['5,000-word document', textOf('nl', 5000)],
])
console.log('')
console.log('language server (debounce 0)   didChange → publishDiagnostics p50   p95')
for (const row of lsp.rows) console.log(`${row.label.padEnd(31)}${`${row.p50.toFixed(1)} ms`.padEnd(37)}${row.p95.toFixed(1)} ms`)
console.log(`resident memory after both: ${Math.round(lsp.rssMb)} MB`)

// CLI: many files and start-up, beside alex (skip with --core for a quick look at the engine).
if (process.argv.includes('--core')) process.exit(0)
const {benchCli} = await import('./cli.js')
const cli = benchCli()
console.log('')
console.log(`CLI (median of runs)        start-up, 1 file   ${cli.files.toLocaleString('en')} bios of 150 words   per file`)
for (const row of cli.rows) {
  console.log(`${row.name.padEnd(28)}${`${Math.round(row.one)} ms`.padEnd(19)}${`${(row.many / 1000).toFixed(2)} s`.padEnd(22)}${(row.many / cli.files).toFixed(2)} ms`)
}
const [ours, alex] = cli.rows
console.log(`pitchlint / alex: start-up ${(ours.one / alex.one).toFixed(2)}×, ${cli.files} files ${(ours.many / alex.many).toFixed(2)}×`)
