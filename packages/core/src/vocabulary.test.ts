import {describe, expect, it} from 'vitest'
import {check} from './check.js'
import {isAllowed, sharedVocabulary, vocabulary} from './vocabulary.js'

describe('vocabulary', () => {
  it('normalises allowed phrases and keeps deny lists per language', () => {
    const words = vocabulary({nl: ['  Ontzorgen '], en: ['Leverage']}, {nl: {synergie: ['samenwerking']}})
    expect(isAllowed(words, 'nl', 'ontzorgen')).toBe(true)
    expect(isAllowed(words, 'en', 'ontzorgen')).toBe(false)
    expect(words.deny.nl.get('synergie')).toEqual(['samenwerking'])
    expect(words.deny.en.size).toBe(0)
  })

  it('is shared for the same option objects, and separate for different ones', () => {
    const allow = ['Acme']
    const deny = {synergy: ['teamwork']}
    expect(sharedVocabulary(allow, deny)).toBe(sharedVocabulary(allow, deny))
    expect(sharedVocabulary()).toBe(sharedVocabulary())
    expect(sharedVocabulary(['Acme'], deny)).not.toBe(sharedVocabulary(allow, deny))
    expect(isAllowed(sharedVocabulary(allow, deny), 'en', 'acme')).toBe(true)
  })

  it('applies a changed deny list at the next check, not a cached one', () => {
    const text = 'We bring synergy to small bakeries in Leeds.'
    const first = check(text, {language: 'en', deny: {synergy: ['teamwork']}}).result.messages
    const second = check(text, {language: 'en', deny: {synergy: ['joint work']}}).result.messages
    const jargonOf = (messages: typeof first) => messages.find((message) => message.ruleId === 'jargon')?.expected
    expect(jargonOf(first)).toEqual(['teamwork'])
    expect(jargonOf(second)).toEqual(['joint work'])
  })
})
