import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../index.js'
import {acronymOf} from './unexplained-acronym.js'

function findings(text: string, ruleId: string, options: CheckOptions = {}) {
  return check(text, options).result.messages.filter((message) => message.ruleId === ruleId)
}

function apply(text: string, message: {offset: number; endOffset: number; expected: readonly string[]}) {
  return text.slice(0, message.offset) + message.expected[0] + text.slice(message.endOffset)
}

describe('jargon', () => {
  it.each([
    ['nl', 'Wij ontzorgen ondernemers in Utrecht.', 'ontzorgen'],
    ['nl', 'Indien u vragen heeft, bel mij.', 'Indien'],
    ['nl', 'Ik heb dat project gefaciliteerd.', 'gefaciliteerd'],
    ['en', 'We leverage our network for clients in Leeds.', 'leverage'],
    ['en', 'We are leveraging data for bakeries.', 'leveraging'],
    ['en', 'In order to help bakers, I fix ovens.', 'In order to'],
    ['nl', 'Ik ben op zoek naar toptalent voor onze klanten.', 'toptalent'],
    ['nl', 'Ik geloof in de kracht van échte verbinding.', 'de kracht van échte verbinding'],
    ['en', "I'm on a mission to fix every leaking roof in Leeds.", 'on a mission to'],
    ['en', 'I work at the intersection of law and tech.', 'at the intersection of'],
    ['en', 'We offer a holistic approach to your health.', 'holistic'],
    ['en', 'We offer optimization of your processes.', 'optimization'],
    ['nl', 'Wij leveren maatwerk voor iedere klant.', 'maatwerk'],
    ['en', 'We find rockstar talent for startups.', 'rockstar'],
    ['en', 'Talent Leader | Connecting Top Talent with Game-Changing Opportunities | Culture Champion', 'Game-Changing'],
    ['nl', 'Wij bouwen langdurige partnerships met onze klanten.', 'partnerships'],
    // Held-out reviews 35–39: variants with a word in between, and clichés found unflagged.
    ['en', 'We deliver end-to-end IT solutions for schools.', 'end-to-end IT solutions'],
    ['en', 'We help you drive real business value.', 'drive real business value'],
    ['en', 'We place top talent in fintech.', 'top talent'],
    // Found unflagged in a sentence judged hard for its buzzwords (held-out review 37).
    ['en', 'I help organisations navigate complexity and unlock sustainable value.', 'navigate complexity'],
    ['nl', 'Ik help bij complexe vraagstukken.', 'vraagstukken'],
    ['nl', 'Wij helpen ondernemers hun dromen waar te maken.', 'dromen waar te maken'],
    ['nl', 'Ik help vrouwen de beste versie van zichzelf te worden.', 'de beste versie van zichzelf'],
    ['nl', 'Gedreven marketingprofessional met een passie voor groei.', 'met een passie voor'],
    ['nl', 'Daarom schakel ik snel met klanten.', 'schakel ik snel'],
    ['en', 'Kindly do the needful for our clients.', 'do the needful'],
    ['en', 'At the end of the day we fix roofs.', 'At the end of the day'],
    ['nl', 'Wij bieden oplossingen op het gebied van dakrenovatie.', 'op het gebied van'],
    // Held-out reviews 17 and 18.
    ['en', 'We harness the power of AI for dentists.', 'harness the power of'],
    ['en', 'I foster a culture of trust in fast-paced, matrixed environments.', 'matrixed environments'],
    ['en', 'Always happy to connect with like-minded founders.', 'like-minded'],
    ['en', 'Delivery as per client requirement.', 'as per'],
    ['nl', 'In het huidige tijdsgewricht is dat lastig.', 'In het huidige tijdsgewricht'],
    ['nl', 'Wij werken samen met ketenpartners in de regio.', 'ketenpartners'],
    ['nl', 'Ik help teams excelleren.', 'excelleren'],
    ['nl', 'Wij bieden oplossingen op maat voor zorginstellingen.', 'oplossingen op maat'],
    // Near misses of the exemptions below: "maatwerk" in a text about no craft ("deuren openen" is an
    // idiom), "maatwerkoplossingen" also in one, the cliché frames of "passie", an apostrophe, no quote.
    ['nl', 'Wij leveren maatwerk in advies. We openen deuren voor founders.', 'maatwerk'],
    ['nl', 'Wil je een kijkje in de keuken? Wij leveren maatwerk voor iedere klant.', 'maatwerk'],
    ['nl', 'Standaardpakketten snijden geen hout, dus wij leveren maatwerk.', 'maatwerk'],
    ['nl', 'Wij bouwen trappen en leveren maatwerkoplossingen in hout.', 'maatwerkoplossingen'],
    ['nl', 'Wij werken met passie aan uw tuin.', 'met passie'],
    ['en', 'We work with passion on your garden.', 'with passion'],
    ['nl', 'Mijn passie is mensen helpen groeien.', 'Mijn passie is'],
    ['en', 'My passion is helping people grow.', 'My passion is'],
    ['en', "Our clients' synergy is what we sell.", 'synergy'],
    ['nl', 'Wie kan mij connecten met een bakker?', 'connecten'],
    // Held-out reviews 51–54: near misses of the new exemptions, and clichés found unflagged.
    ['nl', 'Wij begeleiden de agile transformatie van banken.', 'agile'],
    ['nl', 'Wij leveren end-to-end oplossingen voor scholen.', 'end-to-end oplossingen'],
    ['nl', 'Wij ontzorgen het MKB met end-to-end IT-oplossingen.', 'end-to-end IT-oplossingen'],
    ['nl', 'Wij regelen het hele traject (2019).', 'traject'],
    ['en', 'We offer bespoke solutions (Leeds).', 'bespoke solutions'],
    ['en', 'He is the author of Learning at Scale (Brookings Press, 2022).', 'at Scale'],
    ['en', 'Culture eats strategy for breakfast, so I start with your team.', 'Culture eats strategy for breakfast'],
    ['en', 'We are disrupting the status quo in payroll.', 'disrupting the status quo'],
    ['en', 'She takes you on a journey through twenty years of nursing.', 'takes you on a journey'],
    ['en', 'I run demand gen for software firms.', 'demand gen'],
    ['nl', 'Ze neemt je mee in haar visie op leiderschap.', 'mee in haar visie'],
    // Held-out reviews 50, 57–59: near misses of the new exemptions.
    ['nl', 'We begeleiden de uitrol van het nieuwe beleid.', 'uitrol'],
    ['nl', 'We halen geld op voor de uitrol naar 50 apotheken.', 'uitrol'],
    ['nl', "Wij doen managed services voor kmo's in heel Vlaanderen.", 'managed services'],
    ['nl', 'Ik heb ruime ervaring in het hele designproces: van research tot prototypes.', 'ruime ervaring'],
    ['nl', 'Of het nu gaat om branding, leadgeneratie of contentmarketing: ik zorg voor resultaat.', 'leadgeneratie'],
    ['nl', 'Verbinder | Mensenmens | Veranderaar', 'Mensenmens'],
    ['en', 'Brand Strategy | Go-To-Market | Team Leadership', 'Go-To-Market'],
    ['nl', 'Wij werken agile | en snel.', 'agile'],
    ['en', 'We bring Synergy, a new way of working, to firms.', 'Synergy'],
    ['en', 'We take a pioneering approach to bookkeeping.', 'pioneering'],
    ['en', 'We are pioneering a new way of bookkeeping.', 'pioneering'],
    // Held-out reviews 55, 57–59: misses found, and English buzzwords in a Dutch sentence.
    ['nl', 'Wij verbinden mensen in het sociaal domein.', 'sociaal domein'],
    ['nl', 'Wij versterken de sociale cohesie in de wijk.', 'sociale cohesie'],
    ['nl', 'Met onze aanpak creëren we impact in de wijk.', 'creëren we impact'],
    ['nl', 'Wij stellen organisaties in staat om veilig te werken.', 'stellen organisaties in staat'],
    ['nl', 'Wij bouwen een AI-gedreven platform voor scholen.', 'AI-gedreven'],
    ['nl', 'Wij werken van strategie tot executie voor merken.', 'van strategie tot executie'],
    ['nl', 'Ik ben een echte people person en ik werk in Utrecht.', 'people person'],
    ['nl', 'Sanne leidt een purpose-driven bedrijf in Amsterdam.', 'purpose-driven'],
    ['en', 'Our evidence-based approach creates sustainable change across the youth ecosystem.', 'sustainable change'],
    ['en', 'We empower underserved communities through strategic partnerships.', 'underserved communities'],
    ['en', 'I roll up my sleeves and work alongside your team.', 'roll up my sleeves'],
    ['en', 'Our comprehensive suite of services includes monitoring.', 'comprehensive suite of services'],
    ['en', 'We deliver seamless support for shops in Leeds.', 'seamless'],
    // Held-out reviews 60, 63: near misses of a software partner's service and of a plain full-service business.
    ['nl', 'We begeleiden de implementatie van het nieuwe beleid.', 'implementatie'],
    ['nl', 'Wij begeleiden de implementatie van de Omgevingswet.', 'implementatie'],
    // A place before an inverted verb is no product (review of the change).
    ['nl', 'In Rotterdam implementeren we het nieuwe beleid.', 'implementeren'],
    ['nl', 'Wij implementeren het nieuwe beleid in de wijk.', 'implementeren'],
    ['nl', 'Wij doen de implementatie, en daarna het beheer.', 'implementatie'],
    ['nl', 'De implementatie van het maatregelenpakket vraagt tijd.', 'implementatie'],
    ['nl', 'Wij zijn een full-service marketingbureau in Tilburg.', 'full-service'],
    // Held-out review 67: before a claim noun "full-service" stays jargon.
    ['en', 'We are your full-service partner in Leeds.', 'full-service'],
    ['en', 'We are a full-service provider for shops.', 'full-service'],
    // Held-out reviews 62, 63: "scale-up" outside an ask, and the verb.
    ['en', 'We help scale-ups hire their first sales team.', 'scale-ups'],
    ['nl', 'Ik help scale-ups met hun werving.', 'scale-ups'],
    ['en', 'We help you scale up your business.', 'scale up your business'],
    // Held-out reviews 60–65: misses found.
    ['en', 'We deliver end-to-end digital solutions for retailers.', 'end-to-end digital solutions'],
    ['en', 'We offer end-to-end commercial cleaning solutions in Leeds.', 'end-to-end commercial cleaning solutions'],
    ['nl', 'Wij leveren end-to-end digitale oplossingen voor retailers.', 'end-to-end digitale oplossingen'],
    ['en', 'He helps Fortune 100 companies unlock unprecedented value.', 'unlock unprecedented value'],
    ['en', 'I help leaders navigate change.', 'navigate change'],
    ['nl', 'Ik leer salesteams deals sneller te closen.', 'closen'],
    ['en', 'I hold space for souls who are ready to release what no longer serves them.', 'I hold space'],
    ['en', 'I hold space for souls who are ready to release what no longer serves them.', 'no longer serves them'],
    ['en', 'I offer a safe, non-judgemental space for you.', 'non-judgemental space'],
    ['nl', 'Ik help je je innerlijke kompas te vinden.', 'innerlijke kompas'],
    ['nl', 'Ik ben een echte doener en flexibel inzetbaar.', 'echte doener'],
    ['nl', 'Ik ben een echte doener en flexibel inzetbaar.', 'flexibel inzetbaar'],
    ['nl', 'Ik zoek een baan waar ik waarde kan toevoegen.', 'waarde kan toevoegen'],
    ['nl', 'We zoeken draagvlak in de wijk.', 'draagvlak'],
    ['en', 'We take a whole-system approach to health.', 'whole-system approach'],
    ['en', 'I lead stakeholder engagement for the council.', 'stakeholder engagement'],
    ['en', 'We build services that put people first.', 'put people first'],
  ])('flags (%s) %s', (_language, text, actual) => {
    expect(findings(text, 'jargon').map((message) => message.actual)).toContain(actual)
  })

  it('offers a plain replacement with the original capitalisation', () => {
    const [message] = findings('Indien u vragen heeft, bel mij.', 'jargon')
    expect(message!.expected[0]).toBe('Als')
    expect(apply('Indien u vragen heeft, bel mij.', message!)).toBe('Als u vragen heeft, bel mij.')
  })

  it('replaces a fixed phrase without a subject as a whole, and leaves a word without one safe fix empty', () => {
    const [message] = findings('Indien nodig verwijzen wij u door.', 'jargon')
    expect(message!.actual).toBe('Indien nodig')
    expect(apply('Indien nodig verwijzen wij u door.', message!)).toBe('Zo nodig verwijzen wij u door.')
    expect(findings('We find rockstar talent for startups.', 'jargon')[0]!.expected).toEqual([])
  })

  it.each([
    'Ik repareer fietsen voor studenten in Groningen.',
    // Ordinary words in their sense (held-out reviews 40, 44).
    'We draaien pilots met twee ziekenhuizen in Utrecht.',
    // A firm's name of buzzwords after "from" is a name the writer cannot change (held-out review 44).
    "I'm Gareth from Apex Growth Partners.",
    "I'm Gareth from Blue Sky Thinking.",
    // Hashtags are search tags; public-sector titles and verbs (held-out reviews 48, 49).
    'I coach women in Leeds who run a bakery. #mindset #empowerment #synergy',
    "I'm a Family Liaison Officer with West Yorkshire Police.",
    // An emission scope with its number (held-out review 47).
    'Wij rapporteren onze scope 3-uitstoot.',
    'I help expats with the adjustment to life in the Netherlands.',
    // Everyday Dutch and a plain statement of a role (held-out reviews 25, 26).
    'Zo kun jij je focussen op je vak.',
    'Bij ons heb je één vast aanspreekpunt.',
    'As head nurse he is responsible for 300 nurses.',
    'Wij bakken brood voor restaurants.',
    'I repair bikes for students in Leeds.',
    'We bake bread for restaurants and cafés.',
    // A title or name, examples right after an advice-only buzzword, a noun saying what is optimised.
    'She is the bestselling author of Lead From Within: A Holistic Framework for Thriving, published in 2021 by a small press.',
    // A company's name, with a legal form or a kind of business (held-out review 20).
    'Strategic Growth Partners Ltd\nWe help family firms in Leeds plan their succession.',
    'Before that I worked in the leveraged finance team at a bank in London.',
    'Holistic Health Clinic Leeds\nWe treat back pain.',
    'Daarnaast doen we veel maatwerk, zoals verpakkingen en displays voor de winkelvloer.',
    'I do bug fixing and speed optimization for WordPress shops.',
    // A plain kind of business: "full-service" is jargon only as a claim ("a full-service agency").
    'Zaakvoerder bij Schrijnwerkerij Peeters: maatwerk keukens en trappen.',
    // "op het vlak van" is the ordinary Flemish phrase.
    'Wij doen van alles op het vlak van mondzorg.',
    "I help renters who can't afford a full-service designer.",
    // Held-out review 67: before any person's trade it has its plain meaning.
    'Sweet Magnolia Catering is a full-service caterer based in Charleston.',
    'Wij zijn een full-service cateraar in Gent.',
    // A trade's own verb.
    'We design stands for firms that exhibit at three trade shows a year.',
    // Plain verbs of advisers, and a noun that retext-simplify takes for the verb.
    'I advise landlords on leases and prepare drawings for the building warrant.',
    // Held-out reviews: quoted words are mentioned, not used (double and single marks, curly too).
    'Don\'t say "bespoke solutions" again.',
    'I cut phrases like ‘leverage’ and “synergy” from every text.',
    "Ik schrap woorden als 'ontzorgen' uit elke tekst.",
    'I rewrite "in order to" as "to".',
    // "maatwerk" in a text about making things is made to measure.
    'We maken maatwerk in hout: trappen, binnendeuren en keukens.',
    'Wij doen maatwerk in staal voor de bouw.',
    'Wij maken maatwerk binnenschrijnwerk/binnendeuren/dressings.',
    'Als schrijnwerker doe ik projecten met veel maatwerk.',
    // "passie" and "passion" outside the cliché frames.
    'Wat begon als een hobby is ondertussen een echte passie geworden.',
    'What started as a hobby has become a real passion.',
    // Ordinary Dutch (Van Dale).
    'Connecteer gerust met mij.',
    'Ik werk voor een fintech in Amsterdam.',
    // Held-out reviews 51–54: job titles a writer cannot rename, "a number of", examples in brackets,
    // and "end-to-end" on its own, as in English.
    'Niels de Groot is agile coach bij ING.',
    'Ik werk als agile coach en scrum master in Utrecht.',
    'She acts for a number of FTSE 100 employers and has won a number of awards.',
    'Wij regelen het hele traject (opruimen, verhuizen, dubbele lasten etc.).',
    'We offer bespoke solutions (e.g. moving help and storage).',
    'Ik test de app end-to-end.',
    'Wij bouwen end-to-end encryptie in.',
    'Ik schrijf TypeScript end-to-end (React frontend, Node.js backend).',
    // Held-out review 50: a job title, and retext-simplify's "the use of".
    'Ik werk met twee DevOps engineers in Utrecht.',
    'We cut the use of agency staff by half.',
    // Held-out reviews 57–59: building a network, examples after a short phrase and a colon, skill tags in a
    // headline row, firms named in buzzwords, and the Scouts' pioneering.
    'Ze leidde de uitrol van laadpunten in Midden-Nederland.',
    'Ik werkte aan de uitrol van glasvezel in Drenthe.',
    "Wij doen managed services voor kmo's: we beheren jullie laptops, servers en back-ups.",
    'Product Owner | Agile | E-commerce\nIk help webshops met betere producten.',
    '| Scrum |\nIk help webshops met betere producten.',
    'Ik heb een HR-adviesbureau, People First. We helpen bakkerijen aan personeel.',
    'Mijn bureau heet Next Level en we maken websites voor bakkers.',
    'We are Synergy, a bookkeeping firm in Leeds.',
    'My firm is called Synergy and we do the books for builders.',
    'We do camping, fire lighting, pioneering, the lot.',
    // A job title with the policy field; a clinical standard.
    'Ik ben Anouk, beleidsadviseur sociaal domein bij de gemeente Ede.',
    'We offer evidence-based therapy for anxiety in Leeds.',
    // Held-out reviews 60, 63: a software partner's service before a named product or a kind of software,
    // after one, or in a list of project phases; a full-service garage as in English.
    'Wij implementeren AFAS Profit bij zorginstellingen.',
    "Sinds 2015 implementeren we Odoo bij kmo's.",
    'Wij zorgen voor de implementatie van Exact Online bij accountants.',
    'Wij zijn gespecialiseerd in de implementatie van ERP-systemen.',
    'We helpen je om een nieuw boekhoudpakket te implementeren.',
    'Wij hebben AFAS Profit geïmplementeerd.',
    'We doen analyse, implementatie, hosting en support.',
    'Wij doen advies, ontwerp en implementatie.',
    'We doen analyse, het ontwerp, implementatie',
    'Wij zijn een full-service garage in Tilburg.',
    // Held-out reviews 62, 63: in an ask "scale-up" is the company stage sought, like "start-up".
    "I'd love to meet CTOs or QA leads of scale-ups in the Netherlands.",
    'Ik zoek een baan als AE bij een scale-up in Amsterdam.',
    "I'm looking for an R&D role at a battery scale-up in the Midlands.",
    // A composer's image, not the therapy cliché (held-out review 64).
    'I am interested in how acoustic instruments can hold space for silence.',
  ])('does not flag plain text: %s', (text) => {
    expect(findings(text, 'jargon')).toEqual([])
  })

  it('places retext-simplify findings the same in plain text (tree not kept) and Markdown (tree kept)', () => {
    const text = 'I bake bread for cafés in Leeds.\n\nLine two.\nWe fix ovens in order to help bakers, and you can utilize our van.\n'
    for (const syntax of ['text', 'markdown'] as const) {
      const messages = findings(text, 'jargon', {syntax, language: 'en'})
      expect(messages.map((message) => [message.actual, message.line, message.column]), syntax).toEqual([
        ['in order to', 4, 14],
        ['utilize', 4, 51],
      ])
      for (const message of messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    }
  })

  it('never flags one span twice (own list and retext-simplify)', () => {
    const messages = findings('We facilitate and leverage synergies in order to utilize resources.', 'jargon')
    const spans = messages.map((message) => `${message.offset}-${message.endOffset}`)
    expect(new Set(spans).size).toBe(spans.length)
    for (const a of messages) {
      for (const b of messages) if (a !== b) expect(a.offset >= b.endOffset || b.offset >= a.endOffset).toBe(true)
    }
  })

  it('respects allow and deny', () => {
    expect(findings('Wij ontzorgen ondernemers.', 'jargon', {allow: ['ontzorgen']})).toEqual([])
    // Allowing one word does not let a phrase that contains it through.
    expect(findings('In order to help, I fix ovens.', 'jargon', {allow: ['order']})).toHaveLength(1)
    const denied = findings('Wij doen sparren met ondernemers.', 'jargon', {deny: {sparren: ['overleggen']}})
    expect(denied.map((message) => [message.actual, message.expected])).toEqual([['sparren', ['overleggen']]])
    const perLanguage = findings('We do sparring with founders.', 'jargon', {deny: {en: {sparring: ['talking']}}})
    expect(perLanguage.map((message) => message.actual)).toEqual(['sparring'])
  })
})

describe('unexplained-acronym', () => {
  it.each([
    ['nl', 'Wij bouwen ERP-koppelingen en meten KPI\'s voor het mkb.', ['KPI']],
    ['nl', 'Ik help met de AVG voor webshops.', ['AVG']],
    ['en', 'We sell SaaS to B2B companies.', ['SaaS', 'B2B']],
    // Two letters of M, D, C or L are acronyms, not Roman numerals; LLM is no degree in a pitch.
    ['en', 'I build ML pipelines and LLM tools.', ['ML', 'LLM']],
    ['nl', 'Ik werk als diëtist met de MDL-arts samen.', ['MDL']],
    // An indirect question about the letters is no definition (held-out review 51).
    ['nl', "Pieter legt uit wat NIS2 concreet betekent voor kmo's.", ['NIS2']],
    ['en', 'She explains what DORA really means for banks.', ['DORA']],
  ])('flags (%s) %s', (_language, text, acronyms) => {
    const messages = findings(text, 'unexplained-acronym')
    for (const acronym of acronyms) expect(messages.some((message) => message.reason.includes(`"${acronym}"`))).toBe(true)
  })

  it.each([
    'We set up customer relationship management (CRM) for dentists. The CRM saves hours.',
    'We set up CRM (customer relationship management) for dentists.',
    'Wij doen de BTW-aangifte voor de BV van ondernemers in de EU.',
    'I moved from the USA to the UK as a CEO.',
    // Conditions, the emcee and deals known by their letters (held-out reviews 40–42).
    'I work with adults and teens with OCD and PTSD in Texas.',
    'I can MC the speeches at your wedding.',
    'Wij begeleiden M&A-trajecten voor familiebedrijven.',
    // A part of a body before it, and legal forms after a firm's name (held-out reviews 41, 43).
    // Spelled out in lower case, also at the start of a sentence (held-out review 40).
    'Medical nutrition therapy for diabetes is often covered. I offer ongoing MNT in Austin.',
    'I chair the Irish chapter of ISACA.',
    'I am a partner at Okafor Estate Law, PLLC in Charlotte.',
    // Hashtags, and universities and bodies known by their letters (held-out reviews 45–49).
    'Coach for founders in Leeds. #KPI #SaaS',
    // A paragraph typed in capitals shouts its short sentences too (held-out review 49).
    "HI ALL, I'M GAZ. WE FIX PUNCTURES AND FIT NEW TYRES ACROSS ESSEX. CALL ME ON 07700 900456",
    'Ik studeerde Bedrijfskunde aan de RUG en werk nu bij het ROC van Amsterdam.',
    'I trained as a teacher at UCD and did my PGCE in Leeds.',
    // Marks and inspections (held-out review 47).
    'Our machines come with a CE declaration.',
    'Alle koelwagens zijn ATP-gekeurd.',
    'We work with LinkedIn, YouTube and WordPress.',
    'Chapter IV of my book covers pricing.',
    'WE ARE OPEN EVERY DAY FOR YOU.',
    'He led 25 SAP projects and worked at IBM and KPMG.',
    'Ik werkte bij de HEMA en bij ABN AMRO.',
    // Letters after a full name are the person's credentials.
    'Elena Vasquez, AIA, leads our studio.',
    'Jane Doe, PhD, CPA, advises farms in Kent.',
    'Tom Smith, CPA',
    'I worked twelve years as an ER nurse before I moved to ICU care.',
    // Capitals side by side are a name or emphasis; letters between names in a list are a company.
    'Ik bankier al jaren bij ABN AMRO in Gent.',
    'I am a CERTIFIED FINANCIAL PLANNER in Ohio.',
    'Our clients include Bosch, ZF and Continental.',
    'We are ISO 9001 certified.',
    // Credentials with their school in brackets; lists of names with the acronym first or beside "the".
    'Prof. Sipho Dlamini, MBChB (UCT), FCP (SA), PhD (Wits), is a physician in Johannesburg.',
    'I have seven years of experience in PHP, Laravel, React JS and WordPress.',
    'Her clients have included Unilever, HSBC, GSK and the NHS.',
    'We worked for the BBC, GSK and Tesco.',
    // An index or standard with its number, a brand written with a small letter first, a name after a dot.
    'I coach boards across the FTSE 100 and the S&P 500.',
    'He comments on eNCA every week.',
    'Ik ben freelance .NET-developer in Gent.',
    'Ik ben kinesitherapeut in Mechelen, erkend door het RIZIV.',
    'You get your logo as PNG, JPG and PDF.',
    // Place codes and an acronym's plural.
    'I sell houses as a realtor in Austin, TX, for families.',
    'I fix roofs from LS1 to LS28 and in BS16.',
    "We bake for coffee bars and B&B's in Cork.",
    // Postcodes and account numbers; credentials separated by spaces; employers; a currency code.
    'Visit us at Falmouth TR11 3JA or in Toronto, ON M5H 3C6.',
    'KvK 63218844 · IBAN NL27 TRIO 0391 1185 02',
    'Jane Morris BDS MJDF RCS (Eng) is a dentist in Leeds.',
    'I worked for eight years at GCHQ before I started my firm.',
    'Ik werkte zes jaar bij TNO in Leiden.',
    'She was a senior designer at GSD&M and later at Pentagram.',
    'Our startup was acquired by PayU in 2017.',
    'Sessions start at CAD $250 for an hour.',
    'Wij maken kasten in MDF en PVC.',
    'Bij een verkoop regelen wij het EPC en het asbestattest.',
    // National institutions every adult of that country knows.
    'I sort out HMRC letters and PAYE for builders in Leeds.',
    'Courses cost $295 + GST and are recognised across NZ.',
    "Every volunteer gets a DBS check, which we pay for.",
    // Degrees and universities known by their letters.
    'I hold an MEng from Imperial and an MBA from UCL.',
    'Ik studeerde rechten aan de UvA.',
    'I prepare students for IELTS and TOEFL.',
    // Held-out reviews 17 and 18: names with a word inside, a school after "from", states, known bodies.
    "I'm Dennis, a data scientist at NexaIT. I use XGBoost and LightGBM daily.",
    'I did an MBA from INSEAD in Fontainebleau.',
    'Back home in WA and the NT I installed AC units on HGVs.',
    'Eerder werkte ik bij de VNG en bij een toeleverancier van ASML.',
    'Dr. Angela Ruiz, MD, FACC, is a cardiologist in Austin.',
    'Phase II of the project starts in June.',
    // Ordinary words in capitals for emphasis; cities by their letters.
    'We do NOT charge call-out fees, and quotes are FREE. Please message me BEFORE ordering.',
    'Wij rekenen GEEN voorrijkosten. Bel me ALTIJD eerst.',
    'I deliver across the LA area and to DC.',
    "I help with pensions and ISAs, and I know most MPs' PAs by name.",
    'Ik ben GZ-psycholoog en begeleid mensen met COPD.',
    'He was Deputy Director at the OECD and advised the IMF.',
    // A degree with its school, and a credential phrase.
    'She holds a JD from Yale Law School and is a CFA charterholder.',
    // Held-out review 28: glosses in apposition, as a definition, with a marker, and lower-case spelled-out forms.
    "NIS2, the EU's new cybersecurity directive, now covers our clients.",
    'We do SEO, short for search engine optimisation.',
    'We do SEO: search engine optimisation for shops.',
    'We do search engine optimisation, or SEO, for shops.',
    'Wij doen zoekmachineoptimalisatie, oftewel SEO.',
    'Wij doen RPO, dat staat voor recruitment process outsourcing.',
    'Voor wie dat niet kent: een AOV is een arbeidsongeschiktheidsverzekering.',
    'The WOZ value is the municipal valuation of your home.',
    "I'm Jo, a chartered accountant in Toronto. As a CA I help bakeries with their books.",
    'Our warehouse management system runs in the cloud. The WMS needs no server.',
    // Held-out reviews 25–29: talks and degrees, file formats, language pairs, tools in small letters,
    // keywords to send, schools and employers after "@" or an article, product versions, classes, examples.
    'Amara is a 2019 TEDx speaker and holds an MPH.',
    'I deliver DWG and PDF files, and logos as SVG.',
    'Ik lever het logo als EPS-bestand.',
    'Ik vertaal DE>EN en FR-NL.',
    'I work with Python, SQL, dbt and Snowflake.',
    'DM "BREATHE" to book your free discovery call.',
    'Comment GUIDE below and I will send it.',
    'Data scientist @ ASML in Veldhoven.',
    'Ik studeer aan de RUG in Groningen.',
    'He has worked at HMRC, the Home Office and DWP.',
    'We build on S/4HANA for clients.',
    'Het apparaat valt onder klasse IIa.',
    'Wij koppelen pakketten zoals AFAS en Nmbrs aan je webshop.',
    // Held-out reviews 30–34: shouting with a contraction, marks, dash credentials, exam codes, lists with a
    // letter, small words inside a spelled-out term, a name used again, a keyword after "het woord",
    // currency codes, unions.
    "🔥 WE'RE HIRING 🔥",
    'Wij werken met de CE-markering.',
    'We have CE marking on all devices.',
    'Thomas Peeters – CTO',
    'Certificeringen: AZ-305 en SAA-C03.',
    'Ik werk met Python, SQL en R.',
    'I set up lasting powers of attorney. Two types of LPA exist.',
    'We measure return on investment. Our ROI is high.',
    'We sell across Gauteng, KZN and the Western Cape. We grew KZN by 27%.',
    'Stuur me een DM met het woord GROEI.',
    'Paid in USD or EUR.',
    'Hij is kaderlid van de FNV.',
  ])('does not flag: %s', (text) => {
    expect(findings(text, 'unexplained-acronym')).toEqual([])
  })

  it('does not take unrelated words as a spelled-out form', () => {
    expect(findings('We sell B2B bakery software.', 'unexplained-acronym')).toHaveLength(1)
    expect(findings('I am a Certified Financial Planner. As a CFP I help teachers.', 'unexplained-acronym')).toEqual([])
    expect(findings('Wij bouwen een klantbeheersysteem (CRM) voor kappers.', 'unexplained-acronym')).toEqual([])
  })

  it('takes letters from the parts of compounds in a spelled-out name, but needs two words', () => {
    expect(findings('Ik ben BIV-erkend en volg de regels van het Beroepsinstituut van Vastgoedmakelaars.', 'unexplained-acronym')).toEqual([])
    expect(findings('We sell Enterprise software. ERP is hard.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ERP'])
    // The acronym's own compound does not spell it out.
    expect(findings('Mijn NIP-gegevens staan online bij de overheid.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['NIP'])
  })

  // Held-out review: registers and certifiers before a participle, units and levels after a number, VR, AR and BOVAG.
  it.each([
    ["en", "We're NICEIC registered and fully insured."],
    ['en', 'We are Gas Safe and NICEIC approved.'],
    ['en', 'We are FCA regulated and independent.'],
    ['en', 'Our surveyors are RICS chartered.'],
    ['en', 'We are CHAS accredited contractors.'],
    ['en', 'All our windows are FENSA registered.'],
    ['en', "I'm a DVSA approved driving instructor."],
    ['en', 'I am CIDESCO qualified and have twenty years of experience.'],
    ['en', 'We are regulated by the FCA. The FCA checks our advice every year.'],
    ['en', 'We are accredited by CHAS.'],
    ['nl', 'Wij zijn BOVAG gecertificeerd.'],
    ['nl', 'Onze monteurs zijn VCA-gecertificeerd.'],
    ['nl', 'Wij zijn een BOVAG-garage in Zwolle.'],
    ['nl', 'Ik ben BIG-geregistreerd verpleegkundige in Zuid-Limburg.'],
    ['en', 'We installed 1.4 MW of solar on the roof.'],
    ['en', 'The battery stores 500 MWh, and the farm makes 1.2 GWh a year.'],
    ['en', 'Files up to 3 MB, and 10 GB of storage, or 10GB on the cheap plan.'],
    ['nl', 'Wij plaatsten 1,4 MW aan zonnepanelen.'],
    ['nl', 'Onze site haalt WCAG 2.1 AA.'],
    ['en', 'Every page meets level AA.'],
    ['en', 'We build VR and AR apps for museums.'],
    ['nl', 'Wij bouwen VR-brillen voor scholen.'],
    // A company's initials before its kind of business, said again on their own.
    ['en', 'Gary here from G&M Plumbing. We fix leaks. Gary, G&M, no job too small!'],
    ['en', 'I run JK Plumbing in Leeds. Call JK!'],
    ['en', 'I run DMK Accountants. DMK does the books for builders.'],
    ['nl', 'Ik ben Jan van JB Installaties in Zwolle. JB, altijd op tijd!'],
    ['nl', 'Wij zijn KB Systeembeheer uit Utrecht. Geen gedoe, gewoon KB!'],
    // A spoken gloss before the acronym: an apposition, or "called", "known as", "ook wel", "een".
    ['en', 'We put down a rubber membrane, EPDM, with a twenty-year guarantee.'],
    ['en', 'We use a rubber membrane, called EPDM, on flat roofs.'],
    ['en', 'We lay a rubber membrane known as EPDM on flat roofs.'],
    ['nl', 'Wij leggen een rubberen dakbedekking, EPDM, met twintig jaar garantie.'],
    ['nl', 'Ik regel je arbeidsongeschiktheidsverzekering, een AOV.'],
    ['nl', 'Ik regel je verzekering tegen arbeidsongeschiktheid, ook wel AOV.'],
    // An employer after a part of it or a person from it, also before a relative clause.
    ['nl', 'Ik ben onderzoeker bij de afdeling Huisartsgeneeskunde van het UMCG.'],
    ['en', 'I work in the sepsis group of UCLH.'],
    ['nl', 'Ken je iemand van de WUR die kan helpen?'],
    ['en', 'Do you know anyone at UWE who plays hockey?'],
    // Rows of names with separators, bulleted tools, a version or a count inside a list, clients after "for".
    ['en', 'Python · SQL · dbt · Airflow'],
    ['en', 'Python | SQL | dbt | Airflow'],
    ['en', 'My tools:\n- Python\n- SQL\n- Tableau'],
    ['nl', 'Lemniscaat · Gottmer · IVN Natuureducatie'],
    ['nl', 'Uitgevers: Lemniscaat · IVN Natuureducatie'],
    ['en', 'I make games with Godot 4, Aseprite, FMOD.'],
    ['en', 'We advised SEPA, the Scottish Government and several Local Authorities.'],
    ['en', 'I ran projects for KBC, Proximus and several smaller software houses.'],
    // Names in capitals that read as words: beside "project", "programma", "consortium", "pilot", or also in small letters.
    ['en', 'I lead the HOPE project.'],
    ['nl', 'Wij leiden het EU-project GROEN en het NEXUS-project.'],
    ['en', 'We lead the NEXUS consortium. NEXUS brings ten universities together.'],
    ['nl', 'Ik werk aan het programma ZOUTWIJS.'],
    ['en', 'We run the SEPSIS-EARLY pilot in three hospitals.'],
    ['nl', 'Ons plan heet GROEN. Wij maken de stad groen.'],
    // Held-out reviews 51–54: known letters, register numbers with a sign, a gloss before a verb or "and".
    ['nl', 'Ik bouw websites in HTML en CSS en zet alles op in AWS.'],
    ['en', 'Tools: Figma, Notion, a little bit of HTML/CSS. I host everything on AWS.'],
    ['en', 'We handle HIPAA compliance for dental offices in Tampa.'],
    // Held-out review 50: national bodies and laws, and a level joined to known letters.
    ['en', 'I help claimants deal with the DWP and HMRC.'],
    ['en', 'We make shops in Ohio comply with the ADA.'],
    ['nl', 'Ik volgde een HBO5-opleiding en daarna MBO4 in Zwolle.'],
    ['en', 'Licensed roofing contractor, ROC #318422.'],
    ['en', 'Licensed roofing contractor, ROC No. 318422.'],
    ['nl', 'Erkend installateur, ROC nr. 318422.'],
    ['en', 'Since the new European cyber law, NIS2, came in, clients call me every week.'],
    ['en', 'We fitted a rubber membrane, EPDM, and new gutters.'],
    ['nl', 'Wij helpen met de nieuwe Europese cyberwet, NIS2, en met back-ups.'],
    // Names in capitals: an event before its subject, a brand's second word, outlets, schools and employers.
    ['en', 'At SXSW she will share what she learned.'],
    ['en', 'She works with brands like Scotch & Soda and G-Star RAW.'],
    ['en', 'Her research was published in the BMJ.'],
    ['en', 'She was featured on OPB, appeared on RTÉ and was interviewed by KQED.'],
    ['en', 'Her work appeared in Forbes and the NEJM.'],
    ['nl', 'Ze schreef voor NRC en publiceerde in het NTvG.'],
    ['nl', 'Ze is hoogleraar Energietransitie aan de TU/e en lector aan de HAN.'],
    ['en', 'She holds a BCL (UCC) and an LLM from UCD.'],
    ['nl', 'Ze heeft een LLM (KU Leuven).'],
    // Credentials the text calls a certificate, with a level or in a pair, and memberships.
    ['en', 'She holds the CKA certification and the SHRM-SCP credential.'],
    ['en', 'She is SHRM-SCP and PMP certified.'],
    ['en', 'I hold CCRN and ACLS certifications.'],
    ['nl', 'Hij is PSM III en SAFe SPC gecertificeerd.'],
    ['nl', 'Hij is PSM III-gecertificeerd.'],
    ['nl', 'Ik ben NVM-makelaar in Utrecht.'],
    ['en', "I'm a RICS surveyor in Leeds."],
    // Held-out reviews 55–59: everyday Dutch and British letters, letter variants, credentials named before the letters.
    ['nl', "Onze klanten zijn scale-ups met 20 tot 200 FTE."],
    ['nl', 'Omdat we een ANBI zijn, is je gift aftrekbaar. Onze ANBI-status staat op de site.'],
    ['en', 'We audit everyone from owner-managed businesses to PLCs and public sector bodies.'],
    ['nl', 'Ik help webshops met A/B testen.'],
    ['en', 'I run A/B tests for webshops.'],
    ['nl', 'Ik ben gecertificeerd PSPO II en SAFe POPM.'],
    ['nl', 'Ik heb de certificaten PSPO II en SAFe POPM.'],
    ['en', "I'm a certified PSPO II and SAFe POPM."],
  ])('does not flag (%s) %s', (_language, text) => {
    expect(findings(text, 'unexplained-acronym')).toEqual([])
  })

  it('still flags jargon beside a participle, a number or a level', () => {
    // A participle with its object or its agent is a verb, not a mark; a skill is no register.
    expect(findings('Our CRM registered a spike in sign-ups.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['CRM'])
    expect(findings('The KPIs approved by the board matter.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['KPIs'])
    expect(findings('Your shop is improved by SEO.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Ik ben gecertificeerd in SEO.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    // A unit needs its number; a number before jargon makes no unit; a level needs a standard or "level".
    expect(findings('Our MW project is big.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['MW'])
    expect(findings('We need 3 SEO experts.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Our site now reaches AA.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['AA'])
    // A job title or a general service word after the letters names no company: the letters stay jargon elsewhere.
    expect(findings("I'm a UX Researcher at Booking. I teach UX to designers.", 'unexplained-acronym').map((message) => message.actual)).toEqual(['UX'])
    expect(findings('We offer SEO Services for shops. SEO matters.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Wij zijn een SEO-bureau. SEO is ons vak.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
  })

  it('still flags jargon after "of", "van" or a skill before "at"', () => {
    expect(findings('We show the value of SEO.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We are a team of SEO specialists.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Ik ken de rol van de AVG die alles regelt.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['AVG'])
    expect(findings('We are great at SEO.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
  })

  it('still flags acronyms in rows and lists without a name written as a word', () => {
    expect(findings('SEO · SEA · CRO', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO', 'SEA', 'CRO'])
    // A headline capitalises its phrases, and a phrase in sentence case is no name.
    expect(findings('Marketing Lead | SEO | Content Strategy', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    // Titles and trades of a headline are no names.
    expect(findings('Founder | SEO | Speaker', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Fotograaf · SEO · Coach', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Wat ik doe:\n- SEO\n- SEA\n- Social media', 'unexplained-acronym', {syntax: 'markdown'}).map((message) => message.actual)).toEqual(['SEO', 'SEA'])
    // A word the text also writes in small letters is an ordinary word, not a name.
    expect(findings('Diensten:\n1. SEO\n2. Webdesign\n3. Hosting\n\nIk maak webdesign en hosting voor bakkers.', 'unexplained-acronym', {syntax: 'markdown'}).map((message) => message.actual)).toEqual(['SEO'])
    // A number that is no version, a count before small letters, and "for" without work for clients.
    expect(findings('We do SEO, 4 websites and Python.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We do SEO, several audits and more.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We write copy for SEO and Google Ads.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We worked for CRM vendors and SaaS firms.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['CRM', 'SaaS'])
  })

  it('still flags jargon letters beside "project" or "programme"', () => {
    expect(findings('Our KPI project and ROI programme.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['KPI', 'ROI'])
    expect(findings('Ons GDPR-project loopt uit.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['GDPR'])
    expect(findings('We run the HACCP programme.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['HACCP'])
    expect(findings('We sell SaaS in a pilot.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SaaS'])
  })

  it('still flags acronyms listed after a noun phrase, which is no gloss', () => {
    expect(findings('We do content marketing, SEO, SEA and CRO.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO', 'SEA', 'CRO'])
    expect(findings('We deliver a new website, SEO, a blog and hosting.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We deliver a new website, SEO and hosting.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('We build the online shop, SEO, and the app.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
    expect(findings('Wij bouwen websites, een CRM en apps.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['CRM'])
  })

  it('still flags acronyms listed beside other acronyms or ordinary words', () => {
    expect(findings('She works at a regional NHS ICB in Leeds.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ICB'])
    expect(findings('We do SEO, SEA and PPC for shops.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO', 'SEA', 'PPC'])
    expect(findings('We use Excel, KPI dashboards and Word.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['KPI'])
    // A list of acronyms only, with no name written as a word, is still a list of acronyms.
    expect(findings('We implement ERP, CRM and BI systems.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ERP', 'CRM', 'BI'])
    // An acronym beside another is no name, and a run of short acronyms is no name: the pair is one
    // finding, as one term (held-out review 57).
    expect(findings('Wij helpen B2B SaaS-bedrijven groeien.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['B2B SaaS'])
    expect(findings('I do REST API integration for shops.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['REST API'])
    // An acronym after "at" that qualifies a noun is no employer.
    expect(findings('We work at SMB level.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SMB'])
    // Letters and a digit that are no postcode district.
    expect(findings('We sell B2B software in Leeds, UK.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['B2B'])
    // One name beside it is no list.
    expect(findings('We migrate ERP and Excel files.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ERP'])
    // An apposition that is an item of a list, or an acronym after a list word, is no gloss.
    expect(findings('We serve GGDs, the police and schools.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['GGDs'])
    expect(findings('We do SEO, or SEA.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO', 'SEA'])
    // A range of services is no employer; a law after "aan" is no school; small words must stand alone as items.
    expect(findings('We do everything from SEO to CRO for shops.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO', 'CRO'])
    expect(findings('Wij checken of systemen aan de AVG voldoen.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['AVG'])
    expect(findings('We offer ERP, bookkeeping and payroll.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ERP'])
    expect(findings('We serve all industries, be it IT/ITES or retail.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ITES'])
    expect(findings('I build ML pipelines and LLM tools.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['ML', 'LLM'])
    // A plural after "at" is a kind of organisation; a heading in Title Case names no acronym for good.
    expect(findings('I help BPO companies. I want HR directors at BPOs in Cebu.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['BPO'])
    expect(findings('# UX Researcher\nI teach UX to designers.', 'unexplained-acronym', {syntax: 'markdown'}).map((message) => message.actual)).toEqual(['UX'])
    // Two small-letter words spell two letters only as a pair of their own.
    expect(findings('We help restaurants grow. Our HR team and our SEO work pay off.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['SEO'])
  })

  it('still flags jargon beside the frames of names and certificates (held-out reviews 51–54)', () => {
    const flagged = (text: string) => findings(text, 'unexplained-acronym').map((message) => message.actual)
    // A third item of a list after the apposition, with an article, a list word or more items.
    expect(flagged('We build the online shop, SEO, and the app.')).toEqual(['SEO'])
    expect(flagged('We deliver the website, SEO, hosting and ads.')).toEqual(['SEO'])
    expect(flagged('We deliver the website, SEO, social media, and ads.')).toEqual(['SEO'])
    // A sign needs its full stop or capital; "for" after a purpose, a noun after the outlet, a skill before a job.
    expect(flagged('We do SEO no 1 ranking.')).toEqual(['SEO'])
    expect(flagged('Copy written for SEO and conversions.')).toEqual(['SEO'])
    expect(flagged('Her work was published in SEO magazines.')).toEqual(['SEO'])
    expect(flagged("I'm an SEO specialist and an ML engineer.")).toEqual(['SEO', 'ML'])
    expect(flagged('Ik ben SEO-specialist in Utrecht.')).toEqual(['SEO'])
    expect(flagged('A member of the SEO team.')).toEqual(['SEO'])
    // A body after "member of" or "lid van" is no name to the listener (held-out reviews 25–53 judged these true).
    expect(flagged("I'm an Advanced Professional Member of the CIEP.")).toEqual(['CIEP'])
    expect(flagged('Ik ben lid van het NGTV.')).toEqual(['NGTV'])
    expect(flagged('She is a Fellow of the FPH.')).toEqual(['FPH'])
    // A participle after a join opens a new clause: no row of credentials.
    expect(flagged('Ze is lid van de NVDV en geregistreerd bij de rechtbank.')).toEqual(['NVDV'])
    expect(flagged('At SMB level we help a lot.')).toEqual(['SMB'])
    // A singular certificate after a row names only the last letters; a certificate names only that use.
    expect(flagged('We help with GDPR and ISO certification.')).toEqual(['GDPR'])
    expect(flagged('I did a Google UX certificate. Now I want a UX role.')).toEqual(['UX'])
    // A school in brackets needs a school, and letters shaped like a degree.
    expect(flagged('We set up a CRM (HubSpot) for you.')).toEqual(['CRM'])
    expect(flagged('We set up a CRM from SAP for you.')).toEqual(['CRM'])
  })

  it('still flags the near misses of held-out reviews 55–59', () => {
    const flagged = (text: string) => findings(text, 'unexplained-acronym').map((message) => message.actual)
    // PLC before a noun is a controller, and in Dutch always one; FTE is known in Dutch only.
    expect(flagged('I do PLC programming on Siemens.')).toEqual(['PLC'])
    expect(flagged('Wij zoeken PLC-programmeurs en een PLC van Siemens.')).toEqual(['PLC'])
    expect(flagged('We place 80 FTE in Leeds.')).toEqual(['FTE'])
    // Letters that skip the alphabet are initials.
    expect(flagged('We fix I/O bottlenecks.')).toEqual(['I/O'])
    // A certificate word before a skill that names a job, or with a word between.
    expect(flagged("I'm a certified SEO specialist.")).toEqual(['SEO'])
    expect(flagged('Loopbaancoach | Erkend STIR-loopbaanprofessional')).toEqual(['STIR'])
    // Letters side by side are one finding, also at the end of a list; apart they are two.
    expect(flagged('We help with ISO 27001 and PCI DSS.')).toEqual(['PCI DSS'])
    expect(flagged('We build a REST API for shops and host it on a VPS.')).toEqual(['REST API', 'VPS'])
    expect(flagged('We do SEO and SEA for shops in Leeds.')).toEqual(['SEO', 'SEA'])
  })

  // Held-out reviews 60–65: the frames that already say what the letters are.
  it.each([
    // Certificates joined by "or", a suspended hyphen, a credential as what a person is, assessments (review 63).
    ['en', 'All our testers hold OSCP or CREST certifications.'],
    ['en', 'Our testers are OSCP, CRTO or CREST certified.'],
    ['nl', 'Ik ben OSCP- en CISSP-gecertificeerd.'],
    ['en', 'I am OSCP- and CISSP-certified.'],
    ['en', 'Amara is a CISSP and holds an MSc. She became a CISA in 2015.'],
    ['nl', 'Zij is CISA en werkt bij Deloitte.'],
    ['en', 'As a CISSP, I help banks in Leeds.'],
    ['en', "We're an IRAP-assessed provider, and our cloud is IRAP assessed too."],
    ['en', 'She co-wrote the NICE-endorsed guide.'],
    ['nl', 'Wij zijn BIO-getoetst.'],
    // The CIO, health letters the public knows, languages named as skills, a Dutch software brand (reviews 61–63).
    ['en', "I'm looking for CIOs at hospitals in Ohio."],
    ['en', 'I help people with MS, IBS or stroke, and women who ask their GP about HRT or CBT.'],
    ['nl', 'Ik behandel mensen met MS en parkinson.'],
    ['en', 'I write SQL queries and know HTML, CSS and PHP.'],
    ['nl', 'Ik ken Jira en SQL, en werk met AFAS en Exact Online.'],
    // A pair of conferences after a verb of talks and papers (review 63).
    ['en', 'She has published at NeurIPS and ACL, and presented at KubeCon and QCon.'],
    ['nl', 'Hij sprak op FOSDEM en KubeCon.'],
    // A time between a writer's verb and "voor" or "for" (review 63).
    ['nl', 'Karin schreef jarenlang voor het FD en Emerce. Joost schreef tien jaar voor NRC.'],
    ['en', 'Karen wrote for years for the FT and Wired.'],
    // Registers after a trade or a member, a pair of registers, post-nominals after a first name or a trade (review 61).
    ['en', 'I am registered osteopath with the GOsC.'],
    ['en', "I'm an accredited exercise physiologist with ESSA."],
    ['en', "I'm a registered member of the BACP and an accredited member of the UKCP."],
    ['en', "I'm registered with the National Council for Hypnotherapy and the CNHC."],
    ['en', "I'm registered with the CNHC and the NCH."],
    ['nl', 'Ik ben geregistreerd psycholoog bij het NIP.'],
    ['en', "I'm Claire, MBACP (Accred), a counsellor in Stroud."],
    ['en', "I'm Tom, a physiotherapist (MCSP, HCPC) in Leeds."],
    // A hospital named by its letters beside the word (review 61).
    ['nl', 'Je kunt bevallen in het CWZ-ziekenhuis of in ziekenhuis CWZ.'],
    ['en', 'You can give birth at the RVI hospital or at home.'],
    // A school after a diploma or a pupil's years, and the Dutch care register (review 62).
    ['nl', 'Ik heb mijn diploma gehaald aan het VTI in Roeselare.'],
    ['nl', 'Ik zat aan het KTA in Zottegem en volgde de cursus bij het NIBE.'],
    ['nl', 'Mijn BIG-registratie is verlopen, dus ik zit nu in de BIG-procedure.'],
    // A city's area by its letters, as locals say it (review 60).
    ['en', 'We clean homes serving the DFW area, and we cover the KC metro too.'],
    ['en', "We're based in the ATL area."],
    // "&" in the spelled-out name is skipped as "and" is (review 65).
    ['en', 'She is Professor at the London School of Hygiene & Tropical Medicine. Before joining LSHTM she worked in Ghana.'],
    ['nl', 'Hij studeerde aan de School of Oriental & African Studies. Op SOAS leerde hij Swahili.'],
    // A model named in capitals beside the word (review 65).
    ['en', 'I use process-based models (mainly MODFLOW and our own Python tools).'],
    ['nl', 'Wij rekenen met het grondwatermodel MODFLOW.'],
    // Capitals inside an English word still spell the letters; an expansion with commas is no list of examples.
    ['en', 'We transfer property across KwaZulu-Natal. KZN is our home.'],
    ['en', 'We report on ESG (Environmental, Social, Governance) for farms.'],
    ['nl', 'Ik werk aan de Wmo en de Jeugdwet, en de Wet langdurige zorg (Wlz). Ik ben Wft-gecertificeerd.'],
  ])('does not flag (%s) %s', (_language, text) => {
    expect(findings(text, 'unexplained-acronym')).toEqual([])
  })

  it('still flags the near misses of held-out reviews 60–65', () => {
    const flagged = (text: string) => findings(text, 'unexplained-acronym').map((message) => message.actual)
    // Roles, a credential before its employer and things are no credential a person holds; an audit of a service is a verb.
    expect(flagged('Hij werkt als CISA bij Deloitte.')).toEqual(['CISA'])
    expect(flagged('He became a DPO in 2019.')).toEqual(['DPO'])
    expect(flagged('It is a CRISC and more.')).toEqual(['CRISC'])
    expect(flagged('As a CMDB expert I help banks.')).toEqual(['CMDB'])
    expect(flagged('Get your SEO audited today.')).toEqual(['SEO'])
    expect(flagged('We audited SEO and CRO for shops.')).toEqual(['SEO', 'CRO'])
    // A participle in a compound after a join is a new clause without a suspended hyphen.
    expect(flagged('Ze is lid van de NVDV en BIG-geregistreerd.')).toEqual(['NVDV'])
    // Other C-suite titles, the CIO and English health letters in Dutch, and specialist health letters.
    expect(flagged('I sell to CISOs and CMOs in Leeds.')).toEqual(['CISOs', 'CMOs'])
    expect(flagged("Ik zoek CIO's van ziekenhuizen in Gent.")).toEqual(["CIO's"])
    expect(flagged('Ik help mensen met IBS en PDS.')).toEqual(['IBS', 'PDS'])
    expect(flagged('I offer DBT and EMDR, and treat SIBO after a TIA.')).toEqual(['DBT', 'EMDR', 'SIBO', 'TIA'])
    // Letters before a noun are no conference.
    expect(flagged('She spoke at Leeds and SEO events.')).toEqual(['SEO'])
    // A time before "for" does not make a purpose an outlet.
    expect(flagged('Copy written for years for SEO.')).toEqual(['SEO'])
    // A plain membership, a skill after a first name, a bracket of skills and a team after a register stay acronyms.
    expect(flagged('Ik ben psycholoog en lid van het NIP.')).toEqual(['NIP'])
    expect(flagged("I'm Claire, SEO specialist in Leeds.")).toEqual(['SEO'])
    expect(flagged("I'm a marketer (SEO, SEA) in Leeds.")).toEqual(['SEO', 'SEA'])
    expect(flagged('We are registered with the FCA and the SEO team.')).toEqual(['SEO'])
    // Letters that qualify a noun after "hospital" name no hospital; a specialty clinic is no institution's name.
    expect(flagged('We build hospital EHR systems.')).toEqual(['EHR'])
    expect(flagged('I run an MSK clinic in Leeds.')).toEqual(['MSK'])
    // A pair with another name is no hospital either: "de gynaecologen van de Isala en het CJG" (review 40 judged it true).
    expect(flagged('Je kunt bevallen in het Radboudumc of het CWZ.')).toEqual(['CWZ'])
    // Work on a system is no school; the Dutch register is unknown to English listeners.
    expect(flagged('Wij werken aan het ERP in Zwolle.')).toEqual(['ERP'])
    expect(flagged('I am waiting for my BIG-registration in the Netherlands.')).toEqual(['BIG'])
    // A business region and a field are no local area.
    expect(flagged('We sell across the APAC region.')).toEqual(['APAC'])
    expect(flagged('I work in the SEO area.')).toEqual(['SEO'])
    // Jargon letters beside "model" read as no name; a statistics package named alone stays an acronym.
    expect(flagged('We use the KPI model and the CMDB model.')).toEqual(['KPI', 'CMDB'])
    expect(flagged('I analyse the data in SPSS.')).toEqual(['SPSS'])
    // Misses of review 63: small letters inside an English word spell nothing ("Re-platformed" is no RPO),
    // names in brackets are examples, not the meaning, and a place after "a" qualifies the letters.
    expect(flagged('Re-platformed a warehouse system. Built a DR strategy with an RPO of 15 minutes.')).toEqual(['DR', 'RPO'])
    expect(flagged("I'm passionate about IaC (Terraform, Pulumi) and observability.")).toEqual(['IaC'])
    expect(flagged('We moved the stock of a Midlands 3PL.')).toEqual(['3PL'])
    // Dutch laws with one capital are letters too, and no names in a list (review 61); the Wmo is known.
    expect(flagged('Wij bieden zorg vanuit de Zvw, de Wmo en de Wlz.')).toEqual(['Zvw', 'Wlz'])
  })

  // Held-out reviews 66–70.
  it.each([
    // A spelled-out form that mixes a hyphen and a space, and "your" inside it (review 68).
    ['en', 'She helps fintechs meet their anti-money laundering obligations. She speaks on AML and sanctions.'],
    ['en', 'We handle counter-terrorist financing checks. Our CTF team is small.'],
    ['en', 'We run know your customer checks for banks. Our KYC tool is fast.'],
    ['en', 'We specialise in self-managed super funds and audit every SMSF ourselves.'],
    // Letters of a membership after a title in a headline or signature, and a mediator's body (review 69).
    ['en', 'Tom Brennan\nSenior Quantity Surveyor | MRICS\ntom@brennan.ie'],
    ['en', 'Jane Doe\nChartered Accountant, FCCA'],
    ['nl', 'Anna Jansen\nAdvocaat | MfN-mediator'],
    ['nl', 'Ik ben advocaat en MfN-mediator in Utrecht.'],
    // A short name after what it names, with the sentence going on after it, is still a meaning (review 68).
    ['nl', 'Wij regelen je arbeidsongeschiktheidsverzekering, de AOV, met een vaste premie.'],
    ['en', 'We do search engine optimisation, or SEO, for shops.'],
  ])('does not flag (%s) %s', (_language, text) => {
    expect(findings(text, 'unexplained-acronym')).toEqual([])
  })

  it('still flags the near misses of held-out reviews 66–70', () => {
    const flagged = (text: string) => findings(text, 'unexplained-acronym').map((message) => message.actual)
    // A hyphenated word spells only as a whole and from a content word: "and re-route" is no ARR, and
    // "strategie en out-of-the-box" no SEO; "know" is only a term's word before "your".
    expect(flagged('We are at 180k ARR and re-route the drivers in real time.')).toEqual(['ARR'])
    expect(flagged('Wij doen SEO met een datagedreven strategie en out-of-the-box denken.')).toEqual(['SEO'])
    expect(flagged('I know your customers love KYC.')).toEqual(['KYC'])
    // Skills after a title, and letters that do not end the part, stay acronyms.
    expect(flagged('Marketeer | SEO | Utrecht')).toEqual(['SEO'])
    expect(flagged('Quantity Surveyor | MRICS projects in Dublin')).toEqual(['MRICS'])
    // Letters after a name and a comma are a place only as a state's or province's code, so a job title's
    // letters are flagged at their first use, not at a later one (review 70).
    const [ux] = findings("I'm Rafael Costa, UX designer in Lisbon. Agencies who need a freelance UX person, call me.", 'unexplained-acronym')
    expect(ux?.offset).toBe(18)
    expect(flagged("We're in Austin, TX and Halifax, NS.")).toEqual([])
    // An item of a comma chain of three or more is no meaning of the letters after it (review 68).
    expect(flagged('Loonstroken, aangifte loonheffingen, de WKR, verzuim, dat soort dingen.')).toEqual(['WKR'])
    expect(flagged('Btw-aangiftes, de WKR, verzuim.')).toEqual(['WKR'])
    expect(flagged('Payslips, pension auto-enrolment, the CIS, that sort of thing.')).toEqual(['CIS'])
  })

  it('still flags letters that follow a single word or stand inside the sentence', () => {
    expect(findings('Our team, AIA, leads the studio.', 'unexplained-acronym')).toHaveLength(1)
    expect(findings('Tom Smith, who trains CIMA and ACCA students.', 'unexplained-acronym').map((message) => message.actual)).toEqual(['CIMA', 'ACCA'])
  })

  it('reports only the first use and honours the allow list', () => {
    expect(findings('We use ERP. ERP is great. ERP rocks.', 'unexplained-acronym')).toHaveLength(1)
    expect(findings('We use ERP.', 'unexplained-acronym', {allow: ['ERP']})).toEqual([])
  })

  it('finds the acronym inside plurals and possessives', () => {
    expect(acronymOf("KPI's")).toBe('KPI')
    expect(acronymOf('KPIs')).toBe('KPI')
    // An "s" after a lower-case letter belongs to the word.
    expect(acronymOf('MLOps')).toBe('MLOps')
    expect(acronymOf('LinkedIn')).toBeUndefined()
    expect(acronymOf('Jan')).toBeUndefined()
  })
})

describe('hard-sentence', () => {
  const long = (language: 'nl' | 'en', count: number) =>
    Array.from({length: count}, (_, index) => (language === 'nl' ? ['ik', 'maak', 'brood', 'voor', 'jou'] : ['I', 'bake', 'bread', 'for', 'you'])[index % 5]).join(' ') + '.'

  it.each(['nl', 'en'] as const)('warns above 15 words and flags above 20 (%s)', (language) => {
    expect(findings(long(language, 14), 'hard-sentence', {language})).toEqual([])
    expect(findings(long(language, 17), 'hard-sentence', {language}).map((message) => message.severity)).toEqual(['info'])
    expect(findings(long(language, 24), 'hard-sentence', {language}).map((message) => message.severity)).toEqual(['warning'])
  })

  it('leaves 16–20 words alone in read profiles and in a specific ask, and still flags above 20 there', () => {
    const sentence = 'Sarah will open the panel with the three questions she hears every week from HR directors.'
    expect(findings(sentence, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['info'])
    expect(findings(sentence, 'hard-sentence', {language: 'en', profile: 'speaker-bio'})).toEqual([])
    expect(findings(sentence, 'hard-sentence', {language: 'en', profile: 'profile-about'})).toEqual([])
    // A speaker bio, read aloud by a host, is long above 20 words; an About text, read on a screen, above 25.
    expect(findings(long('en', 24), 'hard-sentence', {language: 'en', profile: 'speaker-bio'}).map((message) => message.severity)).toEqual(['warning'])
    expect(findings(long('en', 24), 'hard-sentence', {language: 'en', profile: 'profile-about'})).toEqual([])
    expect(findings(long('en', 28), 'hard-sentence', {language: 'en', profile: 'profile-about'}).map((message) => message.severity)).toEqual(['warning'])
    // A specific ask there has five words more for its details: only the hint, as in a pitch up to 25.
    const readAsk =
      "If you're a controller or finance director at a company doing 50 to 500 million in revenue in Leeds and your close takes too long, I'd like to talk."
    expect(findings(readAsk, 'hard-sentence', {language: 'en', profile: 'profile-about'}).map((message) => message.severity)).toEqual(['info'])
    expect(findings(readAsk, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['warning'])
    // Within the limit of a read text, job titles without a buzzword read easily; a buzzword keeps the usual bar.
    const titles = "I'm a Senior Policy Officer at a council in the North West, leading on homelessness prevention and temporary accommodation."
    expect(findings(titles, 'hard-sentence', {language: 'en', profile: 'profile-about'})).toEqual([])
    expect(findings(titles, 'hard-sentence', {language: 'en'}).map((message) => message.reason)).toEqual([expect.stringMatching(/hard to follow/)])
    const buzzwords = 'We offer holistic, innovative, data-driven transformation solutions that empower organisations to unlock sustainable stakeholder value.'
    expect(findings(buzzwords, 'hard-sentence', {language: 'en', profile: 'profile-about'}).map((message) => message.severity)).toEqual(['warning'])
    const ask = "I'm Dana, a bookkeeper. I'm looking for owners of dental practices in Leeds with 5 to 20 staff who are opening a second location."
    expect(findings(ask, 'hard-sentence', {language: 'en'})).toEqual([])
    const vagueAsk = "I'm Dana, a bookkeeper. I am looking for new people and I would really love to meet all of them very soon here."
    expect(findings(vagueAsk, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['info'])
  })

  it('does not count letters after a name or honorifics, counts a quoted title once, and pauses at a colon before a short list', () => {
    const credentials = 'Prof. Hannah Kim MD PhD FRCS is a paediatric surgeon at a children’s hospital and professor of surgical innovation in London.'
    expect(findings(credentials, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['info'])
    const title = 'Her memoir “The Long Way Round: What Forty Years at Sea Taught Me About Staying Put” won a big book award.'
    expect(findings(title, 'hard-sentence', {language: 'en'})).toEqual([])
    const colon = 'I teach chair yoga in offices around Bristol: thirty minutes, no mats, no changing, just come as you are.'
    expect(findings(colon, 'hard-sentence', {language: 'en'})).toEqual([])
    // A clause that goes on after the list keeps the whole length.
    const clause = 'We help dental practices in Leeds get through their inspections: policies, audits, staff training, the lot, so the principal dentist can get back to treating patients.'
    expect(findings(clause, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['warning'])
    // A short label before a colon, a semicolon, a greeting and a title in single quotes (held-out reviews 30–32).
    expect(findings('Mijn vraag voor deze week: ken jij mensen boven de zeventig in Amersfoort die kleiner willen wonen?', 'hard-sentence', {language: 'nl'})).toEqual([])
    expect(findings('Na mijn opleiding werkte ik acht jaar in de jeugdbibliotheek; sinds 2019 coördineer ik het informatiepunt in Tilburg.', 'hard-sentence', {language: 'nl'})).toEqual([])
    expect(findings("Hi everyone, I'm Hannah Okafor, a GP partner at a health centre in east Bristol.", 'hard-sentence', {language: 'en'})).toEqual([])
    // A filler before the first comma is no word of the sentence (held-out review 66); a "So" that goes on is.
    expect(findings('Eh ja, ik ben Ingrid, ik ben verpleegkundige geweest en nu heb ik een zorgbureau in Apeldoorn.', 'hard-sentence', {language: 'nl'})).toEqual([])
    expect(findings("Right so, I'm Dave, I've been a plumber for years and now I run my own firm.", 'hard-sentence', {language: 'en'})).toEqual([])
    expect(findings("So I'm Dave, I've been a plumber for years and now I run my own firm here.", 'hard-sentence', {language: 'en'})).toHaveLength(1)
    // More openers (held-out review 63): the greeting is not said as part of the sentence's content.
    expect(findings("G'day everyone, I'm Bec Tran, I run a small data consultancy in Brisbane called Tidewater Analytics.", 'hard-sentence', {language: 'en'})).toEqual([])
    expect(findings("Kia ora everyone, I'm Bec Tran, I run a small data consultancy in Wellington called Tidewater Analytics.", 'hard-sentence', {language: 'en'})).toEqual([])
    expect(findings('Goeiemiddag iedereen, ik ben Bart en ik run een klein databureau in Gent dat Tidewater Analytics heet.', 'hard-sentence', {language: 'nl'})).toEqual([])
    expect(findings('Ik ben Bart en ik run samen met mijn zus een klein databureau in Gent dat Tidewater Analytics heet.', 'hard-sentence', {language: 'nl'})).toHaveLength(1)
    expect(findings("Ze is auteur van het handboek 'Zorgtechnologie in de wijk' en zit in de redactie van een blad.", 'hard-sentence', {language: 'nl'})).toEqual([])
    // An ask spread over two sentences of a paragraph is specific as a whole (held-out review 62).
    const placement = "I'm looking for a placement in aged care around Ipswich."
    const follow = 'If you know anybody at all who might help me out with that, please send them my way.'
    expect(findings(`${placement} ${follow}`, 'hard-sentence', {language: 'en'})).toEqual([])
    expect(findings(`${placement}\n\n${follow}`, 'hard-sentence', {language: 'en'})).toHaveLength(1)
    // A lead-in before a specific ask keeps the ask's allowance.
    expect(findings("I'm Jo, a bookkeeper. So I'm looking for electricians and plumbers in Greater Manchester who are tired of chasing work.", 'hard-sentence', {language: 'en'})).toEqual([])
    // A specific ask of 21–25 words gets the hint, aiming at 20; above 25 a warning (held-out reviews 38, 41–43).
    const ask = findings('A great introduction for me would be the office manager of a law firm in Rotterdam or The Hague that handles cross-border cases.', 'hard-sentence', {language: 'en'})
    expect(ask.map((message) => [message.severity, message.reason.includes('at most 20')])).toEqual([['info', true]])
    const longAsk = 'Ik zoek HR-managers van technische bedrijven in Zuid-Holland met 50 tot 500 medewerkers die moeite hebben om monteurs en lassers te vinden en snel willen groeien.'
    expect(findings(longAsk, 'hard-sentence', {language: 'nl'}).map((message) => message.severity)).toEqual(['warning'])
  })

  it('counts as said: greetings before an emoji or dash, newcomer lead-ins, fillers and a spaced dash as a pause (held-out reviews 36, 38)', () => {
    const said = (text: string, language: 'nl' | 'en') => findings(text, 'hard-sentence', {language})
    expect(said("Good morning all, I'm Hannah Okoro, a physiotherapist, and I run Stride Physio in Harrogate.", 'en')).toEqual([])
    expect(said("Hi all 👋 quick one from me, we've got two slots free for domestic cleans in Didsbury.", 'en')).toEqual([])
    expect(said("For anyone new, I'm Hannah Okoro, a physiotherapist, and I run Stride Physio in Harrogate town.", 'en')).toEqual([])
    expect(said('Voor wie me nog niet kent, ik ben Hannah, fysiotherapeut, en ik heb een praktijk in Zwolle.', 'nl')).toEqual([])
    expect(said('Iemand is ziek, iemand wil ruilen, en nou ja, weet je, dan begint het weer van voren af aan.', 'nl')).toEqual([])
    expect(said('We provide IT support exclusively for dental practices – from X-ray software to backups and GDPR compliance.', 'en')).toEqual([])
    // An honorific at a sentence's start keeps its full stop on the word (held-out review 48).
    expect(said('Dr. Marcus Allen teaches fifth grade at a school in Ann Arbor and coaches chess.', 'en')).toEqual([])
    // Near misses: the same words without the pause, a range with a dash, and a pair of dashes around an insertion.
    expect(said("I'm Hannah Okoro, a physiotherapist, and I run Stride Physio in Harrogate town near the station.", 'en')).toHaveLength(1)
    expect(said('Ik zoek vooral leerlingen uit havo 4–5 en vwo 5–6 die zich willen voorbereiden op hun eindexamen.', 'nl')).toHaveLength(1)
    expect(said('Most of our clients are tradespeople – electricians, joiners, roofers – who used to do their paperwork at the kitchen table on a Sunday night.', 'en')).toHaveLength(1)
  })

  it('counts Dutch clitics with their word and measures a quote after a verb of saying on its own (held-out review 56)', () => {
    const said = (text: string) => findings(text, 'hard-sentence', {language: 'nl'})
    expect(said("Vorige zaterdag stond er om elf uur 's avonds een jongen van vijftien aan de deur.")).toEqual([])
    expect(said('Twee jaar geleden stond ik achter de kassa bij de supermarkt en dacht ik: waarom liggen hier elke avond bakken vol brood?')).toEqual([])
    // A noun before the colon is no verb of saying: the sentence keeps its whole length.
    expect(said('We zitten echt vol met warmtepompen deze winter, dus vandaag een andere vraag: wie kent er iemand met een oude cv-ketel in Zwolle?')).toHaveLength(1)
  })

  it('counts a number with a comma inside as one word, as it is said (held-out reviews 55, 58)', () => {
    const words = (text: string, language: 'nl' | 'en') => check(text, {language}).result.stats.words
    expect(words('De omzet groeide naar 2,3 miljoen euro.', 'nl')).toBe(words('De omzet groeide naar 2 miljoen euro.', 'nl'))
    expect(words('We grew to 1,200 clients.', 'en')).toBe(words('We grew to 1200 clients.', 'en'))
    // A comma between numbers with a space is a list: "in 2019, 2020 en 2021".
    expect(words('Wij wonnen in 2019, 2020 en 2021.', 'nl')).toBe(7)
  })

  it('reads a list of three after a spaced dash like one after a colon, but not a clause or the second dash of a pair (held-out review 53)', () => {
    const said = (text: string) => findings(text, 'hard-sentence', {language: 'en'})
    expect(said("I'd rather you enjoy your day and let me catch the bits you'd otherwise miss — your nan's face, the dog stealing the bouquet, the first dance.")).toEqual([])
    // One comma after a dash joins clauses: "— it is, if you've got …".
    expect(said("Since the grant changes a lot of people think it's not worth it anymore — it is, if you've got off-street parking and you're on an overnight tariff.")).toHaveLength(1)
    expect(said("For the last eleven years I've advised employers – never employees – on disciplinaries, grievances, redundancies, TUPE transfers and tribunal claims.")).toHaveLength(1)
  })

  it('reads a list of three with one comma as a list, unless the sentence holds buzzwords (held-out reviews 37, 41, 43)', () => {
    expect(findings('Wij installeren warmtepompen, zonnepanelen en vloerverwarming voor particulieren in Overijssel en Gelderland.', 'hard-sentence', {language: 'nl'})).toEqual([])
    expect(findings('Interested in collaborating with practices, ICBs and charities working on digital exclusion.', 'hard-sentence', {language: 'en'})).toEqual([])
    expect(findings("I'm passionate about creating value, empowering leaders and driving sustainable growth across complex organisations.", 'hard-sentence', {language: 'en'})).toHaveLength(1)
  })

  it('still calls a sentence hard when a comma only joins clauses, not items of a list', () => {
    const text = 'I am helping organisations with their processes and with the digital transformation, because many companies are still working very traditional.'
    expect(findings(text, 'hard-sentence', {language: 'en'}).map((message) => message.severity)).toEqual(['warning'])
  })

  it('flags a short but very hard Dutch sentence by Flesch-Douma', () => {
    const text =
      'Organisatieontwikkelingstrajecten vereisen altijd procesoptimalisatie, implementatiebegeleiding en intensieve verandermanagementexpertise van ervaren externe specialisten.'
    expect(findings(text, 'hard-sentence', {language: 'nl'})).toHaveLength(1)
  })

  it.each([
    ['nl', 'Wij installeren warmtepompen, zonnepanelen en vloerverwarming, vooral in bestaande woningen.'],
    ['nl', 'Ik ben Erik Molenaar, onafhankelijk financieel adviseur in Amersfoort.'],
    ['en', 'Account executive at Ledgerline, building accounts-payable automation for manufacturers.'],
    // 12–15 words with a list of long job titles or topics: low scores, easy to follow.
    ['nl', 'In ons team werken maatschappelijk werkers, wijkverpleegkundigen, een schuldhulpverlener en een jongerenwerker.'],
    ['en', "Mrs. Adebayo-Cole is a sought-after speaker on girls' education, donor relations and women's leadership."],
    ['en', 'We build phishing simulation and security awareness training for UK accountancy firms.'],
    // A list after a colon counts by length only; a phone number is one word.
    ['nl', 'Ik doe de boekhouding: jaarrekeningen, btw-aangiften, loonadministratie, vennootschapsbelasting en personenbelasting voor zelfstandigen.'],
    ['nl', 'Buiten kantooruren en in het weekend bereikt u de advocaat van wacht via 0495 30 12 77.'],
    // A list of concrete things anywhere in a sentence that is not long (held-out review 21).
    ['en', 'Our services include contract warehousing, e-commerce fulfilment, pallet distribution, temperature-controlled storage and cross-docking.'],
    ['nl', 'Ik behandel volwassenen met angst- en paniekklachten, depressieve klachten, burn-out en traumagerelateerde klachten.'],
    // A client's review in quotation marks, however long, is not the writer's to split.
    ['en', '⭐ "Joy turned our boring rental in Denver into something we love coming home to, and all our friends ask who did it" – Kayla M.'],
  ] as const)('does not score a short sentence of long words (%s): %s', (language, text) => {
    expect(findings(text, 'hard-sentence', {language})).toEqual([])
  })

  it('flags a short but very hard English sentence by retext-readability', () => {
    const text =
      'Organizational transformation necessitates comprehensive multidisciplinary implementation methodologies and continuous institutional evaluation across departments.'
    expect(findings(text, 'hard-sentence', {language: 'en'})).toHaveLength(1)
  })

  it('reports the document reading ease in stats', () => {
    const {result} = check('Ik bak brood. Jij eet het op. Zo werkt dat al jaren in Gouda.')
    expect(result.stats.readability).toBeGreaterThan(60)
  })
})

describe('hedge', () => {
  it.each([
    ['nl', 'Ik ben eigenlijk fotograaf in Gent.', 'Ik ben fotograaf in Gent.'],
    ['en', 'I basically fix roofs in Leeds.', 'I fix roofs in Leeds.'],
  ])('deletes a safe hedge cleanly (%s)', (_language, text, fixed) => {
    const [message] = findings(text, 'hedge')
    expect(message).toBeDefined()
    expect(message!.expected).toEqual([''])
    expect(apply(text, message!)).toBe(fixed)
  })

  it('still flags softeners about the speaker and their team', () => {
    expect(findings('Ik ben best wel goed in mijn vak.', 'hedge').map((message) => message.actual.trim())).toEqual(['best wel'])
    expect(findings('We are kind of new here.', 'hedge').map((message) => message.actual)).toEqual(['are kind of'])
    expect(findings('Our team is a bit small, but quick.', 'hedge').map((message) => message.actual.trim())).toEqual(['a bit'])
    expect(findings("So this week we're kind of running an offer.", 'hedge').map((message) => message.actual)).toEqual(["we're kind of"])
  })

  it('takes a comma along and keeps lower case inside a sentence', () => {
    const [comma] = findings('I fix roofs, basically.', 'hedge')
    expect(apply('I fix roofs, basically.', comma!)).toBe('I fix roofs.')
    const [think] = findings('So I think we can help.', 'hedge')
    expect(think!.expected).toEqual(['we'])
  })

  it('gives no automatic fix for a hedge after only an opening bracket or quotation mark', () => {
    const [message] = findings('(Basically we paint houses.) We are painters in Leeds.', 'hedge')
    expect(message!.actual).toBe('Basically')
    expect(message!.expected).toEqual([])
  })

  it('gives no automatic fix for a hedge that opens a sentence or a Dutch clause', () => {
    expect(findings('Eigenlijk ben ik fotograaf.', 'hedge')[0]!.expected).toEqual([])
    const seed = findings('Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.', 'hedge')
    expect(seed.map((message) => [message.actual, message.expected])).toEqual([['eigenlijk', []]])
  })

  it.each([
    ['Actually, we fix roofs in Leeds.', 'Actually'],
    ['I actually love tax returns.', 'actually'],
    ['Wij zijn een beetje anders dan de rest.', 'een beetje'],
    ['We can probably fix your roof this week.', 'probably'],
    ['Ken je misschien iemand die gaat verhuizen?', 'misschien'],
    ["I'm a bit of a perfectionist about roofs.", 'a bit of a'],
    ['I help bakeries grow with a strategy that actually works.', 'actually'],
    ["I'm just a bookkeeper in Leeds.", "I'm just"],
    ['I feel like we could help your team.', 'I feel like'],
    ['We do a lot of houseboats, which is quite a Dutch thing I think.', 'I think'],
    ['Honestly I think the best referral for me is a builder.', 'I think the'],
    ['Ik ben een beetje verlegen, maar ik fotografeer graag.', 'een beetje'],
    ["I'd just love to connect with bakers in Leeds.", 'just love to'],
    ['Als je een nieuwe badkamer wil, kunnen we je daar wel mee helpen denk ik.', 'denk ik'],
    ['Ken je iemand die wel wat hulp kan gebruiken, denk dan misschien aan mij.', 'misschien'],
    // About the speaker across a comma: "I draw maps and signs, maybe a mural".
    ['I draw maps and shop signs, maybe a menu board.', 'maybe'],
    ['Ik zoek nieuwe klanten en misschien kan ik iets voor ze betekenen.', 'misschien'],
    // "kind of" right after the speaker; "eigenlijk" in a clause about no one in particular.
    ["I'm a coach and I kind of guide you through it.", 'kind of'],
    ["I'm a bit of an introvert, but I love meeting bakers.", 'a bit of an'],
    ['Iedereen heeft een dak, dus eigenlijk is iedereen welkom.', 'eigenlijk'],
    // Near misses of the exemptions below: a trade after "ben", a verb after "eventueel", "just" before
    // no verdict, the speaker's own way of working, a hedge with more than itself in brackets, a
    // recognition question and then the speaker, an infinitive as subject, "we are actually".
    ['Ik ben een beetje schilder.', 'een beetje'],
    ['Ik doe mijn werk een beetje anders.', 'een beetje'],
    ['Ons werk is een beetje anders dan dat van andere bureaus.', 'een beetje'],
    ['Eventueel kan ik je helpen met je website.', 'Eventueel'],
    ["I'm a roofer, possibly the best in Leeds.", 'possibly'],
    ["It's just a small shop.", "It's just"],
    ['We deliver on Friday (hopefully by noon).', 'hopefully'],
    ["We'll be done by Friday (hopefully).", 'hopefully'],
    ['Sound familiar? I can probably help.', 'probably'],
    ['Herken je dat? Dan kan ik je misschien helpen.', 'misschien'],
    ['Ken je dat? Dan heb je misschien een goede boekhouder nodig.', 'misschien'],
    ['Maybe you know someone who needs a roofer.', 'Maybe'],
    ['Klanten helpen is eigenlijk mijn vak.', 'eigenlijk'],
    ['We are actually a small team in Leeds.', 'We are actually'],
    // Held-out reviews 51–54: near misses of the new exemptions, and "probeer" with words before "te".
    ['Maybe I can help you.', 'Maybe'],
    ['Maybe you should call me.', 'Maybe'],
    ['Misschien heb je een boekhouder nodig.', 'Misschien'],
    ["We're pretty much the best in town.", 'pretty much'],
    ["I can help with pretty much anything you need insured.", 'pretty much'],
    ['Ik zoek een introductie bij een bakker in Utrecht die wil uitbreiden. Ik hoop dat ik jullie administratie kan overnemen.', 'Ik hoop dat'],
    ["I'm looking for an introduction to a dentist in Leeds who is opening a second practice. Hopefully we can fix it.", 'Hopefully'],
    ['Ik hoop dat jullie me kunnen helpen.', 'Ik hoop dat'],
    ['Bel me gewoon.', 'Bel me gewoon'],
    ['Just pop me a message.', 'Just pop'],
    ['Ik probeer je te helpen.', 'probeer'],
    ['Ik probeer altijd dicht bij de ondernemer te blijven.', 'probeer'],
    ['Daarom probeer ik een beetje meer bekendheid te krijgen.', 'probeer ik'],
    ['Ik probeer te helpen.', 'probeer te'],
    // Held-out reviews 57–59: near misses of the new exemptions, and misses found.
    ['Misschien ken je een bakker die hulp zoekt.', 'Misschien'],
    ['Ben ik een beetje duidelijk?', 'een beetje'],
    ['I like to think I\'m a good listener.', 'I like to think'],
    ['I like to think of myself as a problem solver.', 'I like to think of myself'],
    ['We do pretty much everything electrical.', 'pretty much'],
    ["I'm not really sure how to do this.", "I'm not really sure"],
    ['Dat is best wel een heel gedoe.', 'best wel'],
    ['Ik ben basically een developer.', 'basically'],
    ['Ik zoek een nieuwe klus, to be honest.', 'to be honest'],
    ['Ik help bakkers met hun boekhouding, you know.', ', you know.'],
    ['We fix roofs in Leeds, honestly.', ', honestly.'],
    ['We proberen nu een pre-seed van 150.000 euro op te halen.', 'proberen'],
    // Held-out reviews 61, 63, 65: near misses of the new exemptions (the speaker or listener as the subject
    // of the relative clause, a clause of the speaker's after it, a thing's relative clause outside an ask, a
    // naming verb, the speaker as subject).
    ['Ik zoek bedrijven die je misschien kent.', 'misschien'],
    ["I'm looking for bakers that I can basically help.", 'basically'],
    ["I'm looking for firms in Leeds, so basically anyone with a roof.", 'basically'],
    ["We're a small team that is kind of new to this.", 'is kind of'],
    ['Friends call me a bit of a perfectionist.', 'a bit of a'],
    ['I often ring parents a bit late.', 'a bit'],
    // Held-out reviews 60, 62, 65: seeking "after" and a hope that is no ask still hedge; misses found.
    ["I'm just after a bit of advice on pensions.", "I'm just"],
    ['Ik hoop te groeien naar tien medewerkers.', 'hoop te'],
    ["I think I'd be a great addition to any team.", "I think I'd"],
    ['Ik ben best handig met Excel.', 'best handig'],
    ['Eerlijk gezegd was dat ook een opluchting.', 'Eerlijk gezegd'],
    // Held-out review 66: a vague end of a list, before a mark, the end or a preposition.
    ['Ik doe ontslag, reorganisaties en dat soort zaken.', 'en dat soort zaken'],
    ['I do dismissals, restructures and that sort of thing.', 'and that sort of thing'],
    ['Ik doe ontslag en dat soort dingen voor het mkb', 'en dat soort dingen'],
    ['I do dismissals and that sort of thing for small firms.', 'and that sort of thing'],
    // Held-out review 67: near misses of an estimate (no amount after the doubt word, a hope, "one of").
    ['We zijn misschien de beste van de stad.', 'misschien'],
    ["We're probably twice as fast.", 'probably'],
    ['Hopefully 20 new clients this year.', 'Hopefully'],
    ['Perhaps one of you knows a wedding planner.', 'Perhaps'],
    ["I'm looking at interim roles, maybe six to twelve months.", 'maybe'],
    ['Daarnaast zoeken we misschien een derde co-founder.', 'misschien'],
    // Held-out review 67: a hope for the speaker, or that the listener knows the speaker, stays a hedge.
    ['Ik hoop dat je me kent.', 'Ik hoop dat'],
    ['Hopelijk denk ik aan alles.', 'Hopelijk'],
  ])('flags a hedge where it hedges: %s', (text, actual) => {
    expect(findings(text, 'hedge').map((message) => message.actual.trim().replace(/,$/, ''))).toEqual([actual])
  })

  it.each([
    'Ik ben fotograaf in Gent.',
    'I fix roofs in Leeds.',
    'We just opened a second shop.',
    // "actually" contrasting, and "een beetje" as a quantity.
    'We build benefits that people actually use.',
    'Our quotes show what a new roof actually costs.',
    'Een beetje zout, goede boter en verse vis: meer hoeft niet.',
    'Met een beetje geluk staat uw keuken er binnen een week.',
    'Wat kost een taxatie eigenlijk?',
    // Doubt about others is information, not a weak claim.
    'Probably nobody in this room knows what a surveyor does.',
    'Ze willen misschien verhuizen naar een kleiner huis.',
    // "a bit of" a thing is a quantity; "just" before a number or "the" means "only".
    'It was four slipped tiles and a bit of lead flashing, and I fixed it.',
    "I love the quiet moment before the ceremony when it's just the two of you.",
    "I'm just 10 minutes from the station.",
    // "I hope to meet …" is a polite ask, not a weak promise (held-out review 49).
    'I hope to meet owners of Dutch cheese brands in Leeds.',
    // "'s just" + a participle is "has just" (held-out review 44).
    "I'd love to meet a dental group that's just taken over a second surgery.",
    // "feel like" before a noun means "seem like"; a question word makes "actually" and "I think" contrast.
    'Book a free call so you can see whether I feel like the right fit.',
    'What I actually do: I fix roofs in Leeds.',
    "I'm the guy who actually shows up when he says he will.",
    "That's what I think.",
    // A softener about other people, and an idiom.
    'Veel volwassenen stellen de tandarts uit omdat ze een beetje bang zijn.',
    'Ik fotografeer ook het dansfeest dat een beetje uit de hand loopt.',
    // Quoted words are someone else's; embedded questions; others' wishes; "just" as "recently".
    '"I actually look forward to my check-ups now," says Sarah, one of our patients.',
    'Ik leg uit hoe een schenking eigenlijk werkt.',
    'Ik heb die klant veel bespaard, gewoon door goed op te letten.',
    'Most customers just want to ride to work.',
    "I'm just back from a course on heat pumps.",
    // The hedge's own clause is about someone else, though the sentence also says "you" or "we".
    "If you know a retired neighbour who's going a bit stir-crazy, please get in touch.",
    'Students can do exams if they want to, but plenty just want to jam with their mates.',
    'Wat misschien minder bekend is: we doen ook medicatienazicht.',
    'Ik help iedereen die een beetje vastloopt in zijn werk.',
    // Doubt about what the listener knows.
    'Wat je misschien niet weet: we bezorgen ook medicijnen aan huis.',
    // A conviction, not doubt.
    'I believe that change is fundamentally about people.',
    // An approximate count.
    'We doen een stuk of dertig verbouwingen per jaar.',
    'Wellicht herkent u dit: de administratie blijft liggen.',
    'Dat denk ik ook.',
    // "eigenlijk" about others means "in fact"; "kind of" after anything but the speaker.
    'De meeste directeuren weten eigenlijk niet of zij eronder vallen.',
    'Vaak is er een bewoner als penningmeester die er eigenlijk geen tijd voor heeft.',
    'We offer the kind of support that lasts.',
    'Veel mensen lopen eigenlijk op hun tenen, zegt onze coach.',
    // Held-out review 27: softeners about clients, also after "my"/"mijn", and a plural noun as subject.
    'Veel van mijn klanten zijn vrouwen die best wel zenuwachtig zijn.',
    'Veel klanten zijn tamelijk zenuwachtig.',
    'Most new mums are just exhausted.',
    'Many of them are sort of lost after the funeral.',
    "My clients probably don't know they can claim it.",
    'Mijn cliënten zijn vaak een beetje de weg kwijt.',
    'Ouders zijn eigenlijk vooral moe.',
    // Held-out reviews 30, 33, 34: headings, free-time asides and language levels.
    '## A bit about me',
    '## Een beetje over mij',
    "When I'm not shooting, you'll probably find me on my bike.",
    'Als ik niet aan het fotograferen ben, sta ik waarschijnlijk in de keuken.',
    'Ik spreek Portugees, Engels en een beetje Nederlands.',
    'Ik spreek Nederlands, Engels en een beetje Berbers.',
    'My Dutch is a bit basic, but my English is fluent.',
    // Held-out reviews: "een beetje" before a kind of work means "some" ("a bit of plastering").
    'Ik doe vooral gamedev en een beetje backend.',
    'Naast behangen doe ik ook een beetje stucwerk.',
    // "eventueel" and "possibly" meaning "optionally", opening an add-on.
    'We zoeken een opvolger, eventueel eerst in loondienst of via een maatschap.',
    'I can work on site, possibly also at weekends.',
    // "just" stressing a verdict on a thing.
    "That's just not true.",
    "It's just not the case.",
    'That is just a myth.',
    // A degree word describing the speaker's work, not the speaker.
    'Mijn werk is kleurrijk, een beetje rommelig en vol kleine details.',
    'My style is a bit retro.',
    // A wink in brackets.
    'Scheiden doe je maar één keer (hopelijk).',
    'You only get divorced once (hopefully).',
    // A scene the listener should recognise, with "you" as its subject.
    'Do you know that feeling when you open a shoebox full of receipts and just want to cry?',
    'Do you ever just want to throw your laptop out of the window?',
    'Ken je dat gevoel dat je een beetje vastloopt in je werk?',
    'Ken je dat? Je opent die schoenendoos en je wilt eigenlijk gewoon huilen.',
    "Maybe you've been there: a shoebox full of receipts and a deadline tomorrow.",
    // A plural subject shared by the clauses, or with a phrase of its own, is someone else.
    'Vrijwilligers lezen voor, zetten koffie of zitten gewoon even bij een gast.',
    'Vrijwilligers van het hospice zitten gewoon even bij een gast.',
    // "actually" after "is" or "are" with a thing or "there" as subject states a fact.
    'Gutters are actually the main cause of damp.',
    'Yes, there are actually two of us.',
    // Held-out reviews 52–54: a guess at the listener's situation, "pretty much" before "any" or "every",
    // a hope for the listeners after an ask, "gewoon" and "just" before a visit.
    "Maybe you're feeling stuck. Maybe you've achieved everything and still feel empty.",
    'Perhaps you\'re tired of doing your own books at midnight.',
    'Misschien loop je vast in je werk.',
    'I integrate Stripe, Twilio and pretty much any third-party API.',
    'We support pretty much every CMS.',
    "Deze week zoek ik een introductie bij een drukke zzp'er in Den Bosch die achterloopt met de administratie. Ik hoop dat jullie aan iemand denken!",
    'Ik zoek een introductie bij een bakker in Utrecht die wil uitbreiden. Ik hoop dat jullie me kunnen helpen.',
    'Ik zoek een introductie bij een bakker in Utrecht die wil uitbreiden. Hopelijk kennen jullie iemand!',
    "I'm looking for an introduction to a dentist in Leeds who is opening a second practice. Hopefully someone comes to mind!",
    'Interesse? Kom gewoon eens langs in de Hanswijkstraat 52.',
    'Just pop in on a Saturday.',
    'Ik probeer het, en je hoeft niet te betalen.',
    // Held-out review 57: doubt whether the listener knows or has seen a client, Dunglish "think along"
    // and "think ahead", a degree word in a question about the listener, "pretty much" before a state.
    "Vorig jaar maakten we de etiketten voor Brouwerij 't Gaverhopke, misschien kennen jullie die wel.",
    'Misschien ken je ze wel.',
    'We werkten voor Bakkerij Koster, wellicht kent u die.',
    'Onze klant Bakkerij Koster ken je misschien van de markt.',
    'Je hebt onze bussen misschien al zien rijden.',
    'We did the labels for Hop Farm, maybe you know them.',
    "We stock our granola in 40 shops; you've probably seen them in Whole Foods.",
    'I like to think along with the customer.',
    "We like to think ahead so projects don't stall.",
    'Ken jij zo iemand, of zit je zelf een beetje te twijfelen aan je huidige job?',
    'Ben je een beetje uitgekeken op je job?',
    'Are you a bit fed up with your current job?',
    "We're pretty much flat out with residential work.",
    "We're pretty much booked out until March.",
    "We're pretty much the only sparkies in Logan.",
    // Held-out reviews 61, 63, 65: a softener in a relative clause that describes the target of an ask, also
    // with a possessive in it; the speaker as the object of a plural subject.
    "I'm looking for an intro to a Colorado software company who just bought HubSpot and is kind of regretting it.",
    "I'd love to meet finance directors in Leeds whose ERP is basically held together with spreadsheets.",
    "I'm looking for businesses who could offer guaranteed interviews to our young people and maybe sponsor a team.",
    'We zoeken bedrijven die onze jongeren een gegarandeerd gesprek kunnen bieden en misschien een team willen sponsoren.',
    'A lot of parents come to me in a bit of a panic.',
    'Public waiting lists can be long, so a lot of parents come to me in a bit of a panic.',
    'Parents often ring me a bit panicked.',
    'Patients come to us a bit scared.',
    'Ouders bellen mij vaak een beetje wanhopig.',
    'Veel ouders bellen me een beetje in paniek.',
    // Held-out reviews 60, 62, 65: a hope to meet, recruit or make connections is an ask; "just" meaning
    // "recently"; "eerlijk gezegd" inside a clause stresses a fact.
    "I'm hoping to make some new connections today.",
    'I hope to recruit school nurses in Leicester.',
    'Ik hoop te spreken met huisartsen in Utrecht.',
    "I'm just out of my apprenticeship.",
    "I'm just qualified as an electrician.",
    "I'm just after qualifying.",
    'Wat vandaag eerlijk gezegd een zeldzaamheid is, doen wij nog.',
    // Held-out review 66: "that sort of thing" with a verb after it is the subject, not a vague end of a list.
    'Ik help werkgevers bij ontslag, en dat soort zaken komen steeds vaker voor.',
    'Ik help bij burenruzies en dat soort dingen zie ik steeds vaker.',
    'I help landlords with deposits, and that sort of thing comes up more and more.',
    // Held-out review 67: a doubt word before an amount is an estimate ("about").
    "Monday to Wednesday we're maybe half full at best.",
    'We get maybe 20 covers on a Tuesday.',
    'We charge probably £55 a head.',
    'Op dinsdag hebben we misschien 20 gasten.',
    'Op maandag doen we waarschijnlijk twintig couverts.',
    'Misschien wel de helft van onze klanten komt via via.',
    'Waarschijnlijk een derde van onze klanten komt uit Gent.',
    'Probably 20 of our clients are bakers.',
    // Held-out review 67: a hope that the listener thinks of, introduces or knows someone is a polite ask.
    'Ik hoop dat jullie aan mij denken als je iets te vieren hebt.',
    'Hopelijk denken jullie aan mij als je een feest geeft.',
    'Ik hoop dat u mij wilt voorstellen aan een bakker in Gouda.',
    'Ik hoop dat iemand hier een weddingplanner in Overijssel kent.',
    "I hope you'll think of me when you have something to celebrate.",
    "Hopefully you'll think of me when you have something to celebrate.",
  ])(
    'does not flag: %s',
    (text) => {
      expect(findings(text, 'hedge')).toEqual([])
    },
  )
})

describe('too-long', () => {
  const words = (count: number) => Array.from({length: count}, () => 'brood').join(' ')

  it('uses the profile budget and reports speaking time', () => {
    const text = `Ik bak ${words(100)}.`
    const {result} = check(text, {language: 'nl'})
    expect(result.stats.spokenSeconds).toBeGreaterThan(40)
    expect(result.messages.filter((message) => message.ruleId === 'too-long')).toHaveLength(1)
    expect(findings(text, 'too-long', {language: 'nl', profile: 'elevator-pitch'})).toEqual([])
  })

  it('uses the English speaking rate for English text', () => {
    const text = `I bake ${Array.from({length: 100}, () => 'bread').join(' ')}.`
    const [message] = findings(text, 'too-long', {language: 'en'})
    expect(message!.reason).toMatch(/about 44 seconds to say; a networking pitch has 40/)
    const elevator = findings(`I bake ${Array.from({length: 150}, () => 'bread').join(' ')}.`, 'too-long', {language: 'en', profile: 'elevator-pitch'})
    expect(elevator[0]!.reason).toMatch(/; an elevator pitch has 60\./)
    expect(findings('I bake bread for cafés in Leeds.', 'too-long')).toEqual([])
  })

  it('uses a word budget for speaker bios', () => {
    expect(findings(`Sanne bakt ${words(130)}.`, 'too-long', {language: 'nl', profile: 'speaker-bio'})).toHaveLength(1)
    expect(findings(`Sanne bakt ${words(100)}.`, 'too-long', {language: 'nl', profile: 'speaker-bio'})).toEqual([])
  })

  it('does not count an e-mail\'s closing and signature as said (held-out review 54)', () => {
    const body = `Ik ben Jan, installateur in Veldhoven. Ik zoek een introductie bij een VvE-beheerder in Eindhoven. ${words(60)}.`
    const signature = '\n\nMet vriendelijke groet,\nJan de Vries\nVries Installatietechniek B.V.\nKerkstraat 41, 5504 AB Veldhoven\nT 040 - 253 11 09\nKvK 17283645'
    expect(findings(body, 'too-long', {language: 'nl'})).toEqual([])
    expect(findings(body + signature, 'too-long', {language: 'nl'})).toEqual([])
    const {result} = check(body + signature, {language: 'nl'})
    expect(result.stats.spokenSeconds).toBe(check(body, {language: 'nl'}).result.stats.spokenSeconds)
    expect(result.stats.words).toBeGreaterThan(check(body, {language: 'nl'}).result.stats.words)
    // Said: a closing followed by more words, or by "!" ("Thank you!").
    const seconds = (text: string) => check(text, {language: 'en'}).result.stats.spokenSeconds
    expect(seconds('I am Jan, a plumber. Thank you!')).toBeGreaterThan(seconds('I am Jan, a plumber.'))
    expect(seconds('I am Jan, a plumber. Thanks, and see you all next week!')).toBeGreaterThan(seconds('I am Jan, a plumber.'))
    expect(seconds('I am Jan, a plumber.\n\nThanks, Kev')).toBe(seconds('I am Jan, a plumber.'))
    // "Bedankt voor het luisteren" is said: only a closing before a comma or a line break starts a signature.
    const thanks = ` Bedankt voor het luisteren naar mijn verhaal over ${words(12)}.`
    expect(check(body + thanks, {language: 'nl'}).result.stats.spokenSeconds).toBeGreaterThan(check(body, {language: 'nl'}).result.stats.spokenSeconds)
  })

  it('lets a read text go 5 % past its word budget, and names the budget when it goes further (held-out review 51)', () => {
    // "Sanne bakt" plus n words: 126 words is within 5 % of 120, 127 is not.
    expect(findings(`Sanne bakt ${words(124)}.`, 'too-long', {language: 'nl', profile: 'speaker-bio'})).toEqual([])
    const [over] = findings(`Sanne bakt ${words(125)}.`, 'too-long', {language: 'nl', profile: 'speaker-bio'})
    expect(over!.reason).toMatch(/127/)
    expect(over!.reason).toMatch(/120/)
  })
})

describe('missing-proof', () => {
  it.each([
    ['nl', 'Ik ben fotograaf in Gent. Ik maak mooie foto\'s voor bedrijven.'],
    ['en', 'I am a photographer in Leeds. I take great photos for companies.'],
    // A bookbinder's "thesis copies" and playing football at school prove nothing.
    ['en', 'I bind books by hand: family bibles, thesis copies, poetry runs.'],
    ['en', 'I am a coach in Leeds. I played football at school.'],
    // A price is no prize; a new studio is no result.
    ['nl', 'Ik ben kok in Gent. Voor een eerlijke prijs eet je bij ons.'],
    ['en', 'I am an illustrator. I just opened a small studio in Bristol.'],
    // A register every business is in; a kind of client is no named client (held-out review).
    ['nl', 'Ik ben boekhouder in Gent, ingeschreven bij de KvK.'],
    ['nl', 'Ik ben consultant. Onze klanten zijn bijvoorbeeld scale-ups in de zorg.'],
    ['nl', 'Ik ben consultant. Onze klanten zijn onder andere scale-ups in de zorg.'],
    ['en', 'I am a consultant. Our clients include challenger brands.'],
    ['en', 'I am a consultant. We work for clients like you.'],
    // A recent day without a story in the past tense, or in the ask (held-out review 52).
    ['en', "I'm Sam, a plumber in Leeds. This morning I'm looking for a new client."],
    ['en', "I'm Sam, a plumber in Leeds. This week I'd love an introduction to a landlord."],
    ['nl', 'Ik ben Sam, loodgieter in Utrecht. Deze week zoek ik een introductie bij een verhuurder.'],
    ['nl', 'Ik ben Ronald, loodgieter in Apeldoorn. Deze week wil ik het hebben over verstopte afvoeren.'],
    ['nl', 'Ik ben Sam, loodgieter in Utrecht. Deze week heb ik nog plek om een klant te helpen verhuizen.'],
    // Work for kinds of clients offered, not done, or sought in the ask (held-out review 58).
    ['en', "I'm Aoife, I run an IT firm. We do migrations for credit unions and insurance brokers in Limerick."],
    ['en', "I'm Aoife, I run an IT firm. I'm looking for a bookkeeper who has worked with a charity in Leeds."],
    ['nl', 'Ik ben Aoife en ik heb een IT-bedrijf. We doen migraties voor banken en makelaars in Limerick.'],
    // Note forms without a name, a label inside a sentence, "ex-" before a common noun, an idiom (held-out
    // reviews 60, 64).
    ['en', 'Illustrator in Bristol. Clients: small firms and charities.'],
    ['en', 'Physio in Leeds. For my international clients: I speak English and German.'],
    ['nl', 'Illustrator in Gent. Bekend van de radio.'],
    ['en', "I'm an ex-teacher and I tutor maths in Leeds."],
    ['nl', 'Trouwfotograaf in Utrecht. Bekend van Ik Vertrek (nee grapje, van jullie bruiloften).'],
    ['en', 'I fix roofs in Dublin. Grand, thanks a million.'],
    // What every trade claims or the law asks, a planned pilot, users without a name, a credential without
    // a name before it, and "erkenning" as appreciation (held-out reviews 58, 60, 65).
    ['en', "I'm a fully qualified and insured electrician in Leeds."],
    ['en', "We're licensed electricians in Brisbane."],
    ['en', 'We make an app for councils. We want to run a pilot with Leeds City Council.'],
    ['en', 'We make an app for councils. Schools already use it.'],
    ['en', 'We are family-approved bakers in Leeds.'],
    ['nl', 'Ik ben loodgieter. Ik zoek erkenning voor mijn vak.'],
  ])('flags a text without any proof (%s)', (_language, text) => {
    const messages = findings(text, 'missing-proof')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.severity).toBe('info')
  })

  it.each([
    'Vorig jaar fotografeerde ik 40 bruiloften.',
    // Held-out reviews 25, 27, 29: earlier employers, published or shown work, recent work, a thesis.
    'Product designer @ Monzo. Previously Deliveroo.',
    'Politiek verslaggever bij de NOS. Eerder RTV Oost.',
    'Recente opdrachten: een datawarehouse voor een pensioenfonds.',
    'Vorig seizoen verzorgde ik de selectie van atletiekvereniging Attila.',
    'My photos have appeared in The Guardian and Vogue.',
    "Mijn foto's stonden in de Volkskrant.",
    'My dissertation was on predicting bus delays.',
    'Tijdens mijn stage bij de gemeente Amersfoort schreef ik beleid.',
    // Held-out reviews 31, 32, 34: a prize won, a job just finished, funding, a doctorate.
    'Vorig jaar won ik een prijs voor mijn zuurdesem.',
    'We just finished reroofing a listed chapel in Knaresborough.',
    'My research is funded by the Wellcome Trust.',
    'Zij promoveerde in 2019 aan de Universiteit Utrecht.',
    'Ik bespaarde een bakkerij twintig procent op energie.',
    'Klanten zoals Bakkerij Jansen komen elk jaar terug.',
    'Last year I saved a bistro £4,000.',
    'Clients include Brompton and the BBC.',
    'I photographed two hundred weddings.',
    'I taught maths for fourteen years before I started tutoring.',
    'Ik gaf zeventien jaar les voordat ik begon met bijles.',
    'We have a 20-year track record with small builders.',
    'Wij doen de boekhouding voor een honderdtal kleine zaken in Gent.',
    'Ons speltbrood is elke dinsdag binnen een uur uitverkocht.',
    'Our Saturday classes sold out within a week.',
    'We are an ISO-certified cleaning firm in Leeds.',
    'Ik ben BIG-geregistreerd psycholoog in Haarlem.',
    'Ik ben auteur van een boek over arbeidsrecht.',
    "We cut our clients' energy bills by a third.",
    'Ik werk met een zeventigtal gezinnen in Brugge.',
    "Wij bouwen zo'n honderdtwintig woningen per jaar.",
    'Ik gaf vijfentwintig jaar les.',
    'We sold forty-two houses in Leeds.',
    'Zij schrijft maandelijks een column voor Zorgvisie.',
    'She writes for The Guardian about pensions.',
    'He was named Small Business Adviser of the Year.',
    "My clients' posts average 40k impressions a month.",
    // Held-out review: sworn, qualified or registered with a professional body, published, a season ago.
    'Ik ben beëdigd vertaler Frans-Nederlands.',
    'Ik ben vertaler, beëdigd bij de rechtbank van Gent.',
    'I am a sworn translator for French and Dutch.',
    'Ik ben gediplomeerd kinesitherapeut met een RIZIV-nummer.',
    'Ik ben boekhouder, ingeschreven bij het ITAA.',
    'Mijn eerste roman kwam uit bij uitgeverij Gottmer.',
    'Vorig najaar schilderde ik de gevel van het gemeentehuis.',
    'Afgelopen voorjaar schilderde ik een muurschildering in Gent.',
    'Daarna exposeerde ik in Utrecht.',
    // A name among kinds of clients.
    'Our clients include bakeries, butchers and Tesco.',
    'Onze klanten zijn onder andere Bol en Coolblue.',
    // A named client in an ask is still proof.
    'Ik zoek webshops zoals Snuffelbox, die we vorig jaar hebben binnengehaald.',
    // Students' and job seekers' proof, and "onder meer" (held-out reviews 45, 48).
    'Ik ben Tom. Mijn masterproef ging over zonnepanelen.',
    'I interned at Boots and graduated with a First Class degree.',
    'Ik was onder meer verantwoordelijk voor het programma Werk aan Uitvoering.',
    // A client story from a recent day, told in the past tense (held-out review 52).
    'Right, so quick story. Last Tuesday a woman rang me about a stairlift.',
    "I'm Sam, a plumber in Leeds. This morning I fixed a boiler for a café.",
    "I'm Sam, a plumber in Leeds. Quick story from this week: a café owner called me in a panic.",
    'Ik ben Sam, loodgieter in Utrecht. Afgelopen dinsdag belde een vrouw me over een lekkage.',
    'Ik ben Sam, loodgieter in Utrecht. Vanochtend heb ik een ketel vervangen bij een bakker.',
    'Ik ben Sam. Een klant belde me vanochtend in paniek.',
    // The Dutch plural past tense of results (held-out review 51).
    'Vanavond laat ik zien hoe we de laadtijd halveerden.',
    'Wij verdubbelden de omzet van een bakker.',
    'We bespaarden een bakker veel geld.',
    'Daarmee verlaagden we de kosten.',
    // Past work for clients named by their kind and place (held-out review 58).
    "We've done migrations for a few credit unions and an insurance broker in Limerick.",
    'We hebben migraties gedaan voor een paar kredietbanken en een makelaar in Limerick.',
    // Note-form proof of creative bios: an earlier employer, a label of clients, a press mention, work in
    // a publication (held-out review 64).
    "I'm a brand designer in London, ex-Glossier.",
    'Grafisch ontwerper in Gent. Ex-Rituals.',
    'Grafisch ontwerper in Gent. Oud-medewerker van Rituals.',
    'Illustrator in Bristol. Clients: The Guardian, Penguin, Waitrose.',
    'Illustrator in Bristol. Selected clients: The Guardian, Penguin.',
    'Illustrator in Gent. Klanten: De Volkskrant, Ploegsma.',
    'Illustrator in Bristol. As seen in The Guardian.',
    'Illustrator in Bristol. Work in The Guardian and Waitrose Food.',
    'Illustrator in Gent. Bekend van De Morgen en Knack.',
    'Illustrator in Gent. Werk voor De Morgen en Knack.',
    // A count in words outside an idiom.
    'I fix roofs in Dublin. We fixed a million roofs.',
    // A master grade, a named credential or trade body, a named pilot or user (held-out reviews 60, 61, 65).
    "I'm a licensed & insured master electrician in Tampa.",
    "I'm an electrician in Leeds. We're NICEIC-approved.",
    'Ik ben installateur in Zwolle met InstallQ-erkenning.',
    'Ik ben installateur in Zwolle, aangesloten bij Techniek Nederland.',
    'Ik ben diëtist in Utrecht, lid van de NVD.',
    "I'm a garden designer in York and a member of the Society of Garden Designers.",
    'We maken een app voor wijkteams. We draaien nu een pilot in Wijchen.',
    "We make an app for council teams. We're running a pilot with Leeds City Council.",
    'We make an app for council teams. Leeds City Council already uses it.',
    'Wij maken een app voor wijkteams. De gemeente Ede werkt er al mee.',
    // Held-out review 68: Dutch register titles are credentials, as "chartered" is.
    'Mijn naam is Jeroen Bakker, ik ben belastingadviseur RB bij Fiscaal Advies Noord.',
    'Ik ben registeraccountant in Utrecht en help ondernemers met hun jaarrekening.',
    'Ik ben register-belastingadviseur in Zwolle.',
    'Ik ben AA-accountant in Utrecht.',
    'Anna is accountant RA bij een kantoor in Gouda.',
  ])('accepts proof: %s', (text) => {
    expect(findings(text, 'missing-proof')).toEqual([])
  })

  it('still asks for proof from a plain trade or a register without a title (held-out review 68)', () => {
    expect(findings('Ik ben accountant in Utrecht. Ik help ondernemers met hun jaarrekening.', 'missing-proof')).toHaveLength(1)
    expect(findings('Ik werk met het register in Utrecht.', 'missing-proof')).toHaveLength(1)
  })

  it.each([
    ['en', 'I grew up in Leeds and I fix roofs.'],
    ['nl', 'Ik ben boekhouder in Gent. Ik zoek bedrijven met 10 tot 50 medewerkers die net gestart zijn.'],
    ['nl', 'Ik ben bakker in Sint-Niklaas. Wie kent een kmo met minstens twintig werknemers?'],
    ['en', 'I am an IT consultant in Leeds. I am looking for firms with 20 to 50 staff moving to the cloud.'],
    ['en', 'I run a cleaning company. A good introduction is an office manager with two hundred desks.'],
    // A figure in a target of everyone proves nothing either.
    ['en', "I'm a florist in Leeds. We make flowers for everyone from startups to Fortune 500 companies."],
    // Held-out review 65: a size sought without a rate, or a unit of time after the count.
    ['en', "I'm a placement lead in Leicester. I'm looking for a venue for 60 people."],
    ['en', "I'm a recruiter in Leeds. I'm looking for a bookkeeper for 20 hours a week."],
  ])('does not take a figure in the ask, which describes the target, as proof (%s)', (_language, text) => {
    expect(findings(text, 'missing-proof')).toHaveLength(1)
  })

  it.each([
    ['nl', 'Ik ben stagecoördinator in Nijmegen. Ik zoek voor ruim 60 studenten per jaar een BPV-plek.'],
    ['en', "I'm a placement lead in Leicester. I'm looking for placements for 60 nursing students a year."],
  ])("takes the speaker's own yearly count after 'for' in an ask as proof (held-out review 65, %s)", (_language, text) => {
    expect(findings(text, 'missing-proof')).toEqual([])
  })

  it('takes no present plural or adjective after a dated opener for a past tense', () => {
    expect(findings('Ik ben Jan, trainer. Deze week starten we een nieuwe groep in Zwolle.', 'missing-proof')).toHaveLength(1)
    expect(findings("I'm Jan, a recruiter. This week I'm meeting a talented young designer.", 'missing-proof')).toHaveLength(1)
    expect(findings('Ik ben Jan, loodgieter. Afgelopen dinsdag zorgde ik voor een nieuwe ketel bij een gezin in Zwolle.', 'missing-proof')).toEqual([])
  })

  it('does not take a phone number, or a word that only contains a digit, as proof', () => {
    expect(findings('Ik ben fotograaf. Bel 06-12345678.', 'missing-proof')).toHaveLength(1)
    expect(findings('I am a photographer. Find me as photo-4-you on Instagram.', 'missing-proof')).toHaveLength(1)
  })

  it.each([
    ['en', 'I am a mortgage adviser in Croydon. Any questions? Call me on 07700 900123.'],
    ['en', 'I am a mortgage adviser in Croydon. Call +44 7700 900123.'],
    ['nl', 'Ik ben fotograaf in Tilburg. Bel 013 5551234 of app 0612345678.'],
  ])('does not take a phone number written in parts as proof (%s)', (_language, text) => {
    expect(findings(text, 'missing-proof')).toHaveLength(1)
  })

  it.each([
    ['en', 'I am a mortgage adviser. Last year I arranged 120 mortgages.'],
    ['nl', 'Ik ben fotograaf. Vorig jaar maakte ik 250.000 foto\'s voor 40 bedrijven.'],
  ])('still takes an amount as proof (%s)', (_language, text) => {
    expect(findings(text, 'missing-proof')).toEqual([])
  })
})
