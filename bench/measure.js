// Shared by the bench modules: the texts they time and how they time them.
import {readFileSync} from 'node:fs'

const examples = ['sterk-nl.md', 'vaag-nl.md', 'strong-en.md', 'vague-en.md'].map((name) =>
  readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'),
)

/** Repeat the example paragraphs of a language until the text has exactly `words` words (one line). */
export function textOf(language, words) {
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

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Median ms of `fn` over at least `runs` runs and at least `minMs` of running, after `warmup` untimed
 * runs (so the JIT and lazy loading are not in the figure). Returns the median and the number of runs.
 */
export function time(fn, {runs, minMs = 1500, warmup = 3}) {
  for (let index = 0; index < warmup; index++) fn()
  const samples = []
  const started = performance.now()
  while (samples.length < runs || performance.now() - started < minMs) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return {ms: median(samples), runs: samples.length}
}
