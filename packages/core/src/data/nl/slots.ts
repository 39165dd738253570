import type {SlotData} from '../types.js'

/**
 * Iets wat kapot is of slijt, dat "iedereen" tot een situatie maakt die een luisteraar voor zich ziet:
 * "iedereen met een lekkend plat dak", "verhuurders van wie de cv-ketel steeds uitvalt". Ook gebruikt door vague-target.
 * pitchlint's own list.
 */
export const dutchDefects: readonly string[] = [
  'lekkend', 'lekkende', 'lekke', 'lekkage', 'lekkages', 'kapot', 'kapotte', 'beschadigd', 'beschadigde',
  'gescheurd', 'gescheurde', 'vochtig', 'vochtige', 'vochtproblemen', 'beschimmeld', 'beschimmelde',
  'schimmel', 'verstopt', 'verstopte', 'verouderd', 'verouderde', 'rot', 'rotte', 'verzakt', 'verzakte',
  'overwoekerd', 'overwoekerde', 'gehackt', 'gehackte', 'uitvalt', 'uitvallen', 'houtworm', 'tocht', 'tochtig', 'tochtige',
  // Aandoeningen: voor zorgverleners zegt de diagnose wie ze zoeken (held-out review 40).
  'rugpijn', 'nekpijn', 'knieklachten', 'chronische pijn', 'diabetes', 'dwangstoornis', 'adhd', 'autisme', 'angst',
  'angstklachten', 'depressie', 'burn-out', 'burnout', 'long covid', 'dementie', 'copd', 'astma', 'artrose',
  'incontinentie', 'urineverlies', 'slapeloosheid', 'tinnitus', 'ptss', 'overgewicht', 'sportblessure', 'sportblessures',
]

/**
 * Dutch words that make an ask specific. The slots follow referral-training advice (name the
 * industry, the company, the department, the title, the person; add size, region and a trigger event),
 * summarised in shared/research/dutch-language-facts.md §4.4. Word choice is pitchlint's own.
 */
