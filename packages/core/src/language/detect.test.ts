import {describe, expect, it} from 'vitest'
import {check} from '../index.js'
import {detectLanguage} from './detect.js'

describe('detectLanguage', () => {
  it.each([
    ['Ik ben fotograaf in Utrecht en ik zoek een bakker die gaat uitbreiden.', 'nl'],
    ['Wij zijn een business coach team voor startups en scale-ups in Gent.', 'nl'],
    ['I am Jeroen, owner of a painting company in Zwolle.', 'en'],
    ['I help founders of startups with their sales and marketing.', 'en'],
    // Two-line bios without a function word, where trigrams guess wrong (held-out review 64).
    ['Wedding photographer | Colorado\nBooking 2025 & 2026', 'en'],
    ['Wedding photographer in Colorado. Booking 2025 + 2026 ✨ inquire below', 'en'],
    ['Bruidsfotograaf | Utrecht & omstreken', 'nl'],
    ['Yoga teacher in Bristol.', 'en'],
    ['Dog groomer in Leeds. Book online.', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language)
  })

  it('falls back to trigrams when function words tie', () => {
    expect(detectLanguage('Fotografie, portretten, reportages').method).not.toBe('function-words')
  })

  it('runs each paragraph in its own language in a mixed document', () => {
    const text =
      'Ik ben Sanne en ik maak websites voor tandartsen in Utrecht en omgeving. Ik doe dat al tien jaar, ' +
      'samen met mijn collega Joost, en wij werken vooral voor kleine praktijken met een of twee stoelen.\n\n' +
      "I'm looking for clients and honestly anyone who needs a website is welcome."
    const {result} = check(text)
    expect(result.language).toBe('nl')
    const vague = result.messages.filter((message) => message.ruleId === 'vague-target').map((message) => message.actual)
    expect(vague).toContain('anyone who needs a website')
  })

  it('keeps the document language for a paragraph without clear evidence, such as a row of skills (held-out review 47)', () => {
    const text =
      'I am a supply chain manager in Leeds with twelve years of experience in retail logistics.\n\n' +
      'Key skills: WMS implementation, S&OP, Lean Six Sigma, stakeholder management, change management, P&L ownership.'
    const jargon = check(text).result.messages.filter((message) => message.ruleId === 'jargon')
    // The English phrase, with no Dutch replacement ("betrokkene").
    expect(jargon.map((message) => message.actual)).toContain('stakeholder management')
    expect(jargon.some((message) => message.expected.includes('betrokkene'))).toBe(false)
  })

  it('lets the language option override detection', () => {
    expect(check('Ik zoek klanten.', {language: 'en'}).result.language).toBe('en')
  })
})
