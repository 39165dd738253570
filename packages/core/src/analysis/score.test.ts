import {describe, expect, it} from 'vitest'
import {check} from '../index.js'

const base = 'Ik ben Sanne, boekhouder in Utrecht. Ik doe de administratie voor 30 kappers.'

describe('score', () => {
  it('rises as a pitch gains an ask, then a specific ask', () => {
    const none = check(base).result.score
    const vague = check(`${base} Ik zoek nieuwe klanten.`).result.score
    const specific = check(
      `${base} Een goede introductie voor mij is de eigenaar van een kapsalon in Zeist die een tweede zaak opent.`,
    ).result.score
    expect(vague).toBeGreaterThan(none)
    expect(specific).toBeGreaterThan(vague)
    expect(specific).toBe(100)
  })

  it('drops for every vague target and stays within 0–100', () => {
    const clean = check(`${base} Ik zoek kappers in Utrecht die net starten.`).result.score
    const vague = check(`${base} Ik zoek kappers in Utrecht die net starten. Eigenlijk is iedereen een potentiële klant.`)
      .result.score
    expect(vague).toBeLessThan(clean)
    expect(check('').result.score).toBeGreaterThanOrEqual(0)
  })

  it('gives half the ask points to an ask for everyone', () => {
    const everyone = check(`${base} Ik zoek nieuwe klanten.`).result
    const someone = check(`${base} Ik zoek nieuwe kappers.`).result
    expect(everyone.messages.some((message) => message.ruleId === 'vague-target')).toBe(true)
    expect(someone.messages.some((message) => message.ruleId === 'vague-target')).toBe(false)
    // Half of the 25 ask points, the 5 clarity points a vague target costs, and 7.5 for the sector slot.
    expect(someone.score - everyone.score).toBe(25)
  })

  it('does not count the ask for a speaker bio', () => {
    const bio = 'Sanne de Vries is boekhouder in Utrecht. Zij doet de administratie voor 30 kappers.'
    expect(check(bio, {profile: 'speaker-bio'}).result.score).toBe(100)
    expect(check(bio).result.score).toBeLessThan(100)
  })
})
