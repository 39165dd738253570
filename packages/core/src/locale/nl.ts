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
  profileNames: {
    'networking-pitch': 'netwerkpitch',
    'elevator-pitch': 'elevator pitch',
    'speaker-bio': 'sprekersbio',
    'profile-about': 'profieltekst',
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
  jargon: {
    reason: (actual, expected) =>
      expected.length > 0
        ? `"${actual}" is jargon; ${joinList(expected.map((word) => (word === '' ? 'laat het weg' : `zeg "${word}"`)), 'of')}.`
        : `"${actual}" is jargon die een luisteraar moet vertalen.`,
    note: (advice) =>
      (advice ? `${advice} ` : '') +
      'Een luisteraar uit een andere branche hoort je pitch één keer; met gewone woorden kan hij hem navertellen.',
  },
  unexplainedAcronym: {
    reason: (acronym) => `"${acronym}" wordt nergens uitgelegd.`,
    note: (acronym) =>
      `Niet iedereen kent "${acronym}". Schrijf de eerste keer voluit wat het betekent, bijvoorbeeld "klantbeheersysteem (CRM)", ` +
      'of gebruik gewone woorden. Zet de afkorting in `allow` als je publiek hem kent.',
  },
  hardSentence: {
    reason: (words, limit, hard) =>
      hard && words > limit
        ? `Deze zin is lang (${words} woorden) en moeilijk te volgen; knip hem op.`
        : hard
          ? 'Deze zin is moeilijk te volgen; gebruik kortere woorden of knip hem op.'
          : `Deze zin is lang (${words} woorden, streef naar hooguit ${limit}); knip hem op.`,
    note:
      'Gesproken zinnen van 10 tot 15 woorden zijn het makkelijkst te volgen. Zet één gedachte in elke zin, ' +
      'bijvoorbeeld: "Ik doe de boekhouding voor restaurants. Zo wint de eigenaar een dag per maand."',
  },
  hedge: {
    reason: (actual, deletable) =>
      deletable ? `"${actual.trim()}" zwakt je pitch af; laat het weg.` : `"${actual.trim()}" zwakt je pitch af.`,
    note: 'Afzwakkers laten je onzeker klinken over wat je aanbiedt. Zeg het gewoon: "ik help" in plaats van "ik probeer eigenlijk te helpen".',
  },
  tooLong: {
    reason: (amount, budget, unit, profile) =>
      unit === 'seconds'
        ? `Dit duurt ongeveer ${amount} seconden om uit te spreken; voor een ${profile} heb je ${budget}.`
        : `Deze tekst heeft ${amount} woorden; voor een ${profile} is ongeveer ${budget} genoeg.`,
    note: (cut) =>
      `Schrap ongeveer ${cut} ${cut === 1 ? 'woord' : 'woorden'}: houd wie je bent, wat je doet, één bewijs en je vraag. ` +
      'Laat je geschiedenis, lijstjes met diensten en algemene beweringen weg.',
  },
  missingProof: {
    reason: 'Niets onderbouwt je beweringen: geen getal, resultaat, klant of voorbeeld.',
    note:
      'Vertrouwen groeit door één concreet feit. Noem een getal, een resultaat of een klant, bijvoorbeeld: ' +
      '"Vorig jaar hielp ik 12 bakkerijen hun energierekening met 20% te verlagen."',
  },
  controlComment: {
    reason: (id) => `Het commentaar noemt "${id}", maar dat is geen regel van pitchlint, dus het doet niets.`,
    note: (known) => `Gebruik een van: ${known.join(', ')}.`,
    unused: 'Dit commentaar zet niets uit: het verbergt geen enkele melding.',
    unusedNote: 'Haal het weg, zodat een latere melding hier niet per ongeluk verborgen blijft.',
  },
  markdownFallback: {
    reason: 'Deze Markdown is te diep genest (of heeft een te lange alinea) om veilig te lezen, dus is hij als platte tekst gecontroleerd.',
    note: 'Meldingen kunnen ook over code, HTML of front matter gaan. Maak de nesting minder diep of splits de alinea voor resultaten die Markdown begrijpen.',
  },
  vagueTarget: {
    reason: (actual) => `"${actual}" noemt iedereen als doelgroep; zeg wie precies.`,
    note:
      'Als iedereen een potentiële klant is, schiet niemand iemand te binnen. Kies de groep die je het best helpt en noem die, ' +
      'bijvoorbeeld: "familiebakkerijen in Utrecht die online willen verkopen" in plaats van "elk bedrijf dat wil groeien".',
  },
}
