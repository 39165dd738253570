import {describe, expect, it} from 'vitest'
import {check} from '../index.js'
import {detectLanguage} from './detect.js'

describe('detectLanguage', () => {
  it.each([
    ['Ik ben fotograaf in Utrecht en ik zoek een bakker die gaat uitbreiden.', 'nl'],
    ['Wij zijn een business coach team voor startups en scale-ups in Gent.', 'nl'],
    ['I am Jeroen, owner of a painting company in Zwolle.', 'en'],
    ['I help founders of startups with their sales and marketing.', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language)
  })

  it('falls back to trigrams when function words tie', () => {
    expect(detectLanguage('Fotografie, bruiloften, portretten').method).not.toBe('function-words')
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

  it('lets the language option override detection', () => {
    expect(check('Ik zoek klanten.', {language: 'en'}).result.language).toBe('en')
  })
})