export const dutchSlots: SlotData = {
  lexicons: {
    defect: dutchDefects,
    sector: [
      // Losse instellingen (held-out review 25): "bij een universiteit of museum".
      'universiteit', 'universiteiten', 'museum', 'hogeschool', 'hogescholen',
      // Media (held-out review 19).
      'krant', 'kranten', 'omroep', 'omroepen', 'dagblad', 'redactie', 'redacties', 'huiseigenaar',
      'bakkerij', 'bakkerijen', 'bakker', 'bakkers', 'restaurant', 'restaurants', 'horeca', 'café', "café's",
      'cafés', 'hotel', 'hotels', 'zorg', 'zorginstelling', 'zorginstellingen', 'ziekenhuis', 'ziekenhuizen',
      'huisarts', 'huisartsen', 'tandarts', 'tandartsen', 'fysiotherapeut', 'fysiotherapeuten', 'apotheek',
      'apotheken', 'makelaar', 'makelaars', 'accountant', 'accountants', 'advocaat', 'advocaten', 'notaris',
      'notarissen', 'bouw', 'bouwsector', 'aannemer', 'aannemers', 'installateur', 'installateurs', 'logistiek',
      'transport', 'transporteurs', 'vervoerders', 'retail', 'winkeliers', 'webshop', 'webshops', 'e-commerce',
      'onderwijs', 'school', 'scholen', 'basisschool', 'basisscholen', 'leerkracht', 'leerkrachten', 'leraren',
      'docenten', 'gemeente', 'gemeenten', 'gemeentes', 'overheid', 'overheden', 'ict', 'software', 'saas',
      'agrarisch', 'agrariërs', 'boer', 'boeren', 'tuinders', 'kwekers', 'kapper', 'kappers', 'kapsalon',
      'kapsalons', 'garage', 'garages', 'autodealers', 'fabriek', 'fabrieken', 'fabrikant', 'fabrikanten', 'producent', 'producenten', 'maakindustrie', 'industrie',
      'metaal', 'metaalsector', 'food', 'voedingsindustrie', 'kinderopvang', 'kinderdagverblijven',
      'sportscholen', 'sportschool', 'fitness', 'sportclubs', 'sportverenigingen', 'verenigingen',
      'stichtingen', 'non-profit', 'goede doelen', 'verzekeraars', 'bank', 'banken', 'vastgoed', 'woningcorporaties', 'woningcorporatie', 'zorgverzekeraar', 'zorgverzekeraars',
      'trouwlocatie', 'trouwlocaties', 'weddingplanner', 'weddingplanners', 'verhuurder',
      'energie', 'juridische', 'drukkerijen', 'uitgeverijen', 'architecten', 'ingenieurs', 'tuincentra',
      'bloemisten', 'slagers', 'supermarkten', 'groothandels', 'detailhandel', 'hoveniers', 'schilders',
      'loodgieters', 'elektriciens', 'dakdekkers', 'evenementen', 'festivals', 'musea', 'theaters', 'toerisme',
      'campings', 'vakantieparken', 'ggz', 'jeugdzorg', 'thuiszorg', 'verpleeghuizen', 'ouderenzorg',
      'dierenartsen', 'therapeuten', 'coaches', 'psychologen', 'fotografen', 'ontwerpers', 'vertalers',
      'zorgverleners', 'artsen', 'specialisten', 'particulieren', 'huiseigenaren', 'woningeigenaren',
      'vve', "vve's", 'verhuurders', 'beleggers', 'studenten', 'ouders', 'senioren', 'gezinnen', 'expats',
      'stellen', 'starters', 'tandartspraktijk', 'tandartspraktijken', 'advocatuur', 'farmacie', 'pharma',
      'biotech', 'tech', 'fintech', 'scale-ups', 'startups', 'landbouw', 'visserij', 'chemie', 'scheepvaart',
      'havens', 'luchtvaart', 'automotive', 'mode', 'kledingwinkels', 'boekhandels', 'muziekscholen',
      'beautysalons', 'nagelstudio', "nagelstudio's", 'schoonheidssalons', 'sauna', 'wellness', 'b&b', "b&b's",
      'mondhygiënisten', 'mondhygiëniste', 'winkelier', 'verloskundigen', 'apothekers', 'opticiens', 'installatiebranche', 'zakelijke',
      // Held-out reviews 41, 48: maatschappelijke plekken en fondsen.
      'buurthuis', 'buurthuizen', 'moskee', 'moskeeën', 'kerk', 'kerken', 'bibliotheek', 'bibliotheken',
      'wijkteam', 'wijkteams', 'vermogensfondsen', 'bedrijfsfondsen', 'fondsen',
      // Held-out reviews 64, 65: kunsten en publieke sector.
      'machinebouwers', 'metaalbedrijven', 'metaalbewerkers', 'metaalbewerking', 'magazijnen',
      'galeries', 'conceptstores', 'podia', 'poppodia', 'waterschap', 'waterschappen', 'provincies', 'ggd', "ggd's", 'veiligheidsregio', 'veiligheidsregio\'s', 'ocmw', "ocmw's",
    ],
    sectorSuffix: [],
    role: [
      // Horeca- en seizoenspersoneel dat een zaak zoekt (held-out reviews 67, 69).
      'afwasser', 'afwassers', 'souschef', 'commis', 'bezorger', 'bezorgers', 'barman', 'bedieningspersoneel',
      'bakkersgast', 'bakkersgasten', 'plukkers', 'seizoenskrachten',
      'eigenaar', 'eigenaren', 'eigenaars', 'eigenaresse', 'directeur', 'directeuren', 'directie', 'ceo',
      "ceo's", 'cfo', "cfo's", 'cto', 'coo', 'cmo', 'cio', 'oprichter', 'oprichters', 'founder', 'founders',
      'zaakvoerder', 'zaakvoerders', 'bedrijfsleider', 'bedrijfsleiders', 'manager', 'managers', 'inkoper',
      'inkopers', 'praktijkhouder', 'praktijkhouders', 'praktijkeigenaar', 'praktijkeigenaren', 'hoofd',
      'teamleider', 'teamleiders', 'leidinggevende', 'leidinggevenden', 'bestuurder', 'bestuurders',
      'bestuurslid', 'wethouder', 'wethouders', 'beleidsmedewerker', 'beleidsmedewerkers', 'marketeer',
      'marketeers', 'recruiter', 'recruiters', 'controller', 'controllers', 'office manager',
      'facilitair manager', 'hr-manager', 'hr-managers', 'hr-adviseur', 'hr-adviseurs', 'hr-directeur',
      'personeelsmanager', 'vennoot', 'vennoten', 'beslisser', 'beslissers', 'uitbater', 'uitbaters', 'syndicus',
      'syndici',
      'boekhouder', 'boekhouders', 'secretaresse', 'planner', 'planners', 'verkoper', 'verkoopster', 'verkopers',
      'assistent', 'assistente', 'assistenten', 'doktersassistent', 'doktersassistente', 'kok', 'koks', 'barista',
      'schoolleider',
      'schoolleiders', 'directrice', 'rector', 'locatiemanager', 'zorgmanager', 'verkoopleider',
      // People sought for other things than business: an intern, a co-founder, a successor, a mentor.
      'stagiair', 'stagiaire', 'stagiairs', 'medeoprichter', 'co-founder', 'opvolger', 'mentor', 'investeerder', 'business angels', 'angels', 'leadinvesteerder',
      'investeerders', 'vrijwilliger', 'vrijwilligers', 'leerling', 'trainee',
      // Bestuur en steun van een vereniging of stichting (held-out review 39).
      'penningmeester', 'secretaris', 'voorzitter', 'bestuursleden', 'sponsor', 'sponsors', 'sponsoren', 'donateur',
      'donateurs', 'mentoren', 'coaches', 'trainers', 'chauffeurs', 'chauffeur',
      // Held-out reviews 40, 41, 46: mensen om wie een doorverwijzing kan gaan.
      'executeurs', 'executeur', 'erfgenamen', 'dga', "dga's", 'vastgoedbeleggers', 'gepensioneerden',
      'weduwen', 'managementassistentes', 'managementassistenten', 'wijkverpleegkundigen', 'kraamverzorgenden',
      'praktijkondersteuners', 'ontslagverpleegkundigen', 'transferverpleegkundigen',
      // Vrijwilligers waar een club of stichting om vraagt (held-out review 59).
      'maatjes', 'maatje', 'helpers', 'bijlesgevers', 'bijlesgever', 'tenoren', 'zangers', 'scheidsrechters',
      'scheidsrechter', 'ouders', 'grootouders', "opa's", "oma's", 'buddies', 'mantelzorgers',
    ],
    sizeWord: [
      "zzp'er", "zzp'ers", 'zzp', 'zzpers', 'zelfstandigen', 'zelfstandige', 'eenmanszaak', 'eenmanszaken',
      'freelancers', 'solo', 'solo-ondernemers', 'startup', 'startups', 'start-up', 'start-ups', 'scale-up',
      'scale-ups', 'scaleup', 'scaleups', 'startende', 'familiebedrijf', 'familiebedrijven',
      'multinational', 'multinationals', 'beursgenoteerde', 'corporates', 'middelgrote', 'middelgroot',
      'kleinere', 'grotere', 'mkb-bedrijven', 'mkb-bedrijf', 'middenbedrijven', 'grootbedrijf', 'omzet',
      'filialen', 'vestigingen', 'eenpitters', 'kmo\'s', 'kleine', 'grote',
    ],
    // Counts in words: "een kmo met minstens vijftig werknemers".
    numberWord: [
      'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'vijftien', 'twintig', 'dertig', 'veertig',
      'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'tweehonderd', 'driehonderd', 'vijfhonderd',
      'duizend',
    ],
    sizeUnit: [
      'medewerkers', 'werknemers', 'mensen', 'man', 'fte', 'personeelsleden', "collega's", 'werkplekken',
      'vestigingen', 'filialen', 'winkels', 'leden', 'leerlingen', 'studenten', 'bedden', 'klanten',
      'euro', 'miljoen', 'ton', 'medewerker', 'werknemer', 'locaties', 'praktijken', 'vrachtwagens',
      // Capaciteit van een zaal: "een zaal voor 150 personen" (held-out review 59).
      'personen', 'gasten', 'deelnemers', 'bezoekers',
    ],
    businessNoun: [
      'bedrijven', 'bedrijf', 'organisaties', 'organisatie', 'ondernemingen', 'onderneming', 'kantoren',
      'praktijken', 'zaken', 'scholen', 'teams', 'winkels', 'webshops', 'bureaus', 'instellingen', 'team',
    ],
    situationVerb: [
      'verhuizen', 'verhuist', 'verhuisd', 'trouwen', 'trouwt', 'verbouwen', 'verbouwt', 'uitbreiden',
      'uitbreidt', 'breidt', 'emigreren', 'emigreert', 'stoppen', 'stopt', 'verkopen', 'verkoopt',
      'overnemen', 'overgenomen', 'starten', 'start', 'gestart', 'beginnen', 'begint', 'begonnen', 'openen',
      'opent', 'geopend', 'opende', 'uitbesteden', 'overstappen', 'vervangen', 'digitaliseren',
      'automatiseren', 'verduurzamen', 'renoveren', 'opzetten', 'lanceren', 'aannemen', 'werven',
      'investeren', 'fuseren', 'reorganiseren', 'gegroeid', 'worstelen', 'worstelt', 'kampen',
      'kampt', 'aanvragen', 'exporteren', 'internationaliseren', 'kopen', 'koopt', 'gekocht', 'bouwen',
      'bouwt', 'missen', 'mist', 'vastlopen', 'vastloopt', 'overwegen', 'overweegt', 'plannen', 'plant', 'voorbereiden', 'zwanger',
    ],
  },
  patterns: {
    sector: ['@sector', 'in de|het _ sector|branche|zorg|industrie|bouw|horeca|retail', 'agrarische|publieke|zakelijke|financiële|culturele|maritieme|creatieve sector'],
    role: ['@role', 'de|het hoofd|verantwoordelijke _? van|voor', 'wie|die beslist|beslissen over'],
    size: [
      '# @sizeUnit', '# + @sizeUnit', '@numberWord @sizeUnit', '# tot|en|à|a|- # @sizeUnit', 'meer|minder dan # _?', '# of meer @sizeUnit?', 'vanaf|tot|ruim|zo\'n|ongeveer|circa # ~januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december _?',
      '@sizeWord', 'kleine|middelgrote|grote|kleinere|grotere @businessNoun',
      'met|van|rond|boven|onder|tussen # en|tot|- #',
      // Omvang in geld: "met 5 tot 50 miljoen omzet" (held-out review 28).
      '# ...2 omzet|jaaromzet|premie|premies', 'omzet|jaaromzet ...4 #',
    ],
    region: [
      // Een land als bijvoeglijk naamwoord (held-out review 25): "een Nederlandse universiteit".
      'nederlandse|belgische|britse|engelse|duitse|franse|spaanse|amerikaanse|europese|nederlands|belgisch',
      'in|uit|rond|rondom de? regio|omgeving|buurt|provincie|streek', 'lokale|lokaal|regionaal|regionale',
      // "aan de kust", "in onze streek" (held-out review 35).
      'aan de kust|zee', 'in onze|mijn streek|regio|buurt',
      'in mijn|onze|de stad|dorp|wijk|gemeente|buurt|provincie|straat', 'binnen|in een straal van',
      'binnen # km|kilometer', 'dichtbij|vlakbij|in de buurt', 'op loopafstand|fietsafstand|rijafstand', 'om de hoek',
      'in de|het binnenstad|centrum|stadskern|dorpskern',
      // "een Twentse fabrikant", "West-Vlaamse bakkers": a region as an adjective.
      'twentse|brabantse|limburgse|friese|groningse|drentse|zeeuwse|gelderse|utrechtse|hollandse|amsterdamse|rotterdamse|haagse|achterhoekse|veluwse|westlandse|vlaamse|west-vlaamse|oost-vlaamse|antwerpse|gentse|brusselse|leuvense|mechelse|kempense|waalse|randstedelijke',
    ],
    situation: [
      // Een moment dat eraan komt (held-out reviews 25, 29).
      'volgende|komende maand|week|zomer|winter|lente|herfst|kwartaal|seizoen|jaar', 'volgend|komend jaar', 'per direct',
      // Een leeftijd: "mannen tussen de 20 en 40" (held-out review 59).
      'tussen de # en|tot # ~medewerkers|werknemers|man|fte|personen|mensen|vestigingen|filialen|leden',
      // Een gebrek: "iedereen met een lekkend plat dak", "verhuurders van wie de cv-ketel steeds uitvalt".
      'met|wiens|wier ...3 @defect', 'van wie ...4 @defect',
      // A moment: "per 1 september", "vanaf maart", "voor de zomer".
      'per|vanaf|voor|na|in|eind|begin #? januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
      'die|dat|wie|waar ...4 net|pas|binnenkort|onlangs|recent|recentelijk|straks|volgend|volgende|geen',
      'die|dat|wie|waar ...4 niet meer',
      'die|dat|wie ...5 @situationVerb',
      // A question about the listener's event: "Trouwen jullie in 2025?", "Ga je verhuizen?" (held-out review 37).
      '^ @situationVerb jullie|je|u|jij|ge', '^ ga|gaat|gaan jullie|je|u|jij|ge ...3 @situationVerb', 'op het punt', 'met pensioen', 'personeelstekort|tekort|tekorten',
      'moeite|last|problemen|probleem|gedoe|zorgen', 'vragen over|met', 'te maken met',
      'tweede|nieuwe|eerste vestiging|winkel|locatie|pand|medewerker|werknemer|huis|woning|kind|baby',
      'klaar met', 'tegenaan', 'tegen aan', 'achterstand|achterstanden', 'groeipijn|groeipijnen',
      'overname|opvolging|opvolger|bedrijfsopvolging|fusie|reorganisatie|verhuizing|faillissement|scheiding',
      'aanbesteding|subsidie|financieringsronde|investering',
      // Levensgebeurtenissen: "stellen die gaan trouwen", "in verwachting".
      'gaan|gaat trouwen|scheiden|samenwonen', 'zwanger', 'in verwachting',
      // Levensfase, voor pitches aan particulieren: "stellen boven de vijftig", "ouders in de dertig".
      'boven|onder de veertig|vijftig|zestig|zeventig|tachtig',
      'in de dertig|veertig|vijftig|zestig',
      // Een beslissing die eraan komt: "die overweegt de praktijk te verkopen".
      'overweegt|overwegen|denkt|denken ...4 verkopen|verkoop|stoppen|verhuizen|uitbreiden|verbouwen|overnemen|overname|pensioen',
    ],
  },
  exampleMarkers: ['zoals', 'bijvoorbeeld', 'bijv.', 'bv.', 'bij', 'van', 'als', 'denk', 'aan', 'à', 'la', 'type'],
  sectorSuffixes: [
    'praktijk', 'praktijken', 'kantoor', 'kantoren', 'bedrijf', 'bedrijven', 'winkel', 'winkels', 'zaak',
    'zaken', 'fabriek', 'fabrieken', 'school', 'scholen', 'bureau', 'bureaus', 'studio', "studio's", 'salon',
    'salons', 'keten', 'ketens', 'groothandel', 'groothandels', 'werkplaats', 'werkplaatsen', 'instelling',
    'instellingen', 'organisatie', 'organisaties', 'sector', 'branche', 'industrie', 'vereniging',
    'verenigingen', 'club', 'clubs', 'centrum', 'centra', 'coöperatie', 'coöperaties', 'zorg', 'kliniek',
    'klinieken', 'centrale', 'shop', 'shops', 'makers', 'bouwers', 'boeren', 'handel', 'handelaren',
    // Machinebouw, scheepsbouw, woningbouw, wegenbouw.
    'bouw',
    // Paardenfysiotherapeuten, rij-instructeurs.
    'therapeut', 'therapeuten', 'instructeur', 'instructeurs',
  ],
}
