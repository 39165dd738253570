import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {documentView} from '../text/document.js'
import {formulasAboveAge} from './english-readability.js'

// retext-readability is the reference: pitchlint only replaces its per-word list search.
const corpus = parse(readFileSync(new URL('../../../../test/corpus/en.yaml', import.meta.url), 'utf8')) as {text: string}[]
const sentences = corpus.flatMap(({text}) => {
  const tree = unified().use(retextEnglish).parse(text)
  return documentView(tree as never, 'en', true, text).sentences.map((sentence) => ({
    text: text.slice(sentence.start, sentence.end),
    words: sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.text),
  }))
})

function referenceHard(sentence: string, age: number, agreeing: number): boolean {
  const file = new VFile({value: sentence})
  const processor = unified().use(retextEnglish).use(retextReadability, {age, minWords: 1, threshold: agreeing / 7})
  processor.runSync(processor.parse(file), file)
  return file.messages.length > 0
}

describe('formulasAboveAge', () => {
  it('agrees with retext-readability on every sentence of the English corpus, at several ages and thresholds', () => {
    expect(sentences.length).toBeGreaterThan(200)
    let hard = 0
    for (const {text, words} of sentences) {
      for (const [age, agreeing] of [[18, 5], [16, 4], [12, 7]] as const) {
        const ours = formulasAboveAge(words, age) >= agreeing
        expect(ours, `${text} (age ${age}, ${agreeing} of 7)`).toBe(referenceHard(text, age, agreeing))
        if (ours && age === 18) hard++
      }
    }
    // Both outcomes occur, so the comparison means something.
    expect(hard).toBeGreaterThan(5)
    expect(hard).toBeLessThan(sentences.length)
  })

  it('counts a plain sentence as easy and a dense one as hard', () => {
    expect(formulasAboveAge('I fix bikes for kids in Leeds on Saturdays'.split(' '), 18)).toBeLessThan(5)
    const dense = 'Comprehensive interdisciplinary methodologies operationalise organisational transformation capabilities systematically'
    expect(formulasAboveAge(dense.split(' '), 18)).toBeGreaterThanOrEqual(5)
  })
})
