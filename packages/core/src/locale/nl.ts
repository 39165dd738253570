import {joinList, type Catalog} from './catalog.js'

export const dutch: Catalog = {
  slotNames: {
    sector: 'branche',
    role: 'functie',
    size: 'bedrijfsgrootte',
    region: 'regio',
    situation: 'situatie',
    example: 'een genoemd voorbeeld',
  },
  list: (items, conjunction = 'and') => joinList(items, conjunction === 'and' ? 'en' : 'of'),
  missingWho: {
    reason: 'De tekst zegt nergens wie je bent.',
    note:
      'Wie je niet kan plaatsen, kan je ook niet doorverwijzen. Begin met je naam en je rol, ' +
      'bijvoorbeeld: "Ik ben [naam], [beroep] bij [bedrijf] in [plaats]."',
  },
  missingWhat: {
    reason: 'De tekst zegt nergens concreet wat je doet of aanbiedt.',
    note:
      'Woorden als "oplossingen" of "ondernemers laten groeien" geven geen beeld. Noem de dienst en voor wie, ' +
      'bijvoorbeeld: "Ik [repareer / bouw / schrijf] [wat] voor [wie], zodat [resultaat]."',
  },
  missingAsk: {
    reason: 'De tekst zegt nergens wie of wat je zoekt.',
    note:
      'Zonder vraag weet niemand hoe hij je kan helpen. Sluit af met één concrete vraag, bijvoorbeeld: ' +
      '"Een goede introductie voor mij is de [functie] van een [soort bedrijf] in [regio] dat [situatie]."',
  },
  unspecificAsk: {
    reason: (found, missing, needed) =>
      found.length === 0
        ? `Je vraag noemt geen enkel kenmerk waardoor iemand aan een persoon denkt; voeg er minstens ${needed} toe: ${joinList(missing, 'of')}.`
        : `Je vraag noemt alleen ${joinList(found, 'en')}; voeg er minstens ${needed} aan toe: ${joinList(missing, 'of')}.`,
    note:
      'Hoe specifieker de vraag, hoe sneller iemand een naam bedenkt. Combineer twee of meer kenmerken, ' +
      'bijvoorbeeld: "Ik zoek eigenaren van tandartspraktijken in Utrecht met 5 tot 20 medewerkers die een tweede vestiging openen."',
  },
  vagueTarget: {
    reason: (actual) => `"${actual}" noemt iedereen als doelgroep; zeg wie precies.`,
    note:
      'Als iedereen een potentiële klant is, schiet niemand iemand te binnen. Kies de groep die je het best helpt en noem die, ' +
      'bijvoorbeeld: "familiebakkerijen in Utrecht die online willen verkopen" in plaats van "elk bedrijf dat wil groeien".',
  },
}
