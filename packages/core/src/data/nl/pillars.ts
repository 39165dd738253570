import type {PillarData} from '../types.js'

/**
 * Dutch phrases for the three pillars.
 * Ask phrases follow the referral-request forms used in Dutch networking clubs (BNI-style
 * "een goede doorverwijzing voor mij is…", "ken jij iemand die…"), collected in
 * shared/research/dutch-language-facts.md §4.5; the rest is pitchlint's own.
 */
export const dutchPillars: PillarData = {
  lexicons: {
    // "'k zoek" is spoken Flemish and Dutch for "ik zoek" (held-out review 35).
    self: ['ik', 'wij', 'we', 'ikzelf', 'k'],
    you: ['jij', 'je', 'u', 'jullie', 'gij', 'ge'],
    // Kinds of business that say what someone does when they own one. Generic words (bedrijf, zaak,
    // onderneming) are left out: "ik heb een eigen bedrijf" says nothing about what.
    // Vakken als soort van een firma, in haar naam: "Jan van Peeters Dakwerken", "JB Installaties" (de
    // acroniemregel leest de letters ervoor als de initialen van de firma). Alleen daar: losse diensten zijn
    // geen zaak. Algemene woorden die ook na jargon staan ("SEO Bureau", "HR Advies") blijven eruit.
    firmKind: [
      'installaties', 'installatietechniek', 'installatiebedrijf', 'systeembeheer', 'loodgieters', 'loodgietersbedrijf',
      'bouw', 'bouwbedrijf', 'dakwerken', 'dakdekkers', 'schilders', 'schildersbedrijf', 'hoveniers', 'hoveniersbedrijf',
      'elektrotechniek', 'timmerwerken', 'timmerbedrijf', 'kozijnen', 'interieurbouw', 'keukens', 'badkamers',
      'autobedrijf', 'bakkerij', 'schoonmaak', 'schoonmaakbedrijf', 'transport', 'accountants', 'administratie',
      'administratiekantoor', 'advocaten', 'notarissen', 'makelaars', 'makelaardij', 'architecten', 'drukkerij',
      'fotografie',
      // "Vakkracht Werving" (held-out review 57).
      'werving', 'recruitment', 'uitzendbureau',
      // "Kees Verhuizingen", "Smit Koeltransport" (held-out review 70).
      'verhuizingen', 'verhuisbedrijf', 'koeriers', 'logistiek',
    ],
    business: [
      'bakkerij', 'brouwerij', 'slagerij', 'drukkerij', 'kwekerij', 'boerderij', 'winkel', 'kapsalon', 'salon',
      'praktijk', 'restaurant', 'café', 'eetcafé', 'bistro', 'brasserie', 'camping', 'b&b', 'hotel', 'pension',
      'studio', 'atelier', 'webshop', 'garage', 'werkplaats', 'apotheek', 'kinderopvang', 'manege', 'wijngaard',
      'boekhandel', 'bloemenzaak', 'ijssalon', 'schoonheidssalon', 'fietsenwinkel', 'bakkerijen', 'winkels',
      'vakantiehuis', 'vakantiewoning', 'koffiebar', 'lunchroom', 'frituur', 'snackbar', 'viskraam', 'kaasboerderij',
      'branderij', 'koffiebranderij', 'kaasmakerij', 'wasserij', 'imkerij', 'distilleerderij', 'boomkwekerij',
      // Held-out review 60: "Glazenwasserij Tom 🧽 voor particulieren …", "Stomerij Jansen".
      'glazenwasserij', 'stomerij', 'poetsbedrijf', 'tuinonderhoud',
      // "Kaashandel Bosman" (held-out review 67).
      'kaashandel', 'wijnhandel', 'vishandel', 'slijterij', 'delicatessenzaak',
      // Verkleinwoorden: "een eigen praktijkje voor voetverzorging", "een winkeltje voor garen en stoffen".
      'praktijkje', 'winkeltje', 'zaakje', 'ateliertje',
      'schrijnwerkerij', 'bakkerij-patisserie', 'beenhouwerij', 'kinderdagverblijf', 'bed-and-breakfast', 'bed and breakfast', 'bed & breakfast', 'tandartspraktijk', 'huisartsenpraktijk',
      // Flemish firms named by their work: "Dakwerken Peeters", "Schilderwerken Claes".
      'dakwerken', 'schilderwerken', 'tuinwerken', 'grondwerken', 'renovatiewerken', 'sloopwerken', 'voegwerken',
      'metselwerken', 'vloerwerken', 'dakwerkerij',
      // Non-profits named by what they do (held-out review 19).
      'voedselbank', 'kringloopwinkel', 'buurthuis', 'hospice', 'inloophuis', 'dierenasiel', 'repair café',
      // Instellingen die iemand kan leiden: "ik ben directeur van een basisschool in Gent".
      'school', 'basisschool', 'museum', 'bibliotheek', 'theater', 'schouwburg', 'verpleeghuis', 'woonzorgcentrum',
      'foodtruck', 'frietkot', 'taverne', 'voetbalclub', 'voetbalvereniging', 'hockeyclub', 'tennisclub', 'sportclub',
      'sportvereniging', 'zangkoor', 'koor', 'scoutinggroep', 'energiecoöperatie', 'coöperatie', 'moestuin', 'buurttuin',
      'rusthuis', 'zorgboerderij', 'muziekschool', 'dansschool', 'rijschool', 'taalschool', 'jeugdhuis', 'galerie',
      // Horeca en derde sector (held-out reviews 46, 48).
      'wijnbar', 'cocktailbar', 'strandtent', 'proeflokaal', 'wijndomein', 'pizzeria', 'hostel', 'herberg',
      'chocolaterie', 'patisserie', 'feestzaal', 'eventlocatie', 'tearoom', 'stokerij', 'kaaswinkel',
      'kinderboerderij', 'huiswerkklas', 'taalcafé', 'vakantiepark', 'glamping',
    ],
    offerVerb: [
      // Trades: "wij branden koffie", "ik tegel badkamers", "wij kweken tomaten".
      // Held-out reviews 36 and x1: "ik voer energiekeuringen uit", "ik trim honden", "ik sluit laadpalen aan",
      // "wij ruimen zolders op" ("delen" is left out: "hij deelt inspirerende inzichten" says nothing).
      'voer', 'voert', 'voeren', 'trim', 'trimt', 'trimmen', 'sluit', 'sluiten', 'ruim', 'ruimt', 'ruimen',
      // "Ik maai gazons", "ik laat honden uit" (held-out review 66; "laat" only with "uit", below).
      'maai', 'maait', 'maaien',
      'brand', 'brandt', 'branden', 'tegel', 'tegelt', 'tegelen', 'stuc', 'stuct', 'stucen', 'kweek', 'kweekt',
      'importeer', 'importeert', 'importeren', 'exporteer', 'exporteert', 'exporteren',
      'koppel', 'koppelt', 'koppelen', 'herstel', 'herstelt', 'herstellen', 'restaureer', 'restaureert', 'restaureren', 'bind', 'bindt', 'binden',
      'besla', 'beslaat', 'beslaan', 'verhuis', 'verhuist', 'verhuizen', 'inspecteer', 'inspecteert',
      'inspecteren', 'bekleed', 'bekleedt', 'bekleden', 'stoffeer', 'stoffeert', 'stofferen',
      'kweken', 'slacht', 'slachten', 'keur', 'keurt', 'keuren', 'snoei', 'snoeit', 'snoeien', 'metsel',
      'metselt', 'metselen', 'las', 'last', 'lassen', 'brouw', 'brouwt', 'brouwen', 'teel', 'teelt', 'telen',
      'monteer', 'monteert', 'monteren',
      'vervang', 'vervangt', 'vervangen', 'investeer', 'investeert', 'investeren', 'coördineer', 'coördineert',
      'coördineren', 'financier', 'financiert', 'financieren',
      'help', 'helpt', 'helpen', 'maak', 'maakt', 'maken', 'bouw', 'bouwt', 'bouwen', 'ontwerp', 'ontwerpt',
      'ontwerpen', 'schrijf', 'schrijft', 'schrijven', 'verkoop', 'verkoopt', 'verkopen', 'lever', 'levert',
      'leveren', 'repareer', 'repareert', 'repareren', 'installeer', 'installeert', 'installeren', 'onderhoud',
      'onderhoudt', 'onderhouden', 'geef', 'geeft', 'geven', 'organiseer', 'organiseert', 'organiseren',
      'verzorg', 'verzorgt', 'verzorgen', 'begeleid', 'begeleidt', 'begeleiden', 'coach', 'coacht', 'coachen',
      'train', 'traint', 'trainen', 'adviseer', 'adviseert', 'adviseren', 'fotografeer', 'fotografeert',
      'fotograferen', 'vertaal', 'vertaalt', 'vertalen', 'bak', 'bakt', 'bakken', 'kook', 'kookt', 'koken',
      'knip', 'knipt', 'knippen', 'reinig', 'reinigt', 'reinigen', 'poets', 'poetst', 'poetsen', 'schilder',
      'schildert', 'schilderen', 'verhuur', 'verhuurt', 'verhuren', 'verzeker', 'verzekert', 'verzekeren',
      'regel', 'regelt', 'regelen', 'ontwikkel', 'ontwikkelt', 'ontwikkelen', 'programmeer', 'programmeert',
      'programmeren', 'beheer', 'beheert', 'beheren', 'produceer', 'produceert', 'produceren', 'film', 'filmt',
      'filmen', 'print', 'printt', 'drukt', 'drukken', 'verbouw', 'verbouwt', 'verbouwen', 'renoveer',
      'renoveert', 'renoveren', 'bezorg', 'bezorgt', 'bezorgen', 'vervoer', 'vervoert', 'vervoeren',
      'behandel', 'behandelt', 'behandelen', 'doceer', 'doceert', 'doceren', 'ondersteun', 'ondersteunt',
      'ondersteunen', 'bied', 'biedt', 'bieden', 'doe', 'doet', 'doen', 'zorg', 'zorgt', 'zorgen', 'los',
      'lost', 'lossen', 'leg', 'legt', 'leggen', 'richt', 'richten',
      'plaats', 'plaatst', 'plaatsen', 'vind', 'vindt', 'vinden', 'werf', 'werft', 'werven', 'bemiddel',
      'bemiddelt', 'bemiddelen', 'stel', 'stelt', 'stellen', 'controleer', 'controleert', 'controleren',
      'automatiseer', 'automatiseert', 'automatiseren', 'beveilig', 'beveiligt', 'beveiligen', 'isoleer',
      'isoleert', 'isoleren', 'tekent', 'teken', 'tekenen', 'onderzoek', 'onderzoekt', 'onderzoeken',
      'vertegenwoordig', 'vertegenwoordigt', 'vertegenwoordigen', 'begeleidde', 'hielp', 'maakte', 'bouwde',
      'leid', 'leidt', 'leiden', 'run', 'runt', 'runnen', 'specialiseer', 'specialiseert', 'focus', 'focust',
      // Verleden tijd: voor wie van baan wisselt of werk zoekt is het werk van vroeger het wat (held-out review 44).
      'repareerde', 'repareerden', 'installeerde', 'installeerden', 'beheerde', 'beheerden', 'plande',
      'planden', 'verkocht', 'verkochten', 'adviseerde', 'adviseerden', 'trainde', 'trainden', 'schilderde',
      'schilderden', 'leidde', 'leidden', 'gaf', 'gaven', 'organiseerde', 'organiseerden', 'renoveerde',
      'renoveerden', 'onderhield', 'onderhielden', 'bakte', 'bakten', 'kookte', 'kookten', 'vertaalde',
      'vertaalden', 'begeleidden', 'coachte', 'coachten', 'ontwierp', 'ontwierpen', 'bouwden', 'maakten',
      'verzorgde', 'verzorgden', 'plaatste', 'plaatsten', 'legde', 'legden',
      // Eigen werkwoorden van ICT-vakmensen: "Wij implementeren Odoo bij groothandels" (held-out review 43).
      'implementeer', 'implementeert', 'implementeren', 'pentest', 'pentesten', 'test', 'testen',
      // Wat startups doen (held-out review 55): "Wij voorspellen welke machines stuk gaan".
      'voorspel', 'voorspelt', 'voorspellen', 'herken', 'herkent', 'herkennen', 'signaleer', 'signaleert', 'signaleren',
    ],
  },
  who: [
    '@self', 'mijn naam', 'ik heet', 'mijn bedrijf', 'ons bedrijf', 'onze praktijk', 'mijn praktijk',
    'ons kantoor', 'mijn kantoor', 'ons team', 'mijn zaak', 'onze zaak', 'mijn winkel', 'onze winkel',
    'mijn atelier|werkplaats|studio|salon|keuken|boerderij|webshop', 'ons atelier|bedrijf|restaurant|café',
    '_ hier \\?|.|,|!|$',
    // "Mo hier van Schildersbedrijf Mo": een gesproken introductie.
    '_ hier van|namens',
    // Een gastheer stelt voor: "Onze volgende spreker is mr. Ellen Dekker."
    'volgende|eerste|laatste spreker|gast|spreekster is',
    // Een bio in de derde persoon: "Zij is arbeidsrechtadvocaat in Den Haag."
    '^ zij|hij|ze is|was|werkt|runt|helpt|leidt|richtte|heeft|bezit|geeft|adviseert|begeleidt|schreef|woont',
    // Past tenses of a career in a bio (held-out review 51): "Zij werkte tien jaar als jeugdzorgwerker".
    '^ zij|hij|ze werkte|leidde|runde|gaf|studeerde|groeide|verhuisde|begon|opende|startte',
    // In notitievorm: "Productmanager bij Bol", "fotograaf in Gent".
    // "@" in a headline reads "at" ("Product Designer @ Coolblue").
    '^ _? @trade bij|in|uit|voor|van|en|&|,|at|$',
    // Een zaak als deel van een kopregel: "Thuisbakkerij in Zwolle | …" (held-out review 22).
    '^ _? @business in|te|uit|bij|voor|&|,|$',
    // A business by its name in a headline: "Bakkerij Koster | Deventer", "Taquería La Güera | Austin" (held-out review 46).
    '^ @business _ _? $',
    // "Bakkerij Bosman in Gouda." (held-out review 67).
    '^ @business _ in|uit|te|aan|op _',
    // Profielpagina's in steekwoorden: "Oprichter van Vrachtflow", "Eigenaar bij Bakkerij Jansen".
    '^ oprichter|medeoprichter|mede-oprichter|eigenaar|directeur|zaakvoerder|praktijkhouder|uitbater|uitbaatster|founder|co-founder|cofounder van|bij',
  ],
  ownsBusiness: [
    // Een instelling of zaak leiden: "directeur van een secundaire school", "beheerder van een camping".
    'directeur|manager|leider|coördinator|hoofd|beheerder|directrice van|bij een|de|het ...2 @business',
    '@self heb|hebben|bezit|bezitten|run|runnen|beheer|beheren ...3 @business',
    'heb|hebben|bezit|bezitten|run|runnen|beheer|beheren @self ...3 @business',
    // "Wij zijn uitgegroeid tot een kleine branderij", "ik ben eigenaar van een kapsalon".
    '@self ben|zijn|werd|werden ...4 een|de _? _? @business',
    // A company named by its kind of business: "Wij zijn Dakwerken Peeters", "Wij zijn Bakkerij Jansen".
    '@self ben|zijn de? @business',
    // "Wij zijn Brood & Co, een bakkerij in Goes" (held-out review 60).
    '@self ben|zijn ...4 , een|de ...4 @business',
    // Een zaak bij naam: "Bakkerij Koster is een bakkerij in Deventer", en een kopregel "Bakkerij Koster | Deventer" (held-out review 46).
    '^ _ _? _? is|was een ...2 @business',
    '^ @business _ _? $',
    '^ @business _ in|uit|te|aan|op _',
    // Een zaak als deel van een kopregel zegt wat: "Thuisbakkerij in Zwolle | …".
    '^ _? @business in|te|uit|bij|voor|&|,|$',
    // Third-person bios: "In 2015 richtte Jan de Vries zijn eigen bakkerij op", "Zij runt een kapsalon".
    'richtte|richtten|opende|openden|startte|startten|begon|begonnen|runt|runnen|leidt|leiden|heeft|hebben ...4 zijn|haar|hun|een eigen? @business',
    // Vlaams: "uitbater van een café", "we baten een frituur uit" (held-out review 52).
    'uitbater|uitbaatster|uitbaters van|bij', 'baat|baten|baatte|baatten ...5 uit',
  ],
  offer: [
    '@offerVerb', 'gespecialiseerd in|op', 'specialist in|op|voor', 'expert in|op|voor',
    'op het gebied van', 'actief in|als',
    // "Wij zetten ons in voor daklozen in Utrecht", "Stichting X zet zich in voor …".
    'zet|zetten ons|zich|me|mij in voor',
    // "Ik laat honden uit in Utrecht-Oost", "ik pas op honden" (held-out review 66).
    '< laat|laten > ...2 uit',
    '< pas|passen op > honden|katten|kinderen|huisdieren|dieren',
    'eigenaar|zaakvoerder|oprichter|founder|co-founder|cofounder van|bij', 'aan de slag als',
    'werkzaam als|bij|in',
    'gespecialiseerde', 'ben|is|zijn @trade', 'ben|is|zijn een|de _? @trade',
    // A product that does something: "Onze software betaalt leveranciers van restaurants".
    'onze|mijn software|app|platform|tool|machine|robot|systeem|plug-in|plugin ~is|zijn|was|heeft|hebben|wordt|kan|zal|moet _',
    'platform|app|tool|software|systeem|marktplaats dat|die ~is|zijn|wordt _',
    // "Wij brengen medische hulpmiddelen op de markt" (held-out review 28).
    '< breng|brengt|brengen|bracht|brachten > ...4 op de markt',
    // Een product met wat het is en voor wie: "Circulo is een marktplaats voor tweedehands bouwmaterialen".
    '< is|zijn een ...3 app|platform|software|marktplaats|tool|saas|api|plug-in|dienst > voor',
  ],
  trades: [
    // Held-out review 50: verkopen is een vak als elk ander.
    'verkoper', 'verkoopster', 'vertegenwoordiger',
    'boer', 'boerin', 'fruitteler', 'melkveehouder', 'akkerbouwer', 'tuinder', 'visser',
    'fotograaf', 'boekhouder', 'accountant', 'loodgieter', 'tandarts', 'huisarts', 'vertaler', 'tolk',
    'advocaat', 'notaris', 'makelaar', 'architect', 'bakker', 'slager', 'kapper', 'kok', 'hovenier',
    'schilder', 'elektricien', 'installateur', 'aannemer', 'timmerman', 'dakdekker', 'stukadoor', 'tegelzetter',
    'monteur', 'fysiotherapeut', 'diëtist', 'psycholoog', 'verpleegkundige', 'verloskundige', 'logopedist',
    'ergotherapeut', 'osteopaat', 'podotherapeut', 'dierenarts', 'apotheker', 'opticien', 'webdesigner',
    'webdeveloper', 'developer', 'programmeur', 'ontwikkelaar', 'grafisch', 'vormgever', 'illustrator',
    'copywriter', 'tekstschrijver', 'redacteur', 'journalist', 'fotografe', 'videograaf', 'cameraman',
    'boekhoudster', 'belastingadviseur', 'hypotheekadviseur', 'jurist', 'mediator', 'recruiter',
    'docent', 'leraar', 'lerares', 'juf', 'meester', 'trainer', 'tuinarchitect', 'binnenhuisarchitect',
    'interieurontwerper', 'stylist', 'visagist', 'schoonheidsspecialiste', 'masseur', 'yogadocent',
    'personal', 'fietsenmaker', 'garagehouder', 'glazenwasser', 'schoonmaker', 'verhuizer',
    'koerier', 'chauffeur', 'bloemist', 'florist', 'goudsmid', 'edelsmid', 'kleermaker', 'naaister',
    'drukker', 'ondernemersadviseur', 'financieel', 'verzekeraar', 'taxateur', 'bouwkundige', 'landmeter',
    'psychotherapeut', 'kinderopvang', 'gastouder', 'oppas', 'cateraar', 'traiteur', 'barista', 'brouwer',
    'wijnhandelaar', 'zadelmaker', 'meubelmaker', 'ontwerper', 'animator', 'vertaalster', 'pianodocent',
    'rijinstructeur', 'zangdocent', 'arts', 'chirurg', 'orthodontist', 'mondhygiënist', 'coördinator',
    'projectleider', 'softwareontwikkelaar', 'data-analist', 'analist', 'systeembeheerder',
    // English titles as Dutch professionals use them ("Ik ben cloud engineer"), and Flemish titles.
    'engineer', 'designer', 'marketeer', 'fondsenwerver', 'kinesist', 'kinesitherapeut', 'kine', 'vroedvrouw',
    'leerkracht', 'onderwijzer', 'pedagoog', 'orthopedagoog', 'imker', 'teler', 'veehouder', 'smid', 'lasser',
    'metselaar', 'glazenmaker', 'sommelier', 'slotenmaker', 'schoenmaker', 'tandtechnicus', 'huisschilder',
    'hoefsmid', 'boekbinder', 'steenhouwer', 'rietdekker', 'schoorsteenveger', 'dronepiloot', 'actuaris',
    'klokkenmaker', 'harpiste', 'uitvaartbegeleider', 'pianostemmer', 'stoffeerder', 'meubelstoffeerder',
    'glazenier', 'kaasmaker', 'wijnboer', 'valkenier',
    'it-beheerder', 'ict-beheerder', 'fysio', 'cardioloog', 'neuroloog', 'uroloog', 'dermatoloog', 'gynaecoloog', 'radioloog', 'oncoloog',
    'reumatoloog', 'anesthesioloog', 'schrijnwerker', 'tatoeëerder', 'tatoeerder', 'ghostwriter', 'wijnimporteur', 'gebarentolk',
    'fiscalist', 'pianist', 'gitarist', 'violist', 'organist', 'internist', 'pedicure', 'uitvaartverzorger',
    'uitvaartondernemer', 'begrafenisondernemer', 'drogist', 'deurwaarder', 'gerechtsdeurwaarder',
    // Review of common self-descriptions (session 6).
    'klusjesman', 'klusser', 'hondenuitlater', 'reisleider', 'gids', 'stadsgids', 'natuurgids', 'virtueel assistent',
    'virtual assistant', 'muzikant', 'dj', 'onderzoeker', 'ingenieur', 'barbier', 'pottenbakker', 'beeldhouwer',
    'trouwambtenaar', 'econoom', 'piloot', 'tuinman', 'boomverzorger', 'ongediertebestrijder', 'glazenzetter',
    'podcaster', 'influencer', 'contentcreator', 'content creator', 'bemiddelaar', 'curator', 'administrateur',
    'data scientist', 'uitgever', 'praktijkondersteuner',
    // Beroepen uit formele bio's (held-out review 23).
    'dirigent', 'dichter', 'schrijver', 'kunsthistoricus', 'conservator', 'sopraan', 'acteur', 'actrice', 'componist',
    'rechter', 'raadsheer', 'burgemeester', 'diplomaat', 'ambassadeur', 'kamerlid', 'politicus', 'historicus',
    'neurochirurg', 'bankier', 'voetballer', 'schaatser', 'wielrenner', 'scheidsrechter', 'officier van justitie',
    // Feminine forms.
    'kinesitherapeute', 'advocate', 'kapster', 'verpleegster', 'psychologe', 'logopediste', 'diëtiste',
    'therapeute', 'fysiotherapeute', 'ergotherapeute', 'docente', 'kokkin', 'schilderes',
    // Freelance- en Werkspotprofielen (held-out review 25).
    'controller', 'product owner', 'scrum master', 'tekenaar', 'editor', 'behanger', 'plafonneerder',
    'administratief medewerker', 'functioneel beheerder', 'transcribent', 'tester',
    'verslaggever', 'bibliothecaris', 'calculator', 'werkvoorbereider', 'bioloog', 'scheikundige',
    // Publieke sector, zorg, onderwijs en onderzoek (held-out review 32).
    'maatschappelijk werker', 'wijkagent', 'politieagent', 'agent', 'brandweerman', 'brandweervrouw', 'schooldirecteur',
    'promovendus', 'promovenda', 'postdoc', 'lector', 'jongerenwerker', 'vakbondsbestuurder', 'consulent',
    // Werk van nieuwkomers (held-out review 34).
    'verzorgende', 'helpende', 'orderpicker', 'pakketbezorger', 'buschauffeur', 'pedagogisch medewerker',
    'persoonlijk begeleider', 'constructeur',
    'specialist ouderengeneeskunde', 'wijkverpleegkundige', 'zorgcoördinator', 'mantelzorgconsulent', 'buurtwerker',
    // Vlaamse beroepen en ambachten (held-out reviews 35 en 36), en titels zonder voorvoegsel.
    'beenhouwer', 'chauffagist', 'metser', 'vloerder', 'dakwerker', 'garagist', 'carrossier', 'syndicus', 'bandagist',
    'onthaalmoeder', 'onthaalouder', 'hondentrimster', 'hondentrimmer', 'trimster', 'nagelstyliste',
    'schoonmaakster', 'inkoper', 'planner', 'steigerbouwer', 'grondwerker', 'glaszetter',
    // Financiële, juridische, ICT- en defensietitels (held-out reviews 41, 43, 44).
    'bewindvoerder', 'schuldhulpverlener', 'registermediator', 'productmanager', 'pentester', 'ethisch hacker',
    'informatiebeveiliger', 'netwerkbeheerder', 'informaticus', 'security officer', 'militair', 'oud-militair',
    'beroepsmilitair', 'officier', 'logistiek officier', 'kapitein',
    // Vroegere banen van zij-instromers en titels uit de publieke sector (held-out reviews 45, 48).
    'bedrijfsleider', 'gastheer', 'gastvrouw', 'beveiliger', 'receptioniste', 'receptionist', 'postbode', 'raadslid', 'boa', 'schoolmaatschappelijk werker', 'mediathecaris',
    // Held-out reviews 62, 64, 65: titles van herintreders en nieuwkomers, de kunsten, de publieke sector.
    'secretaresse', 'technieker', 'mechanicus', 'keramist', 'keramiste', 'regisseur', 'regisseuse', 'dramaturg',
    'zanger', 'zangeres', 'cellist', 'drummer', 'cabaretier', 'choreograaf',
    'danser', 'danseres', 'typograaf', 'illustratrice', 'tattooartiest', 'beeldend kunstenaar',
    'ambtenaar', 'epidemioloog', 'griffier', 'opbouwwerker', 'wetenschappelijk medewerker',
    // Held-out review 60: lokale vakmensen.
    'poetsvrouw', 'poetshulp', 'voetverzorger', 'voetverzorgster', 'vloerenlegger', 'ontstopper', 'patissier', 'chocolatier',
    // Held-out reviews 69, 70: industriële vakken en een adviseur met een vak.
    'machineoperator', 'cnc-operator', 'frezer', 'draaier', 'organisatieadviseur',
    'dogwalker', 'hondenuitlaatster', 'hondenoppas',
  ],
  tradeSuffixes: [
    'fotograaf', 'ontwerper', 'maker', 'bouwer', 'adviseur', 'coach', 'consultant', 'therapeut', 'arts',
    'kundige', 'installateur', 'schilder', 'trainer', 'docent', 'jurist', 'advocaat', 'makelaar', 'architect',
    'vertaler', 'schrijver', 'redacteur', 'ontwikkelaar', 'developer', 'designer', 'specialist', 'planner',
    'kapper', 'monteur', 'technicus', 'psycholoog', 'handelaar', 'winkel', 'praktijk', 'bureau', 'bedrijf',
    'studio', 'salon', 'bakkerij', 'kantoor', 'analist', 'beheerder', 'manager', 'verkoper', 'begeleider',
    'deskundige', 'expert', 'kweker', 'boer', 'houder', 'verhuurder', 'leverancier', 'producent', 'dienst',
    'verantwoordelijke', 'coördinator', 'chef', 'administrateur', 'leider', 'medewerker', 'teler', 'inkoper',
    'assistent', 'verpleegkundige', 'verzorgende', 'importeur', 'exporteur', 'tolk', 'writer',
    'marketeer', 'accountant', 'organisator', 'stylist', 'styliste', 'aannemer',
    'leraar', 'lerares', 'docente', 'instructeur', 'instructrice', 'assistente',
    // Hoefsmid, edelsmid; verhuisservice, schoonmaakservice.
    'smid', 'service',
    // Schaakclub, toneelvereniging, wijkcomité (held-out review 59).
    'club', 'vereniging', 'comité', 'ouderraad',
    // Jeugdzorgwerker, thuiszorgwerker, jongerenwerker (held-out review 51); not every -werker ("netwerker").
    'zorgwerker', 'jongerenwerker', 'buurtwerker', 'welzijnswerker', 'opbouwwerker',
    // Thuiszorgorganisatie, kraamzorgorganisatie (held-out review 61).
    'zorgorganisatie',
    // Psychiater, kinderpsychiater (medische specialisten op -loog staan bij de vakken: "dialoog" is er geen).
    'iater',
  ],
  vagueTitles: [
    'ondernemer', 'consultant', 'adviseur', 'coach', 'specialist', 'expert', 'professional', 'manager',
    'trainer', 'begeleider',
    'eigenaar', 'zzp\'er', 'zzper', 'freelancer', 'zelfstandige', 'oprichter', 'founder',
    'partner', 'directeur', 'zaakvoerder', 'verbinder', 'denker', 'doener', 'teamspeler', 'duizendpoot',
    'generalist', 'strateeg', 'visionair', 'changemaker', 'gamechanger', 'bedrijf', 'dienst', 'bureau',
  ],
  vagueWords: [
    // Lof voor wie geholpen wordt zegt niets over de hulp (held-out review 30): "Ik help ambitieuze ondernemers".
    'ambitieuze', 'ambitieus', 'gedreven', 'ondernemende', 'groeiende', 'succesvolle', 'inspirerende', 'bewuste',
    'groeien', 'groei', 'groeit', 'succes', 'succesvol', 'succesvoller', 'verder', 'beter', 'hoger', 'niveau',
    'oplossing', 'oplossingen', 'totaaloplossing', 'totaaloplossingen', 'waarde', 'meerwaarde', 'impact',
    'potentieel', 'doelen', 'doel', 'ambities', 'ambitie', 'dromen', 'droom', 'resultaat', 'resultaten',
    'kracht', 'ontzorgen', 'ontzorgd', 'ondernemers', 'ondernemer', 'bedrijven', 'bedrijf', 'organisaties',
    'organisatie', 'mensen', 'klanten', 'klant', 'particulieren', 'mkb', 'zaken', 'dingen', 'alles', 'vlak',
    'gebied', 'kwaliteit', 'kansen', 'kans', 'uitdagingen', 'uitdaging', 'toekomst', 'volgende', 'stap',
    'next', 'level', 'maximaal', 'optimaal', 'efficiënter', 'slimmer', 'sneller', 'meer', 'synergie',
    'holistisch', 'holistische', 'innovatief', 'innovatieve', 'professioneel', 'professionele', 'passie',
    'samen', 'samenwerking', 'verbinding', 'verbinden', 'bereiken', 'halen', 'realiseren', 'ontwikkeling',
    'ontwikkelen', 'helpen', 'help', 'hun', 'hen', 'iedereen', 'elk', 'elke', 'ieder', 'iedere', 'alle',
    'allerlei', 'diverse', 'verschillende', 'breed', 'brede', 'scala', 'gebieden', 'vraagstukken',
    'vraagstuk', 'zaak', 'mogelijk', 'mogelijkheden', 'stappen', 'maken', 'zetten', 'krijgen', 'worden',
    'zijn', 'hebben', 'staan', 'gaan', 'komen', 'echt', 'écht', 'goed', 'goede', 'beste', 'mooie', 'mooi',
    'nieuwe', 'nieuw', 'groot', 'grote', 'klein', 'kleine', 'zelf', 'eigen', 'weer', 'nog', 'vooruit',
    'hogere', 'volle', 'vol', 'energie', 'plezier', 'focus', 'balans', 'rust', 'inzicht', 'inzichten',
    'strategie', 'strategisch', 'strategische', 'transformatie', 'verandering', 'veranderingen', 'doelstellingen',
    'ondersteuning', 'begeleiding', 'advies', 'diensten', 'dienstverlening', 'producten', 'service',
    'services', 'maatwerk', 'ideeën', 'visie', 'missie', 'unieke', 'uniek', 'ervaring', 'expertise',
    'kennis', 'netwerk', 'contacten', 'relaties', 'partners', 'partner', 'businesses', 'bv', 'zzp\'ers',
    'heel', 'veel', 'van', 'fronten', 'vlakken', 'snijvlak', 'rollen', 'benutten', 'enablen',
    'digitale', 'digitaal', 'optimaliseren', 'optimalisatie', 'processen',
    'proces', 'technologie', 'technologieën', 'gepassioneerde', 'gepassioneerd', 'bevlogen', 'enthousiaste',
    'ervaren', 'allround', 'creatieve', 'creatief', 'dynamische', 'dynamisch', 'daadkrachtige', 'resultaatgerichte',
    'resultaatgericht', 'klantgerichte', 'klantgericht', 'oplossingsgerichte', 'oplossingsgericht', 'integrale',
    'integraal', 'duurzame', 'duurzaam', 'slimme', 'slim', 'moderne', 'modern', 'hele', 'totale', 'complete',
    'compleet', 'volledige', 'volledig', 'aspecten', 'aspect', 'terrein', 'terreinen',
    'kmo', "kmo's", 'groeiambities', 'doelgroep', 'toegevoegde', 'ontzorging',
    'ontplooien', 'ontplooiing', 'bewust', 'bewustwording', 'persoonlijke', 'persoonlijk', 'leiderschap',
    'veranderkracht', 'wendbaar', 'wendbaarheid', 'future-proof', 'toekomstbestendig', 'toekomstbestendige',
    'next-level', 'mindset', 'flow', 'vooruitgang', 'haalbaar', 'meetbaar', 'meetbare', 'zichtbaar',
    'zichtbaarheid', 'positie', 'positionering', 'ondernemerschap', 'vakmanschap', 'people',
    'process', 'technology', 'business', 'data-driven', 'innovatie', 'innovaties',
    'hoi', 'allemaal', 'hallo', 'goedemorgen', 'goeiemorgen', 'hart', 'nieren', 'denken', 'denk', 'mee',
    'sterke', 'sterk', 'sterker', 'creatie', 'tillen', 'til', 'jouw', 'the', 'brand', 'geloof', 'geloven',
    'netwerken', 'positieve', 'positief', 'gaat',
    'styling', 'zo', 'dingetjes', 'ongeacht', 'branche', 'sector', 'sectoren', 'zowel', 'zakelijk', 'aanpak',
    'uiteenlopende', 'internationale', 'omgevingen', 'bewezen', 'track', 'record', 'spullen', 'iets', 'wat', 'allerhande', 'soorten', 'vormen', 'manieren',
  ],
  ask: [
    '< @self ben|zijn ...3 op zoek naar',
    '< ben|zijn @self ...3 op zoek naar',
    // Held-out reviews 50, 54: openheid in de derde persoon, collega's om van te leren, een gewenste baan.
    '< staat|staan open voor samenwerking|samenwerkingen|contact|kennismaking|kennismakingen|gesprekken|introducties|nieuwe|opdrachten|uitwisseling',
    '< @self ...2 benieuwd naar ervaringen|verhalen|tips van',
    '< @self ...3 graag leren van',
    '< @self ...2 wil|zoek|zoeken een|nieuwe? baan|functie|stage|stageplek|werkplek als|bij',
    '< breng|brengt ...2 me|mij|ons ...2 in contact',
    '< @self zoek|zoeken ~naar|altijd|steeds|voortdurend|samen|mee|uit|op|het|dit|dat|hier|jou|u|je',
    '< zoek|zoeken @self ~naar|altijd|steeds|voortdurend|samen|mee|uit|op|het|dit|dat|hier|jou|u|je',
    '< @self zoek|zoeken altijd|steeds|voortdurend|nog|vooral|momenteel|nu ~naar',
    '< een|mijn|onze goede|goeie|mooie|perfecte|ideale|gouden|waardevolle|fijne|interessante|sterke doorverwijzing|introductie|referral|verwijzing|tip|connectie|kennismaking|doorverwijzingen|introducties|referrals|tips|referentie|referenties',
    '< mijn|onze ideale klant|klanten|opdrachtgever|opdrachtgevers|doorverwijzing|referral|introductie|match|droomklant|droomklanten',
    '< ken|kent|kennen @you iemand|mensen|een|bedrijven|ondernemers|organisaties|eigenaren|ouders|gezinnen|stellen|starters|families|de|nog|zo|zo\'n|er',
    // Een praktijk- of dienstpagina: "Huisartsen in de regio kunnen patiënten verwijzen via ZorgDomein".
    '< ^ _ ...8 kunnen|kan|mogen ...6 verwijzen|doorverwijzen|aanmelden',
    // Een groep welkom heten: "Ook jongvolwassenen die vastlopen in hun studie zijn welkom" (held-out review 21).
    '< cliënten|clienten|klanten|patiënten|leerlingen|studenten|jongeren|jongvolwassenen|volwassenen|ouderen|gezinnen|ondernemers|deelnemers|iedereen|ouders|kinderen ...10 zijn|is ...2 welkom',
    // Een doelgroep bij het aanbod: "Medische fitness is ideaal voor mensen met chronische klachten".
    '< ideaal|bedoeld voor ~iedereen|alle|elke|ieder|iedere|jou|u',
    '< is|zijn er vooral|speciaal|juist voor',
    '< verwijzingen|aanmeldingen ...3 welkom van|uit',
    // Derde persoon: "Zij is met name geïnteresseerd in contact met HR-directeuren", "Hij komt graag in contact met".
    '< geïnteresseerd|geinteresseerd in contact|kennismaking|gesprekken met',
    '< hij|zij|ze komt|wil ...3 graag ...2 in contact|kennismaken|praten|spreken met',
        // Nieuwe mensen aannemen: "We nemen op dit moment weer nieuwe patiënten aan, vooral gezinnen uit Zwolle-Zuid".
    '< @self neem|nemen|neemt ...4 nieuwe|meer|extra? patiënten|klanten|leerlingen|cliënten|leden|opdrachten|kinderen ...2 aan ~de|het|een|hand',
    '< nieuwe patiënten|klanten|leerlingen|cliënten|leden ...3 welkom|gezocht',
    // "Ik wil graag in gesprek met startende winkeliers …", "… een verkennend gesprek aangaan".
    '< @self wil|willen|zou|zouden|ga|gaan ...2 graag ...3 in gesprek met',
    '< graag ...3 in gesprek met',
    '< @self ...3 graag ...8 gesprek|gesprekken aangaan|voeren',
    // "Wij nodigen alle ondernemers uit om contact op te nemen": een uitnodiging aan een doelgroep.
    '< @self nodig|nodigen ...8 uit',
    // Held-out reviews 66–70: een nieuwe opdracht waarnaar iemand uitkijkt, een zin zonder onderwerp, hoop dat
    // iemand hier iemand kent, mond-tot-mondreclame.
    '< @self kijk|kijken ...2 uit naar een|de? nieuwe|volgende ...2 opdracht|baan|functie|uitdaging|rol|stage|stageplek|klus',
    '< en|dus ben|zijn ...2 op zoek naar',
    '< hoop|hopen dat iemand ...6 kent|kennen',
    '< misschien|wellicht|vast kent iemand',
    '< vertel|vertellen|vertelt ...6 over ons|mij $|en',
    '< over ons|mij vertellen|vertelt|vertelden',
    // Held-out review 69: een wens zonder onderwerp, een introductie die op prijs gesteld wordt.
    '< ^ graag samenwerken|kennismaken|sparren met',
    '< ^ graag in contact met',
    '< nog # plek|plekken|plaatsen|plekjes',
    '< introductie|introducties|intro|doorverwijzing|doorverwijzingen ...8 op prijs',
    // Held-out reviews 62, 64, 65: vragen van werkzoekenden, "het liefst", een behoefte achteraan, onderzoekers die werven.
    '< @self ...3 benieuwd of|hoe @you ...4 aannemen|zoeken|werven|plek|ruimte|vacatures|vacature|stageplek|stageplekken|stageplaats',
    '< ^ hebben|heeft @you ...3 plek|ruimte|plaats|werk|vacatures|stageplek|stageplekken|stageplaats voor',
    '< ^ weet|weten @you ...2 waar|wie|of ...4 zoeken|zoekt|aannemen|nodig|werven',
    '< @self ...2 werk|werken het liefst ...2 samen|voor|met',
    '< @self werk|werken graag voor ~mijn|onze|jou|u|jullie|iedereen|mensen|klanten',
    '< daarvoor|hiervoor|daarnaast|verder|daarom|ook hebben|heb @self ...4 nodig',
    // Adjacent only: in Flanders "de werf" is the building site ("ik laat de werf net achter").
    '< @self werf|werven ~je|jou|u',
    '< @self hoop|hopen ...6 te spreken|ontmoeten|interviewen|werven|vinden',
    '< met deze|de|die subsidie|beurs|financiering kan|kunnen|wil|willen @self',
    // Met het doel vooraan: "Horeca die onze wijnen wil schenken, nodigen we graag uit voor een proeverij" (held-out review 46).
    '< ^ _ ...12 , nodig|nodigen @self graag ...3 uit',
    '< nodig|nodigen @self graag ...3 uit',
    // Een doelgroep, zoals "mijn ideale klant is": "Mijn coaching is voor oprichters van …".
    'mijn|onze coaching|diensten|dienst|training|trainingen|workshops|aanbod|programma|praktijk|werk|studio|bureau is|zijn vooral|speciaal|ideaal|bedoeld? < voor ~iedereen|alle|elke|ieder|iedere|jou|u',
    // Een naam of bedrijf als onderwerp: "Ruud zoekt bestuurders van …", "Het bedrijf zoekt …".
    '< ^ ~wie|wat|iedereen|niemand|men|elke|ieder|elk|iedere _ _? zoekt ~je|jij|u|naar|uit|op|het|dit|dat|altijd|steeds|samen|mee',
    // Het tweede werkwoord zonder onderwerp: "We groeien en zoeken collega's".
    '< en|maar zoek|zoeken|zoekt ~je|jij|u|jullie|naar|uit|op|de|het|dit|dat|altijd|steeds|samen|mee|ze|hem|haar',
    // Zonder onderwerp, als op een prikbord of in een kopregel: "Zoek: bedrijfspand in Zwolle", "Gezocht: …".
    '< ^ zoek|zoeken|gezocht :? ~je|jij|u|jullie|ge|gij|naar|het|dit|dat|uit|op _',
    '< ^ beschikbaar per|vanaf|voor|als',
    // Held-out reviews 19 and 20: a shortage, a career move, a call to join, a question about the network.
    '< @self komen|kom ...4 tekort',
    '< @self wil|willen|zou|zouden ...2 graag ...2 aan de slag als|bij|in',
    '< @self wil|willen|zou|zouden ...2 graag ...2 de overstap maken',
    '< ^ word|wordt vrijwilliger|donateur|lid|mentor|buddy|maatje|sponsor|vriend|ambassadeur',
    '< sta|staan @self ...2 open voor',
    '< mocht|mochten @you ...6 kennen|tegenkomen|spreken|weten',
    '< ^ weet|weten @you iemand|mensen|een|bedrijven|ondernemers',
    '< ^ zit|zitten er in @you|jouw|uw netwerk',
    '< ^ open to work|werk',
    // "Open voor nieuwe kansen", "Ik sta open voor kennisuitwisseling met collega's uit …".
    '< open voor opdrachten|klanten|boekingen|bestellingen|samenwerkingen',
    '< @self leer|leren graag ...6 kennen',
    '< ^ open voor nieuwe|een|werk|opdrachten|samenwerking|samenwerkingen|kansen|uitdagingen|introducties|contact',
    '< @self sta|staan ...2 open voor',
    // "Een goede klant voor ons is een syndicus die …": the referral frame with the client.
    '< een|mijn|onze goede|goeie|mooie|perfecte|ideale|fijne|typische klant|klanten|opdrachtgever|opdrachtgevers voor mij|ons is|zijn|:',
    // Any other people sought: "Kennen jullie werkgevers in de Achterhoek die …?" (not "Ken je ons al?", "Ken je dat gevoel?").
    "< ^ ken|kent|kennen @you ~ons|mij|me|mijn|onze|uw|jouw|het|dat|dit|die|deze|al|ook|wel|niet|geen|iets|alles|hem|haar|hen|zelf|eigenlijk _",
    // De vraag in een bijzin bij de eigen beschrijving: "wij zijn een poetsbedrijf dat op zoek is naar …".
    '@self ben|zijn een ...4 < dat|die op zoek is|ben|zijn naar',
    // Not the idiom "wie weet" ("wie weet tot snel!", "en wie weet zien we je snel", held-out review 33).
    '< wie kent|kan|helpt|heeft',
    '< wie weet iemand|een|nog|er|mensen|bedrijven|ondernemers',
    'mij|me|ons ...3 < voorstellen|voorgesteld aan|bij',
    'stel|stelt ...3 mij|me|ons ...2 voor aan',
    '< in contact brengen|zetten met',
    // "Wie brengt mij in contact met …?", "… als je me in contact brengt met …" (held-out review 52).
    '< brengt|zet mij|me|ons in contact met',
    '< mij|me|ons in contact brengt|zet|brengen|zetten met',
    // Een introductie zonder "zoek": "Graag een introductie bij …", "Ik hoop op een introductie bij …".
    '< ^ graag een _? introductie|intro|doorverwijzing bij|naar|met',
    '< wil|wilt|willen|zou|zouden @self? graag ...3 introductie|intro|doorverwijzing krijgen|hebben? bij|naar|met',
    '< hoop|hopen ...3 op een|de? _? introductie|intro|doorverwijzing bij|naar|met',
    '< een _? introductie|intro|doorverwijzing bij|naar|met ...8 zou|zouden mijn|onze week|dag|maand',
    '< @self ...3 op jacht naar',
    '< ben|zijn @self ...2 op jacht naar',
    // Weeklabels: "Mijn vraag van de week: …", "Introductie gezocht: …".
    '< mijn|onze vraag|ask|verzoek van de|deze week',
    '< ^ introductie|doorverwijzing|referral gezocht',
    // Held-out reviews 55, 56, 59: de introductie die het meest helpt, een behoefte midden in de zin, welkome
    // introducties, een seedronde, een sponsor, een verzoek aan de luisteraar.
    '< introductie|intro|doorverwijzing die mij|me|ons ...3 helpen|helpt',
    '< ^ wat mij|me|ons ...4 zou|zouden helpen',
    '< nu|dus|maar|momenteel hebben|heb @self ...4 nodig',
    '< en|dus|maar|nu @self heb|hebben ...4 nodig',
    "< introducties|introductie|intro's|doorverwijzingen|tips ...8 zijn|is ...2 welkom",
    '< @self ...3 in voor een ...2 gesprek|gesprekje|kop|koffie|babbel met',
    '< @self halen|haal ...4 seedronde|seed|investering|financiering|kapitaal|ronde|funding ...4 op',
    '< @self zijn|ben ...3 seedronde|investeringsronde|financieringsronde|ronde ...4 aan het ophalen',
    '< @self zouden|zou ...2 blij|dankbaar|gelukkig zijn met',
    '< ^ een _ ...10 ,? zou|zouden ...2 geweldig|fantastisch|top|fijn|super|prachtig zijn',
    '< @self kunnen|kan ...3 hulp|steun|versterking|handen gebruiken',
    '< ^ help me|mij|ons aan',
    '< geef|geeft mijn|onze naam|nummer|kaartje|gegevens door aan',
    '< graag ...4 in contact',
    '< graag ...4 kennis|kennismaken|spreken|ontmoeten|praten|introduceren|voorgesteld',
    '< @self kom|komen|maak|maken|spreek|spreken|ontmoet|ontmoeten graag',
    '< @self wil|willen|zou|zouden ...2 graag ...3 in contact',
    '< @self wil|willen|zou|zouden ...2 graag ...3 kennismaken|kennis|spreken|ontmoeten|samenwerken|werken|sparren',
    "< @self wil|willen|zou|zouden ...4 leren kennen",
    // Verb last, in a subordinate clause: "omdat ik graag wil sparren met andere designers".
    '< @self graag ...2 wil|willen|zou|zouden ...3 kennismaken|kennis|spreken|ontmoeten|samenwerken|sparren|praten',
    // De mensen tussen "graag" en het werkwoord: "omdat ik graag advocaten en juristen wil leren kennen die …".
    '< @self graag ...6 wil|willen|zou|zouden leren kennen',
    '< @self graag ...6 wil|willen|zou|zouden ontmoeten|spreken|kennismaken|kennis',
    // "Wie ik graag zou leren kennen?", "Wie ik zoek?", "Wie zou ik graag leren kennen?", "Naar wie ben ik op zoek?".
    '< ^ wie @self ...5 zoek|zoeken|kennen|ontmoeten|spreken|leren',
    // "Waar ik naar op zoek ben: …", "Waar wij vooral naar zoeken".
    '< ^ waar @self ...5 zoek|zoeken',
    '< ^ wie zou|zouden|wil|willen @self ...3 kennen|ontmoeten|spreken|leren',
    // "## Wie ik graag ontmoet": de werkwoordsvorm bij "ik".
    '< ^ wie @self ...3 ontmoet|spreek',
    // Iets lenen, huren of overnemen: "Heeft iemand van jullie nog een garage te huur in de wijk?".
    '< ^ heeft|heb|hebben iemand|jij|jullie|u ...8 huur|koop|over|liggen|staan|staat|ligt',
    // "We hebben nog plukkers nodig voor augustus."
    '< ^ wij|we|ik ...2 hebben|heb ...4 nodig',
    // Het werkwoord achteraan: "Ik ben hier omdat ik een co-founder zoek."
    '< omdat|want|zodat @self ...5 zoek|zoeken $',
    '< ^ naar wie ben|zijn @self ...2 op zoek',
    // "Ik werk het liefst voor scale-ups met …": an ideal-client statement.
    '< @self werk|werken ...2 liefst|voorkeur voor|met|bij',
    // "Ik werk graag voor organisaties die …": the ideal client, however vague (held-out review 43).
    '< @self werk|werken graag voor|met _ ...2 die|dat',
    // Room for new clients: "Vanaf maart heb ik weer ruimte voor …", "Wij hebben per 1 april nog plek".
    '< @self heb|hebben ...3 nog|weer ...2 ruimte|plek|plaats|plekken|plaatsen|plekjes',
    '< heb|hebben @self ...3 nog|weer ...2 ruimte|plek|plaats|plekken|plaatsen|plekjes',
    '< mijn|onze vraag|verzoek aan|deze|voor|is|:|vandaag',
    '< heb|heeft|hebben @you ...2 een|klanten|contacten|iemand ...4 die|dat',
    '< als|mocht|wanneer|indien @you ...4 kent|tegenkomt|spreekt|ontmoet|hoort|weet|kennen|tegenkomen|spreken',
    // The room as subject: "Als iemand toevallig iemand kent bij Basic-Fit, let me know!"
    '< als|mocht|wanneer|indien iemand ...4 kent|tegenkomt|weet',
    // "Els is altijd blij om in contact te komen met boekhouders …", "Ik hoor graag van financieel planners …".
    '< blij|graag|leuk|fijn|interesse|verheugd ...3 in contact te komen met',
    '< @self hoor|horen graag van ~je|jou|u|jullie|me|mij',
    // Held-out reviews 31–33: de derde persoon, een tweede werkwoord, samenwerking zonder onderwerp, een tekort.
    '< zijn|haar|hun vraag|verzoek ...3 is|:',
    '< hij|zij|ze ...2 zou|wil ...3 graag ...3 leren kennen|ontmoeten|spreken',
    '< en|maar zijn|ben op zoek naar',
    ', < op zoek naar ~oplossingen|manieren|mogelijkheden|ideeën',
    // "We werken graag samen met uw eigen architect" past zich aan de klant aan (held-out review 53).
    '< @self werk|werken graag samen met ~uw|jouw|je|jullie',
    '< ^ graag werk|werken @self samen met ~uw|jouw|je|jullie',
    '< ^ ideale|goede|perfecte|mooie doorverwijzing|doorverwijzingen|introductie|introducties :',
    '< ^ altijd|steeds? in voor samenwerking|samenwerkingen|een samenwerking met',
    '< komen|kom @self ...4 tekort',
    '< @self hebben|heb ...2 een? tekort aan',
    // Zoeken naar iemand of werk is standaardtaal, en nieuwkomers schrijven "op zoek voor" (held-out review 34).
    "< @self zoek|zoeken naar een|nieuwe|werk|mensen|collega's|vrijwilligers|medewerkers|investeerders|partners|stagiairs|stage|stageplek|baan|klanten|opdrachtgevers",
    '< @self ben|zijn zoekende naar',
    '< @self ben|zijn ...2 op zoek voor|een',
    '< @self wil|wilt|zou|zouden ...4 baan|stage|stageplek|job|werk|opdracht|opdrachten vinden',
    // Held-out review 30: vacatures, een voornaam als onderwerp, de volgende stap.
    '< @self ...2 hebben|heb|heeft ...2 vacatures|vacature|openstaande voor',
    '< ^ _ spreekt|ontmoet|hoort|leert graag',
    '< @self ...3 volgende stap zetten|maken naar|richting',
    // Held-out reviews 25–29: het referentiekader met andere woorden, ruimte en beschikbaarheid met een tijd,
    // boekingen, welkom, weer aan het werk, de derde persoon.
    '< een|mijn|onze goede|mooie|perfecte|ideale|fijne|typische opdracht|opdrachten|klus|klussen|baan|functie|rol|plek voor mij|ons is|zijn|:',
    '< ^ een|mijn|onze? ideale|perfecte|goede opdrachtgever|opdrachtgevers|klant|klanten|match|fit is|zijn|:',
    '< @self heb|hebben ...5 ruimte|plek|plaats|plekken|plaatsen|plekjes voor',
    '< heb|hebben @self ...5 ruimte|plek|plaats|plekken|plaatsen|plekjes voor',
    '< ^ nog|weer ...3 plek|plekken|plaats|plaatsen|ruimte|data|datums|zaterdagen|plekjes vrij|voor|beschikbaar',
    '< ^ per|vanaf direct|# _? beschikbaar',
    '< ^ beschikbaar :|#',
    '< @self ben|zijn ...3 beschikbaar per|vanaf|voor|als',
    '< mijn|onze agenda ...2 is|staat open voor',
    '< opdrachten|boekingen|aanvragen|samenwerkingen|bestellingen|verwijzingen ...2 welkom',
    '< @self neem|nemen ...3 boekingen|opdrachten|aanvragen|bestellingen ...3 aan',
    '< @self wil|willen|zou|zouden|hoop|hoopt ...3 weer aan het werk',
    '< @self wil|willen|zou|zouden|hoop|hoopt ...3 weer aan de slag',
    '< @self wil|willen|zou|zouden|hoop|hoopt ...3 aan het werk in|bij|als',
    '< @self ...3 hoop|hoopt ...3 een baan|stage|stageplek|werkplek|functie te? vinden',
    '< hij|zij|ze hoort|spreekt|ontmoet graag',
    '< hij|zij|ze wil|zou ...3 graag ...3 kennismaken|spreken|ontmoeten|horen|samenwerken',
    '< blij met een|elke introductie|doorverwijzing|kennismaking',
    '< @self heb|hebben ...4 nog ...4 vrij',
    '< help|helpt @you mij|me|ons aan|verder',
    '< help|helpt @you mij|me|ons in contact',
    '< @self zoek|zoeken naar nieuwe|meer|extra',
    '< ^ momenteel|nu|actief|altijd? op zoek naar',
    '< naar mij|ons|me ...2 sturen|doorsturen|verwijzen|doorverwijzen',
    '< hij|zij|ze|is ...2 op zoek naar',
    '< hij|zij|ze zoekt ~naar|altijd|steeds',
    '< stuur|verwijs ...2 hem|haar|ze|hen|iemand|mensen ...2 naar|door naar mij|ons',
    // "Denk aan een bakker die net …": the classic referral prompt, also without an earlier ask.
    '< ^ denk aan een|iemand',
    // "Goede doorverwijzingen voor mij zijn …": the referral frame in the plural.
    '< ^ goede|goeie|mooie|perfecte|ideale|fijne|interessante|sterke|waardevolle doorverwijzingen|introducties|referrals|tips|contacten|kennismakingen|referenties voor mij|ons',
    // "… omdat ik … op zoek ben naar …": the verb at the end of a subordinate clause.
    '< op zoek ben naar',
    // A freelancer between assignments: "Vanaf september ben ik beschikbaar voor een nieuwe opdracht".
    '< @self ben|zijn ...2 beschikbaar voor',
    '< ben|zijn @self ...2 beschikbaar voor',
    // "Wat ik zoek? Architecten die …" or "Wat wij nodig hebben is …".
    '< ^ wat @self ...3 zoek|zoeken|nodig',
    // Held-out reviews 35–39 and x1: the referral frame as a question, spoken and Flemish wishes, the
    // object before a verb at the end, a group chat's questions.
    '< ^ wie|wat is|zijn|zou|zouden|was ...4 goede|goeie|ideale|perfecte|mooie|fijne doorverwijzing|doorverwijzingen|referentie|referenties|klant|klanten|introductie|opdrachtgever|opdrachtgevers|match',
    '< ^ met wie ...3 contact|kennismaken|praten|spreken|samenwerken',
    '< @self praat|praten graag ...2 met',
    '< @self zou|zouden het ...2 tof|leuk|fijn|mooi|geweldig|gaaf|super vinden om ...8 praten|spreken|kennismaken|ontmoeten|kennis|samenwerken|sparren',
    '< @self wil|willen|zou|zouden ...3 graag ...5 koffie|kopje|bakje|lunch ...3 drinken|doen|met',
    '< zou|wil|kun|kunt|kan|wilt|wilde @you mij|me|ons ...8 voorstellen|introduceren',
    '< zou|wil|kun|kunt|kan|wilt|wilde @you mij|me|ons in contact ...2 brengen',
    '< graag ...8 leren kennen',
    '< graag leer|leren @self ...8 kennen',
    '< ^ kent|weet iemand een|iets|wie|mensen|nog|toevallig|hier',
    '< ^ heeft|weet iemand ...2 tip|tips|aanrader|suggestie',
    '< ^ wie ken|kent @you die|met|bij',
    '< ^ misschien? ken|kent|kennen @you wel|misschien|toevallig iemand|mensen|bedrijven|ondernemers|organisaties|een|eigenaren',
    '< ^ @you kent|kennen misschien|wel|toevallig iemand|mensen|bedrijven|ondernemers|organisaties|een|eigenaren',
    // Een voorstel aan de lezer, en de doelgroep vooraan met een bezoek (held-out review x1).
    '< sta|staat @you open voor',
    '< zou|zouden @you open staan voor',
    '< ^ _ ...8 kunnen|mogen ...5 langskomen|binnenlopen|binnenstappen',
    // Held-out reviews 40–42: een wens als label met een dubbele punt, een ander bijvoeglijk naamwoord in het
    // referentiekader, boekingen en beschikbaarheid in een bio, een welkom voor een groep van ergens.
    '< ^ wat @self ...3 graag ...2 wil|zou|willen :? ...4 kennismaken|kennis|ontmoeten|spreken|leren|kennen',
    '< een|mijn|onze _ _? doorverwijzing|introductie|referral|referentie|verwijzing voor mij|ons',
    '< ^ momenteel|nu|vanaf ...4 beschikbaar voor|vanaf|per',
    '< boekingen|agenda ...3 open|geopend',
    '< ^ _ uit|van|in|met ...6 zijn|is ...3 welkom',
    '< @self probeer|proberen ...5 meer binnen te komen bij',
    // Iets zoeken in plaats van iemand: "Ik ben altijd geïnteresseerd in leegstaand vastgoed in Overijssel".
    '< @self ...2 altijd|steeds geïnteresseerd|geinteresseerd in',
    // Werkzoekenden en bereik (held-out reviews 45, 48).
    '< wil|willen @self graag? ...3 aan de slag als|bij|in',
    '< wil|willen @self graag? ...2 werken als|bij',
    '< ^ hebben|hebt|heeft jullie|u|je ...4 stageplekken|stageplaatsen|afstudeerplekken|afstudeerplaatsen|vacatures|stages|traineeships|banen',
    '< ^ nemen|neemt jullie|u ...4 stagiairs|stagiaires|trainees|afstudeerders ...2 aan',
    '< mijn droom is een stage|baan|job|functie|rol|plek',
    '< @self wil|willen ...3 bereiken',
    '< @self wil|willen ...6 betrekken',
    // "Open voor freelance of interim opdrachten in Utrecht" (held-out review 49).
    '< ^ open voor ...4 opdrachten|functies|rollen|projecten|banen|vacatures',
    '< opentowork',
    '< @self hebben|heb ...2 altijd|steeds interesse in',
    // "Ik wil graag meer opdrachten van tandartsen": wanting more of a named kind of work.
    '< @self wil|willen|zou|zouden ...3 meer|nieuwe|extra werk|klanten|opdrachten|opdrachtgevers|projecten|boekingen van|uit|in|bij|onder',
  ],
  notAsk: [
    // Een ontkende behoefte is geen vraag: "dus ik heb geen uitleg nodig bij tekeningen" (held-out review 64).
    'heb|hebben|heeft geen ...4 nodig',
    // A question to the reader about the speaker's own trade: "Op zoek naar een tekstschrijver? Neem contact op."
    '^ op zoek naar ...8 \\?',
    // A recruiter's service, not an ask: "bij vroegtijdig vertrek zoeken wij kosteloos een vervanger",
    // "Wij zoeken de kandidaat die bij uw bedrijf past" (held-out review 21).
    'zoek|zoeken|zoekt @self? kosteloos|gratis|zelf|samen',
    'zoek|zoeken|zoekt ...6 die|dat bij uw|jouw|je ...3 past|passen',
    'voor onze|mijn klanten|opdrachtgevers',
    // Werving als dienst: "Wij zoeken technische vakmensen voor bedrijven" (held-out review 57).
    'wij|we zoek|zoeken ...3 vakmensen|kandidaten|personeel|professionals|monteurs|elektriciens|ontwikkelaars|verpleegkundigen|chauffeurs|technici|medewerkers|specialisten|installateurs|lassers|docenten|zorgmedewerkers|talent ...3 voor|namens ...2 bedrijven|opdrachtgevers|klanten|werkgevers|organisaties|fabrikanten|installatiebedrijven|bouwbedrijven|ziekenhuizen|scholen|gemeenten|zorginstellingen',
    'zoek|zoeken ...3 naar ...2 oplossing|oplossingen|manieren|mogelijkheden|verbetering|antwoorden',
    'de beste kandidaten|mensen|talenten voor',
    // "Ik zoek graag uit hoe …", "Ik zoek alles voor je op": uitzoeken and opzoeken, not zoeken.
    'zoek|zoekt|zoeken ...4 uit|op $',
    'zoek|zoekt|zoeken ...4 uit|op hoe|wat|of|welke|waar|wie|waarom',
    // Searching as part of the service: "wij zoeken de knelpunten in je verkoop".
    'zoek|zoeken|zoekt ...2 knelpunten|knelpunt|bottlenecks|bottleneck|oorzaak|oorzaken|fouten|lekken|lekkages|verbeterpunten',
  ],
  askContinuation: [
    '^ denk aan',
    // "Nog beter als ze al een lekkage hebben gehad."
    '^ nog beter|mooier als|wanneer',
    '^ bijvoorbeeld|bv.|bijv.|zoals|liefst|vooral|specifiek|concreet|idealiter',
    '^ bij voorkeur',
    '^ het liefst|allerliefst',
    // "Ik zoek een zakenpartner. Iemand uit Zuid-Limburg met ervaring in de horeca."
    '^ iemand|mensen|bedrijven|organisaties|ondernemers uit|in|met|rond|bij|van',
    '^ met name',
    '^ het gaat om',
    '^ dat zijn',
    '^ zijn',
    '^ ook|of',
    // "We zoeken twee dingen. Ten eerste een café … Ten tweede een school …"
    '^ ten eerste|tweede|derde',
    '^ eerst|daarnaast ,|:',
    '^ tot slot',
  ],
  targetStatement: [
    // "Ik werk vooral met familiebedrijven … in Antwerpen. Zit ge met een personeelsvraag? Stuur me een berichtje." (held-out review 70).
    '@self werk|werken vooral|voornamelijk|meestal|vaak|hoofdzakelijk|graag met|voor',
    'mijn|onze klanten zijn vooral|voornamelijk|meestal|vaak',
  ],
  askBackReference: [
    'ken|kent|kennen|tegenkomt|spreekt ...3 zo iemand',
    "ken|kent|kennen|tegenkomt|spreekt ...3 zoiemand|eentje|zo'n|zulke",
    // Verb last: "Als ge zo'n club kent, laat iets weten".
    'zo iemand ...2 kent|kennen|tegenkomt|tegenkomen|spreekt|ziet',
    "zoiemand|zo'n|zulke ...2 kent|kennen|tegenkomt|tegenkomen|spreekt|ziet",
    'ken|kent|kennen|tegenkomt|spreekt ...3 er zo één|een|eentje',
    'herken @you jezelf|uzelf|dit|dat|hierin|daarin',
    'ben|bent @you dat|dit',
    'klinkt dat|dit als @you|jouw|uw',
    'zo ja',
  ],
  callToAction: [
    // Proeven, kijken, ons vinden, welkom in de winkel, bestellen tot een datum (held-out review 67).
    'kom ...3 proeven|kijken',
    '@you vindt|vind ons',
    'welkom in|bij onze|ons winkel|zaak|kraam|restaurant|café|salon|praktijk|showroom|atelier|bakkerij|kaaswinkel',
    'bestellen|bestel ...4 tot|uiterlijk|vóór',
    'kunt|kun|kan ...4 bestellen|reserveren|boeken',
    // "Afspraak? Link in bio" (held-out review 69).
    'link in bio',
    // "Kom gerust eens binnen", "Bestellen kan in de winkel", "Schrijf je in via …", "Inschrijven kan via de
    // website", "Vul het inschrijfformulier in", "DM voor een kennismaking", "wachtlijst via link" (held-out reviews 60, 61, 64).
    'kom ...3 binnen',
    '^ bestellen|reserveren|boeken|inschrijven|aanmelden kan|kun|kunt|doe|doet',
    'schrijf|schrijft je|u ...4 in',
    '^ inschrijven|aanmelden via|op|bij',
    'inschrijfformulier|aanmeldformulier|bestelformulier',
    'dm|mail|app|bel|whatsapp ...2 voor een? ...2 kennismaking|afspraak|offerte|prijs|prijzen|tarieven|beschikbaarheid|info|informatie',
    'wachtlijst via|op',
    // "Kom dan even een bakkie doen", "Loop straks even bij me langs", "Doe mee aan mijn onderzoek" (held-out reviews 61, 65).
    'kom ...3 bakkie|koffie|kopje|kop',
    'loop ...4 langs',
    'doe|doet mee aan ...3 onderzoek|studie|enquête|pilot|interview',
    // "Vraag naar ons abonnement voor bedrijven", "Tips? DM of Signal.", "Interesse? App Rik." (held-out reviews 29, 36, 46).
    '^ vraag|informeer naar',
    '^ dm|app|appen|whatsapp|mail|mailen|bel|bellen|sms of|en|/ dm|app|appen|whatsapp|mail|mailen|bel|bellen|sms|signal|telegram',
    '^ app|bel|mail|sms|whatsapp _ $',
    'stuur|mail|app|bel|sms ...2 me|mij|ons ...3 bericht|berichtje|mailtje|appje|belletje|berichten',
    // Held-out review 35: "geef me een seintje", "spring eens binnen", "dan moet je mij hebben".
    'geef|geeft me|mij|ons ...2 seintje|belletje|gil|berichtje|telefoontje|mailtje|appje',
    'spring ...3 binnen',
    'geef|geeft ...2 mijn|ons nummer|gegevens|kaartje|naam|telefoonnummer',
    // "… ? Dan hoor ik graag van je.", "… ? Bel dan Henk." (held-out reviews 37, 39).
    'hoor|horen @self graag van',
    'bel|mail|app|contacteer dan',
    'ben|bent|zijn @you|jullie ...3 welkom',
    // "…? Dan komen wij graag langs.", "Dan denken wij graag met u mee." (held-out review 47).
    'komen|kom @self graag ...2 langs',
    // Boekingsregels van klantpagina's (held-out reviews 46, 48, 49).
    'boek|bestel|reserveer nu|direct|online|via|vandaag',
    'mail|bel|app ...2 gerust? naar',
    'dm|mail|app|bel ons|me|mij',
    'loop ...2 binnen',
    'meld|meldt je|u ...3 bij mij|ons|aan',
    'plan ...3 rondleiding|bezoek|afspraak|kennismaking',
    'denken|helpen @self graag ...3 mee',
    'dan moet|moeten je|jij|u|ge|jullie mij|me|ons hebben',
    'aan het juiste|goede adres',
    'stuur|mail|app|bel me|mij|ons',
    // Een aanbod om te praten na een voorwaarde over de luisteraar: "…, dan help ik je graag verder".
    '@self help|helpen|denk|denken ...2 @you graag',
    'help|denk @self @you graag',
    'neem ...3 contact ...3 op',
    'laat ...3 weten',
    'laat van @you horen',
    'laten we ...4 koffie|kennismaken|kennis|praten|bellen|sparren|afspreken|spreken|bijpraten|connecten|connect',
    'laat ons ...4 koffie|kennismaken|kennis|praten|bellen|sparren|afspreken|spreken|bijpraten|connecten|connect',
    // Oproepen van Over-mij-pagina's (held-out reviews 50, 53, 54).
    'contacteer|contacteert me|mij|ons|gerust',
    'connect gerust',
    'stuur|stuurt gerust een dm|bericht|berichtje|mailtje|appje|mail',
    'contactformulier',
    'komt|komen graag ...3 langs',
    'plan|boek|reserveer|vraag ...3 strategiesessie|sessie|adviesgesprek|strategiegesprek|gesprek|intakegesprek|consult|videocall|belafspraak|demo|kennismakingsgesprek',
    'spreek|spreekt me|mij|ons ...2 aan',
    'kom ...3 langs',
    // Op een klantenpagina: "maak online een afspraak", "Bel 03 776 45 21", "Reserveer een tafel".
    'maak|plan ...3 afspraak|kennismaking|kennismakingsgesprek',
    'reserveer|boek ...3 tafel|afspraak|plek|les|proefles|sessie|bezichtiging|online|kennismaking|kennismakingsgesprek|intake',
    // "Meld je aan via de website", "Vraag een gratis quickscan aan", "Bel of mail voor een kennismakingsgesprek".
    'meld je|u ...4 aan',
    'vraag ...5 aan',
    'bel|mail|app ...3 voor een? _? afspraak|kennismaking|kennismakingsgesprek|gesprek|intake|offerte|adviesgesprek|prijsopgave|strategiegesprek',
    // "…, dan denk ik graag mee", "dan help ik graag".
    'denk|help @self graag mee',
    'denk|help @self graag $',
    'vraag ...4 schatting|offerte|waardebepaling|proefles ...2 aan',
    'bel|app|sms ...2 #',
    // "…, kom na afloop even kletsen!"
    'kom ...3 kletsen|praten|buurten|kennismaken|koffiedrinken|babbelen',
    '@self hoor|horen ...2 graag van @you',
    // "…, dan hoor ik het graag", "…, kom dan even naar me toe".
    'hoor|horen @self het graag',
    '@self hoor|horen het graag',
    'kom ...3 naar me|mij|ons toe',
    '@self wil|willen|zou|zouden ...2 graag ...3 bijpraten|kennismaken|spreken|praten|afspreken|bellen',
    'wil|willen|zou|zouden @self ...2 graag ...3 bijpraten|kennismaken|spreken|praten|afspreken|bellen',
    // "…? Dan praat ik graag met je.", "dan drink ik graag een koffie met je".
    'praat|spreek|drink|kom|bel @self graag',
  ],
  availability: [
    // Boekings-, plaats- en beschikbaarheidsregels van Over-mij-pagina's (held-out reviews 37, 49).
    'beschikbaar vanaf|per|voor|in',
    'plek|plekken|plekje|plekjes|ruimte|plaats|plaatsen ...2 vrij|beschikbaar',
    'weer|nog plek|plekken|ruimte|plaats',
    // "Nieuwe groep start 4 maart, nog 3 plekken!" (held-out review 69).
    'nog # plek|plekken|plaatsen|plaatsjes|plekjes',
    'neem|nemen ...3 nieuwe? klanten|cliënten|opdrachten|leerlingen|patiënten aan',
    'agenda ...2 open|vrij',
    'nu|momenteel ...2 boekbaar|te boeken',
    // "Ik heb op dit moment ruimte voor nieuwe cliënten", "Nieuwe cliënten zijn altijd welkom" (held-out review 61).
    'ruimte|plek|plaats|plekken|plaatsen voor nieuwe|meer ...2 cliënten|klanten|patiënten|leerlingen|opdrachten|projecten|opdrachtgevers|deelnemers',
    'nieuwe cliënten|klanten|patiënten|leerlingen|deelnemers ...3 welkom',
  ],
  listenerCondition: [
    // "Als ge een zaakvoerder kent die …, laat iets weten": a condition about the listener, also
    // mid-sentence ("Dus als je daar ook mee bezig bent, spreek me gerust aan").
    'als|wanneer|indien|mocht|mochten @you|jouw|uw|jullie',
    // "… in 2025 gaat trouwen of ge kent iemand die dat doet: …" (held-out review 35).
    'of @you kent|kennen iemand|mensen|een',
    // "Als iemand een extra paar handen nodig heeft, app me".
    'als|wanneer|indien|mocht iemand ...4 nodig|zoekt|kent',
    // Vooropgeplaatst, zonder "als": "Ben je hypotheekadviseur in Overijssel, bel me dan gerust."
    '^ werk|ben|heb|zit|run|leid|woon|beheer|bezit|verhuur|organiseer @you',
    '^ werkt|bent|hebt|heeft|zit|runt|leidt|woont|beheert|bezit|verhuurt|organiseert u|jij|gij|ge',
  ],
  listenerQuestion: [
    '^ werk|ben|heb|zit|run|leid|woon|sta|loop|beheer|bezit|verhuur|organiseer|zoek|ga|start|open|neem|verhuis|kom|bouw|koop|verkoop|word|denk @you',
    '^ werkt|bent|hebt|heeft|zit|runt|leidt|woont|staat|loopt|beheert|bezit|verhuurt|organiseert|zoekt|gaat|start|opent|neemt|verhuist|komt|bouwt|koopt|verkoopt|wordt|denkt u|jij|gij|ge',
    '^ is|zit|staat|groeit|loopt jouw|je|uw|jullie',
    // The room as a plural "jullie", and life events: "Gaan jullie dit jaar trouwen?", "Trouw je dit jaar?"
    '^ gaan|zitten|zijn|hebben|werken|wonen|trouwen|verhuizen|starten|openen|bouwen|kopen|zoeken|kennen jullie',
    '^ trouw|trouwt|verhuis|verhuist|verbouw|verbouwt @you',
    // Zonder werkwoord vooraan: "Binnenkort trouwen in Zwolle?", "Net verhuisd naar Gent?" (held-out review 27).
    '^ binnenkort|bijna|net|pas|volgend|volgende|dit|deze trouwen|verhuizen|verbouwen|starten|bouwen|getrouwd|verhuisd|gestart|begonnen|bevallen',
  ],
  listenerQuestionExceptions: [
    'vragen|vraag|interesse|nieuwsgierig|benieuwd|zin|tijd',
    // Een behoefte aan de eigen dienst is een aanbod, geen vraag om een introductie: "Heb je een probleem met je computer? Bel ons."
    'probleem|problemen|storing|storingen|hulp|lekkage|nood|spoed|kwestie|kwesties|vraagstuk|klacht|klachten|geschil|conflict',
    'meer ...2 weten|horen|informatie|info',
    // Een retorische vraag: "Wist je dat een op de vier volwassenen …?", "Weet u wat de meeste klanten zeggen?"
    'wist|weet @you dat|wat|hoe|waarom',
    // Herkenning zegt niet wie: "Herken je dit?", "Klinkt dat bekend?"
    'herken|herkent|herkenbaar|bekend|bekende',
    // Wie de dienst van de spreker zoekt, is een klant, geen introductie: "Zoek je een fotograaf? Bel mij."
    '^ zoek|zoekt @you',
  ],
}
