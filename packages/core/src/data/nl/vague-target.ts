import type {VagueTargetData} from '../types.js'
import {dutchDefects} from './slots.js'

/**
 * Dutch phrases that name everyone as the target audience. Networking trainers single these out as
 * the least useful thing to say ("iedereen", "wie dan ook", "alle ondernemers", "het mkb" alone;
 * shared/research/dutch-language-facts.md §4.4). Patterns are pitchlint's own; `< >` marks the span.
 */
export const dutchVagueTarget: VagueTargetData = {
  lexicons: {
    defect: dutchDefects,
    everyone: ['iedereen', 'wie dan ook', 'eenieder'],
    all: ['alle', 'elke', 'iedere', 'ieder', 'elk'],
    targetNoun: [
      'ondernemer', 'ondernemers', 'bedrijf', 'bedrijven', 'organisatie', 'organisaties', "mkb'er", "mkb'ers",
      "zzp'er", "zzp'ers", 'mensen', 'particulier', 'particulieren', 'persoon', 'onderneming', 'ondernemingen',
      'zaak', 'zaken', 'kmo', "kmo's", 'ondernemersvrouw', 'professional', 'professionals', 'sector',
      'branche',
    ],
    need: [
      'wil', 'willen', 'wilt', 'nodig', 'zoekt', 'zoeken', 'wenst', 'wensen', 'gaat', 'behoefte', 'interesse',
      'gebruiken',
    ],
    targetVerb: [
      'voor', 'help', 'helpen', 'helpt', 'bedien', 'bedienen', 'bedient', 'ondersteun', 'ondersteunen',
      'ondersteunt', 'begeleid', 'begeleiden', 'begeleidt', 'zoek', 'zoeken', 'richt', 'richten', 'werk',
      'werken', 'is', 'zijn', 'geschikt', 'bedoeld', 'adviseer', 'adviseren', 'coach', 'coachen', 'train',
      'trainen', 'lever', 'leveren', 'nodigen', 'nodig', 'nodigt',
    ],
    sought: ['klanten', 'opdrachtgevers', 'opdrachten', 'leads', 'klussen', 'omzet', 'werk', 'klant'],
    softener: ['best', 'wel', 'graag', 'echt', 'heel', 'altijd', 'nog', 'steeds', 'eigenlijk', 'gewoon', 'vooral', 'voornamelijk', 'momenteel', 'nu', 'even', 'weer'],
    ambition: ['groeien', 'vernieuwen', 'innoveren', 'veranderen', 'digitaliseren', 'opschalen', 'verduurzamen', 'scalen', 'schalen', 'doorgroeien'],
  },
  patterns: [
    '< @everyone ...5 potentiële|potentiele|mogelijke|toekomstige klant|klanten|doelgroep|opdrachtgever >',
    '< @everyone is|kan|wordt ...3 klant|doelgroep|opdrachtgever >',
    '< mijn|onze doelgroep|klantenkring is|zijn ...2 iedereen|breed|heel|enorm|ontzettend|divers >',
    '< @everyone die|met|dat ...4 @need heeft|hebben|heb|aan|om|te? >',
    // Een smaak noemt iedereen: "Iedereen die van lekker eten houdt" (held-out review 67).
    '< @everyone die van ...3 houdt|houden >',
    // "Iedereen die vastloopt kan bij mij terecht": everyone with any problem at all.
    '< @everyone die|met|dat ...4 > kan|kunnen ...3 terecht',
    // Other word orders: "Bij mij kan iedereen terecht", "Eigenlijk kan iedereen bij mij terecht die …".
    'kan|kunnen < @everyone > ...3 terecht',
    '@targetVerb ...3 < @everyone >',
    '@targetVerb ...3 < @all @targetNoun >',
    // Een soort klant, geen soort tuin: "voor elk type bedrijf", niet "schuttingen voor elk type tuin" (held-out review 60).
    '@targetVerb ...3 < @all type|soort @targetNoun|klant|klanten >',
    '< @all @targetNoun die|dat ...4 @need _? >',
    '< voor jong en oud >',
    '< jong en oud >',
    "< van zzp'er|zzp'ers|zzp|starter|starters|startup|startups|start-up|start-ups|eenmanszaak|eenmanszaken|eenpitter|kleine|klein|mkb|mkb'er|mkb'ers|kmo|kmo's tot ...2 multinational|multinationals|groot|grote|beursgenoteerd|beursgenoteerde|corporate|corporates|directeur|directeuren|ceo|ceo's|dga >",
    '< van klein tot groot >',
    '< groot en klein >',
    '< klein en groot >',
    '< ongeacht de|het|hun|welke branche|sector|grootte|omvang|type|soort >',
    '< in elke|iedere|alle|welke branche|branches|sector|sectoren >',
    '< alle|allerlei soorten|typen|types|mogelijke bedrijven|ondernemers|klanten|organisaties|mensen >',
    '< allerlei bedrijven|ondernemers|klanten|organisaties|mensen|branches|sectoren >',
    '< maakt niet uit wie|welke|wat >',
    // "Branche maakt niet uit", van starters tot villa's (held-out reviews 50, 54).
    '< branche|sector|grootte|omvang|locatie|doelgroep maakt ...2 niet uit >',
    "< van starters|starter|particulieren ...2 tot ...2 villa's|villa|landgoederen|beleggers|projectontwikkelaars >",
    '@self zoek|zoeken @softener? @softener? @softener? nieuwe|meer|extra|wat? < @sought > $|en|om|want|dus|maar|eigenlijk|gewoon|deze|vandaag',
    // The verb first after a time: "Deze week zoek ik nieuwe klanten." (held-out review 31).
    '^ _ _? zoek|zoeken @self @softener? @softener? nieuwe|meer|extra|wat? < @sought > $|en|om|want|dus|maar|eigenlijk|gewoon',
    // "Ken jij iemand die een website nodig heeft?": anyone with a need for the speaker's service.
    '< iemand|mensen|bedrijven|ondernemers die|dat ...3 nodig heeft|hebben > $',
    '< iemand|mensen|bedrijven|ondernemers die|dat ...3 kan|kunnen gebruiken > $',
    // "… dat elke organisatie een goede HR-functie verdient": the claim with the verb last.
    'dat < elk|elke|ieder|iedere @targetNoun > ...6 verdient|verdienen $',
    '< van jong tot oud >',
    // Vlaams "eender welk bedrijf", en iedereen die de dienst kan gebruiken.
    '< eender welk|welke @targetNoun >',
    '< @everyone kan|kunnen ...3 gebruiken >',
    '< kan|kunnen @everyone ...4 gebruiken >',
    // "alle ondernemers die hun online aanwezigheid naar een hoger niveau willen tillen".
    '< @all @targetNoun die|dat ...6 naar een hoger niveau ...2 >',
    '< van oud tot jong >',
    // "Alles is welkom hoor, groot of klein": every job at all.
    '< groot of klein > $',
    '< klein of groot > $',
    // "Geen klus is ons te klein", Vlaams "geen werf te klein" (held-out review 53).
    '< geen klus|opdracht|project|werf|job|klant is? ons|mij|me? te groot|klein of? te? klein|groot? >',
    // "Of je nu zzp'er bent of een multinational": a range that covers everyone.
    "< of je|u|jij nu ...3 zzp'er|zzper|starter|startup|start-up|freelancer|eenmanszaak|particulier|klein|kleine|ondernemer ...4 of ...2 bv|multinational|groot|grote|corporate|mkb'er|beursgenoteerd|gevestigde|kmo|middelgrote >",
    // "Iedereen heeft toch een verzekering nodig": everyone needs what the speaker sells.
    '< iedereen heeft|hebben ...4 nodig >',
    // "Wij zoeken organisaties die durven te groeien": any organisation at all, with a cliché attached.
    '< @targetNoun die|dat ...2 durven|durft|willen|wil|gaan|ambiëren ...2 @ambition > $',
    // "Mkb'ers die vooruit willen", "organisaties die het verschil willen maken": the verb last.
    '< @targetNoun die|dat ...2 vooruit willen|wil > $',
    '< @targetNoun die|dat ...2 het verschil willen|wil maken > $',
    // "partners die het verschil willen maken", "Ken je iemand die meer omzet wil?" (held-out reviews 58, 59).
    '< partners|mensen|founders|startups|scale-ups die|dat ...2 het verschil willen|wil maken >',
    '< iemand|mensen|bedrijven|ondernemers|ondernemingen die|dat meer omzet|klanten|groei|winst|zichtbaarheid wil|willen|wilt >',
    '< founders|startups|scale-ups die|dat ...2 willen|wil ...2 @ambition > $',
    // "Elk bedrijf verdient een goede website": de bewering dat elk bedrijf een klant is.
    '^ < elk|elke|ieder|iedere @targetNoun > verdient',
    '^ < elk|elke|ieder|iedere @targetNoun > heeft ...4 nodig',
    'op zoek naar nieuwe|meer|extra|wat? < @sought > $|en|om|want|dus|maar',
  ],
  exceptions: [
    // Een gebrek maakt van "iedereen" een situatie: "iedereen met een lekkend plat dak".
    '@everyone|@all @targetNoun? met|wiens|wier ...3 @defect',
    '@everyone|@all @targetNoun? die|dat ...3 @defect',
    // Een lopend project: "iedereen die aan het verbouwen is", "iedereen die gaat verhuizen" (held-out review 31).
    '@everyone die|dat aan het verbouwen|bouwen|verhuizen|renoveren|uitbreiden',
    '@everyone|@all ...2 in|van|bij|uit ons|onze|mijn|het team|bedrijf|kantoor|praktijk|netwerk|groep|zaal',
    '@everyone|@all ...3 die|dat ...2 ik|wij|we|al',
    '@everyone|@all ...3 die|dat ...2 bij|met|voor ons',
    '@everyone hier|aanwezig|bedankt',
    // Een (recente) gebeurtenis maakt van "iedereen" een situatie: "iedereen die net een huis heeft gekocht",
    // "iedereen die bij de bank is afgewezen" (held-out review 52).
    '@everyone|@all @targetNoun? die|dat ...3 net|pas|onlangs|recent|recentelijk|zojuist|kortgeleden',
    '@everyone|@all @targetNoun? die|dat ...5 gescheiden|getrouwd|verhuisd|ontslagen|afgewezen|gepensioneerd|bevallen|gestopt|geweigerd|zwanger|werkloos|failliet|gekocht|verkocht|geërfd|weduwe|weduwnaar',
    // Een plek waar iedereen hoort, en uitleg die iedereen begrijpt: "een school waar iedereen welkom is",
    // "legt voor iedereen begrijpelijk uit" (held-out review 51).
    'waar|waarin @everyone',
    'voor @everyone begrijpelijk|toegankelijk|betaalbaar|bereikbaar|leesbaar|duidelijk|gratis|open',
    // De andere volgorde: "begrijpelijk voor iedereen", "taal die voor iedereen te volgen is" (held-out review 57).
    'begrijpelijk|toegankelijk|betaalbaar|bereikbaar|leesbaar|duidelijk|gratis|open is|zijn|blijft|blijven? voor @everyone',
    'voor @everyone te volgen|lezen|begrijpen|betalen',
    // Een open deur van een gemeenschap: "koken we voor iedereen die wil aanschuiven" (held-out review 59).
    '@everyone die|dat ...2 wil|willen aanschuiven|meedoen|komen|meeëten|meeeten|binnenlopen',
    // Een inloop zonder afspraak, geen doelgroep: "Bij ons kan iedereen terecht, ook zonder afspraak" (held-out review 60).
    '@everyone ...3 ,? ook? zonder afspraak|reservering',
    // Een publieke dienst die voor iedereen werkt: "dienstverlening die werkt voor iedereen" (held-out review 65).
    'werkt|werken|eerlijk|rechtvaardig beter? voor @everyone',
    '@everyone die|dat alleen|eenzaam|ziek|dakloos|rouwt|rouwen is|zijn?',
    // Newcomers in the room: "Voor iedereen die nieuw is: ik ben …", "voor wie mij nog niet kent".
    '@everyone die|dat ...2 nieuw|nieuwe',
    '@everyone die|dat mij|me|ons ...2 niet|nog kent|kennen',
    // "Ik ken iedereen in de bouw": niet "als je iemand kent die een website nodig heeft".
    'ik|wij|we ...2 ken|kennen|spreek|spreken ...2 @everyone',
    'ken|kennen|spreek|spreken ik|wij|we ...2 @everyone',
    // "Mijn werk is niet voor iedereen": het omgekeerde van een vaag doel.
    'niet voor @everyone',
    // Een waarde voor iedereen is een uitspraak over de wereld, niet over wie de spreker helpt: "beweging is
    // voor iedereen belangrijk", "toegankelijke zorg is een recht voor iedereen" (held-out review 44).
    'voor @everyone belangrijk|goed|gezond|essentieel|nodig|weggelegd',
    'belangrijk|goed|gezond|essentieel|recht voor @everyone ~die|dat|met|wie',
    // Klanten die meteen worden ingeperkt: "nieuwe klanten, met name kapsalons in Zwolle" (held-out review 43).
    // Alleen het gezochte woord zelf, na "nieuwe" of "meer".
    'nieuwe|meer|extra|wat < @sought > , maar? vooral|voornamelijk|specifiek|bijvoorbeeld|liefst|idealiter|namelijk|zoals',
    'nieuwe|meer|extra|wat < @sought > , met name',
    'nieuwe|meer|extra|wat < @sought > , bij voorkeur',
    'nieuwe|meer|extra|wat < @sought > : _',
    // An owner of a named kind of business: "iedereen die een restaurant heeft in Breda" (held-out review 38).
    '@everyone die|dat een ~bedrijf|bedrijfje|zaak|zaakje|onderneming|website|winkel|webshop|eigen|klein|kleine _ heeft|runt|bezit|beheert|leidt',
  ],
}
