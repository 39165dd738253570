import {describe, expect, it} from 'vitest'
import {check} from '../check.js'
import type {Language} from '../language/detect.js'
import {parseText} from './parse.js'

/** The sentences of a one-paragraph text, as source slices. */
function sentences(text: string, language: Language): string[] {
  const paragraph = parseText(text, language).children[0]
  if (paragraph?.type !== 'ParagraphNode') return []
  return paragraph.children
    .filter((child) => child.type === 'SentenceNode')
    .map((sentence) => text.slice(sentence.position!.start.offset, sentence.position!.end.offset))
}

/** The sentences of every paragraph of a text, as source slices. */
function allSentences(text: string, language: Language): string[] {
  return parseText(text, language).children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children
          .filter((child) => child.type === 'SentenceNode')
          .map((sentence) => text.slice(sentence.position!.start.offset, sentence.position!.end.offset))
      : [],
  )
}

describe('sentence ends the parser takes for abbreviations', () => {
  it('ends a Dutch sentence after op, al, u, zo, a short number or enz. before a capital', () => {
    for (const end of ['Bel me gerust op.', 'Dat doen we al.', 'Wij helpen u.', 'Zo doen we dat zo.', 'We zijn met 12.', 'Ik doe loodgieterswerk, cv-ketels enz.']) {
      expect(sentences(`${end} Ik ben Sanne.`, 'nl')).toEqual([end, 'Ik ben Sanne.'])
    }
  })

  it('ends an English sentence after in, pro, Inc., a short number or etc. before a capital', () => {
    for (const end of ["Whatever industry you're in.", "I'm a pro.", 'She founded Acme Inc.', 'We are a team of 12.', 'We fix boilers, radiators etc.']) {
      expect(sentences(`${end} Call me today.`, 'en')).toEqual([end, 'Call me today.'])
    }
  })

  it('ends a sentence at an emoji or a short line before the speaker in lower case, a label line, and a second letter (held-out reviews 37, 39, x1)', () => {
    expect(sentences("we're a football club with 22 teams ⚽ we're desperate for coaches", 'en')).toEqual(["we're a football club with 22 teams ⚽", "we're desperate for coaches"])
    expect(allSentences("hi all, i'm mo\ni fix bikes in leeds\ni do it from my van", 'en')).toEqual(["hi all, i'm mo", 'i fix bikes in leeds', 'i do it from my van'])
    expect(allSentences('Role: Commercial insurance broker at Malhotra & Kerr in Leicester, since 2015\nWhat I do: I find insurance for small firms.', 'en')).toHaveLength(2)
    expect(sentences("I invest between Series A and C. I don't spam.", 'en')).toEqual(['I invest between Series A and C.', "I don't spam."])
    expect(sentences('Ik geef bijles voor wiskunde A en B. Ik werk in Utrecht.', 'nl')).toEqual(['Ik geef bijles voor wiskunde A en B.', 'Ik werk in Utrecht.'])
    // A first name like a month, "van A tot Z", and an emoji at the end of a line (held-out reviews 47, 49).
    expect(sentences('Ik ben Jan. Ik installeer dakkapellen.', 'nl')).toEqual(['Ik ben Jan.', 'Ik installeer dakkapellen.'])
    expect(sentences('Wij ontzorgen onze klanten van A tot Z. Denk aan daken.', 'nl')).toHaveLength(2)
    expect(allSentences('vorig jaar heb ik 38 bruiden gedaan 👰\nvoor 2025 heb ik nog een paar data vrij', 'nl')).toHaveLength(2)
    expect(sentences('Op 15 jan. 2024 starten we.', 'nl')).toHaveLength(1)
    // Near misses: hard-wrapped prose goes on after a word like "and", and initials stay a name.
    expect(allSentences('and then we went to the shop and\nwe bought bread.', 'en')).toHaveLength(1)
    expect(sentences('Ik werk samen met Jan en C. de Vries in Utrecht.', 'nl')).toHaveLength(1)
  })

  it('ends a chat sentence at an emoji before "so" or "you", not before "and" (held-out review 59)', () => {
    expect(sentences("Sarah here from Millbrook Netball Club 🙂 so we've got 9 junior teams.", 'en')).toHaveLength(2)
    expect(sentences('We get fined £15 a game 😬 you dont need to be qualified.', 'en')).toHaveLength(2)
    expect(sentences('We bake bread 🍞 and cakes for cafés.', 'en')).toHaveLength(1)
    // The speaker's search with its subject dropped (held-out review 60).
    expect(sentences('je mag me altijd appen 👍 zoek nog een paar aannemers in Zwolle.', 'nl')).toHaveLength(2)
    expect(sentences('give me a bell 👍 looking for builders in Leeds.', 'en')).toHaveLength(2)
  })

  it('ends a sentence after an abbreviation before a word that opens one, not after a title or an example (held-out review 54)', () => {
    expect(sentences("We're open until 5 p.m. Last year we sold 400 loaves.", 'en')).toEqual(["We're open until 5 p.m.", 'Last year we sold 400 loaves.'])
    expect(sentences('We export to the U.S. Our clients are mostly bakeries.', 'en')).toEqual(['We export to the U.S.', 'Our clients are mostly bakeries.'])
    expect(sentences('We are open until 5 p.m. We’re based in Leeds.', 'en')).toHaveLength(2)
    expect(sentences('Wij doen tuinen, hagen e.d. Vorig jaar deden we er 40.', 'nl')).toEqual(['Wij doen tuinen, hagen e.d.', 'Vorig jaar deden we er 40.'])
    expect(sentences('Dit zei dr. De Vries gisteren.', 'nl')).toHaveLength(1)
    // A pronoun after a title's abbreviation is no name: "prof." was a noun (held-out review 61).
    expect(sentences('Ik train triatleten, van recreant tot prof. Ze is geregistreerd bij de KNGF.', 'nl')).toHaveLength(2)
    expect(sentences('Dit zei prof. Jansen gisteren.', 'nl')).toHaveLength(1)
    expect(sentences('We cater big events, e.g. The Hague Jazz festival.', 'en')).toHaveLength(1)
    expect(sentences('St. Our Lady school is our client.', 'en')).toHaveLength(1)
  })

  it('ends a sentence at an emoji before a capital, not inside a sentence', () => {
    expect(sentences('Ik bak taart in Cork ☕🍰 We bakken ook brood.', 'nl')).toEqual(['Ik bak taart in Cork ☕🍰', 'We bakken ook brood.'])
    expect(sentences('Nail studio in Almere 💅🏽 Book me for a party.', 'en')).toEqual(['Nail studio in Almere 💅🏽', 'Book me for a party.'])
    expect(sentences('I love 🚀 rockets and ☕ coffee.', 'en')).toHaveLength(1)
  })

  it('ends a chat-style sentence before a lower-case word: after "!", "?" or "..", or before an opener such as "ik"', () => {
    expect(sentences('hoi allemaal!! ik ben mo. ik zoek klanten.. misschien ken jij iemand? alles is welkom', 'nl')).toEqual([
      'hoi allemaal!!',
      'ik ben mo.',
      'ik zoek klanten..',
      'misschien ken jij iemand?',
      'alles is welkom',
    ])
    expect(sentences("hi all! i'm sam. i fix roofs in Leeds. Really?! yes", 'en')).toEqual([
      'hi all!',
      "i'm sam.",
      'i fix roofs in Leeds.',
      'Really?!',
      'yes',
    ])
  })

  it('keeps a sentence whole at a real abbreviation before a lower-case word, and ends it at any other full stop before one', () => {
    expect(sentences('Zie bijv. mijn site of o.a. mijn blog.', 'nl')).toHaveLength(1)
    expect(sentences('See e.g. my site, approx. we say.', 'en')).toHaveLength(1)
    expect(sentences('We open in Jan. more news soon.', 'en')).toHaveLength(1)
    // As people type in chats (held-out review 29).
    expect(sentences('Bel me op. daarna mail ik.', 'nl')).toEqual(['Bel me op.', 'daarna mail ik.'])
    expect(sentences("I'm Priya, backend engineer. based in Lisbon.", 'en')).toEqual(["I'm Priya, backend engineer.", 'based in Lisbon.'])
    expect(sentences('I make beats (mostly drill). looking for rappers.', 'en')).toEqual(['I make beats (mostly drill).', 'looking for rappers.'])
  })

  it('ends a sentence at a text emoticon before a capital (held-out review 34)', () => {
    expect(sentences('Mijn Nederlands is nog niet goed, dus sorry voor de fouten :) Voor mijn afstuderen zoek ik een stage.', 'nl')).toHaveLength(2)
    expect(sentences('Thanks for reading ;-) See you at the meetup.', 'en')).toHaveLength(2)
  })

  it('ends a sentence after letters in capitals before a capital (held-out review 28)', () => {
    expect(sentences("I'm Kwame, founder of Borderless HR. We're an employer of record.", 'en')).toHaveLength(2)
    expect(sentences('Ik werk bij een IT-bedrijf in de ICT. Denk aan netwerken.', 'nl')).toHaveLength(2)
    expect(sentences('He worked for the U.S. Navy in Norfolk.', 'en')).toHaveLength(1)
  })

  // In plain text every line is a paragraph already; in Markdown the lines of a paragraph are one text.
  const markdownSentences = (text: string, language: Language) => {
    const {file} = check(text, {syntax: 'markdown', language})
    return file.data.pitchlint!.view.sentences.map((sentence) => text.slice(sentence.start, sentence.end))
  }

  it('ends a sentence at a line break before a list item, after a label, and between short lines of an address', () => {
    expect(markdownSentences('Unit 4, Hempshaw Lane, Stockport SK1 4LG\nCall 0161 480 2297\nOpen Monday to Friday', 'en')).toEqual([
      'Unit 4, Hempshaw Lane, Stockport SK1 4LG',
      'Call 0161 480 2297',
      'Open Monday to Friday',
    ])
    // The bullet or emoji that opens a list item is decoration, not part of its sentence.
    expect(markdownSentences('Wat ik doe:\n• Verzuimbegeleiding\n✅ Trainingen voor leidinggevenden', 'nl')).toEqual([
      'Wat ik doe:',
      'Verzuimbegeleiding',
      'Trainingen voor leidinggevenden',
    ])
    expect(markdownSentences('Outside work:\nI mentor product managers', 'en')).toEqual(['Outside work:', 'I mentor product managers'])
  })

  it('keeps hard-wrapped prose together: long lines, or a line that ends in a word like "and"', () => {
    expect(markdownSentences('I mentor product managers and I work with\nJan de Vries on a project in Leeds.', 'en')).toHaveLength(1)
    expect(
      markdownSentences('I help bakeries in Leeds with their books and their payroll every single month\nSo they can bake.', 'en'),
    ).toHaveLength(1)
  })

  it('keeps a full stop that starts a name in its sentence (".NET", ".nl")', () => {
    expect(sentences('Ik ben Wout, freelance .NET-developer uit Gent. Ik bouw apps.', 'nl')).toEqual([
      'Ik ben Wout, freelance .NET-developer uit Gent.',
      'Ik bouw apps.',
    ])
    expect(sentences('I build apps in .NET for banks.', 'en')).toHaveLength(1)
  })

  it('keeps real abbreviations: initials, titles, months and a list marker', () => {
    expect(sentences('Ik ben J. Jansen uit Delft.', 'nl')).toHaveLength(1)
    expect(sentences('Vraag naar Dr. Smith in Leeds.', 'en')).toHaveLength(1)
    expect(sentences('We open on Jan. First come, first served.', 'en')).toHaveLength(1)
    expect(sentences('u. Wij helpen u graag.', 'nl')).toHaveLength(1)
    // The parser ends a sentence at "No." before a number; pitchlint joins it again.
    expect(sentences('We are a registered charity (No. 1154321) based in Leeds.', 'en')).toHaveLength(1)
    // A single letter after a noun that takes one ends the sentence: "rijbewijs B.", "Series A.".
    expect(sentences('Ik heb rijbewijs B. Bel me gerust.', 'nl')).toHaveLength(2)
    expect(sentences('We just raised our Series A. We are hiring.', 'en')).toHaveLength(2)
    expect(sentences('Ons KvK-nummer staat op de factuur, art. 12 van de voorwaarden.', 'nl')).toHaveLength(1)
  })

  it('ends a sentence after the company form "bv.", but not where "bv." opens examples after a bracket or comma', () => {
    expect(sentences('Wij zijn een bv. Ik ben Jan.', 'nl')).toEqual(['Wij zijn een bv.', 'Ik ben Jan.'])
    expect(sentences('Ik zoek havenbedrijven (bv. Vopak of MIWB) in Rotterdam.', 'nl')).toHaveLength(1)
    expect(sentences('Ik zoek havenbedrijven, bv. Vopak of Shell.', 'nl')).toHaveLength(1)
  })

  it('keeps positions exact, and the full stop a token of the first sentence', () => {
    const text = 'Bel me op. Ik ben Sanne, boekhouder in Utrecht.'
    const {result} = check(text, {language: 'nl'})
    expect(result.stats.sentences).toBe(2)
    for (const message of result.messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
  })

  it('splits in Markdown too, so no false long sentence', () => {
    const text = '# Over mij\n\nNeem gerust contact met mij op. Ik ben Sanne en ik help bakkers in Utrecht met hun boekhouding en belastingaangifte.\n'
    const {result} = check(text, {language: 'nl', syntax: 'markdown'})
    expect(result.stats.sentences).toBe(3) // the heading, and the two sentences
    expect(result.messages.filter((message) => message.actual.startsWith('Neem'))).toEqual([])
  })
})
