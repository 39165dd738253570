/**
 * Dutch signs of concrete proof in a pitch: counts, results, named clients, examples.
 * Networking trainers ask for "a story of how you helped someone" and a number or client name
 * (shared/research/dutch-language-facts.md §4.3); the word choice is pitchlint's own.
 */
export const dutchProof: readonly string[] = [
  'bespaarde|bespaard|bespaart|verhoogde|verhoogd|verdubbelde|verdubbeld|verdrievoudigd|halveerde|gehalveerd|verlaagde|verlaagd|won|gewonnen|behaalde|behaald|verkocht|verkochten|uitverkocht',
  // The plural past tense (held-out review 51): "hoe we de laadtijd halveerden", "Wij verdubbelden …".
  'bespaarden|verhoogden|verdubbelden|verdrievoudigde|verdrievoudigden|halveerden|verlaagden|wonnen|behaalden',
  'onder andere|anderen',
  // Held-out reviews 45, 48: "onder meer", een afstudeerwerk, een graad met lof, vrijwilligerswerk.
  'onder meer',
  'mijn|haar|zijn masterproef|bachelorproef|eindwerk|afstudeeropdracht|afstudeerproject',
  'masterproef|bachelorproef|eindwerk|afstudeeropdracht over|naar|bij',
  'cum laude|met onderscheiding|summa cum laude',
  'vrijwilliger bij|als|voor',
  'o.a.',
  'bijvoorbeeld|onlangs|laatst|recent',
  'vorige|afgelopen week|maand|jaar|zomer|winter|lente|herfst|voorjaar|najaar|kwartaal',
  'vorig jaar|voorjaar|najaar|kwartaal',
  'sinds|sedert #',
  'award|winnaar|winnares|genomineerd|gecertificeerd|erkend|geregistreerd|geaccrediteerd|michelinster|bekroond',
  // A sworn or qualified professional, registered with a professional body: "beëdigd vertaler", "beëdigd bij
  // de rechtbank", "gediplomeerd … met een RIZIV-nummer", "ingeschreven bij het ITAA" (held-out review).
  'beëdigd|beëdigde|beedigd|beedigde|gediplomeerd|gediplomeerde|riziv-nummer|big-registratie|big-nummer',
  // A register title, the Dutch "chartered": "registeraccountant", "register-belastingadviseur", "AA-accountant",
  // and the letters after the title, "belastingadviseur RB", "accountant RA" (held-out review 68).
  'registeraccountant|registeraccountants|registerbelastingadviseur|registerbelastingadviseurs|registertaxateur|registertaxateurs|registermakelaar|registermakelaars|register-*',
  'ra-accountant|ra-accountants|aa-accountant|aa-accountants',
  'accountant|accountants|belastingadviseur|belastingadviseurs|fiscalist|fiscalisten|taxateur|taxateurs|jurist|juristen ra|aa|rb|rt',
  // Not the registers every business or resident is in ("ingeschreven bij de KvK", "in de gemeente").
  'ingeschreven bij|in het|de ~kvk|kamer|handelsregister|kbo|kruispuntbank|gemeente|uitzendbureau|school|universiteit|hogeschool _',
  'ingeschreven bij ~het|de|een|kvk|kbo|mij|ons|u _',
  // Published by a publisher: "Mijn roman kwam vorig najaar uit bij uitgeverij Gottmer".
  'kwam|kwamen ...4 uit bij', 'uitgegeven door|bij', 'bij uitgeverij _',
  // "Prijs" is also a price ("voor een eerlijke prijs"): only a prize that was won counts (held-out review 34).
  'won|wonnen|winnen|kreeg|kregen ...3 prijs|prijzen', 'prijs|prijzen ...2 gewonnen',
  // Held-out reviews 31, 32: a case from yesterday or just finished, funding, a doctorate.
  'gisteren', 'net|pas|zojuist afgerond|opgeleverd|geïnstalleerd|verbouwd',
  'gefinancierd|gesubsidieerd door', 'promoveerde|gepromoveerd',
  // Published work: "auteur van", "schrijft voor Het Financieele Dagblad", "columnist".
  'auteur|schrijver|schrijfster van',
  'schrijft|schreef ...3 voor|in',
  'schrijft|schreef ...3 column|columns|boek|boeken|artikel|artikelen|rubriek',
  'publiceert|publiceerde ...3 in|over',
  'gepubliceerd|columnist|columniste|vaste medewerker',
  // A change with its size: "de omzet steeg met 30 procent".
  'steeg|daalde|groeide|stegen|daalden|groeiden ...3 met',
  // Held-out reviews 25, 27, 29: eerdere werkgevers, gepubliceerd of getoond werk, recent werk, een scriptie.
  'eerder|voorheen bij|at|:',
  '^ eerder|voorheen',
  // Also with the subject after the verb: "Afgelopen voorjaar exposeerde ik in Utrecht".
  'stonden|stond|verscheen|verschenen|exposeerde|exposeer|speelde|speelden|trad ik|we|wij|ze|zij|hij? in|op|bij',
  'vorig|afgelopen seizoen',
  'recente opdrachten|projecten|klanten|klussen|opdrachtgevers',
  'mijn|haar|zijn scriptie|afstudeerscriptie|proefschrift|afstudeeronderzoek',
  'scriptie|afstudeerscriptie|proefschrift|afstudeeronderzoek over|naar',
  'stage|stageperiode bij',
]

/**
 * Past work for clients named by their kind and place, as concrete as a count: "we hebben migraties gedaan
 * voor een paar kredietbanken en een makelaar in Limerick" (held-out review 58). "We doen migraties voor
 * banken" is an offer, not an example. Proof only outside an ask ("iemand die heeft gewerkt voor een
 * stichting in Utrecht" describes whom the speaker seeks).
 */
export const dutchClientWork: readonly string[] = [
  'gedaan|gebouwd|gemaakt|geïnstalleerd|opgeleverd|gerealiseerd|verbouwd|ontworpen|gemigreerd|uitgevoerd|geleverd|gewerkt|deden|bouwden|installeerden|leverden|verbouwden|ontwierpen|werkten voor|bij|met een|enkele|verschillende|diverse|meerdere ...8 in|uit _',
]

/**
 * A day or a part of one in the recent past, which opens a story about a client: "Afgelopen dinsdag belde
 * een vrouw …", "Vanochtend heb ik …" (held-out review 52). Proof only with a verb in the past tense after
 * it (see the rule) and outside an ask: "Deze week zoek ik …" is a wish, not a story.
 */
export const dutchDatedStory: readonly string[] = [
  'afgelopen|vorige maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|nacht',
  'vanochtend|vanmorgen|vanmiddag|gisteravond|gistermiddag|gisterochtend|eergisteren',
  'deze week',
]

/**
 * Verbs in the past tense that do not end in -de or -te (strong and irregular verbs), for a dated story:
 * "Vanochtend kwam een klant …". Weak verbs ("belde", "maakten") are found by their ending. pitchlint's
 * own list of the verbs pitches tell stories with.
 */
export const dutchStrongPast: readonly string[] = [
  'kwam', 'kwamen', 'ging', 'gingen', 'zag', 'zagen', 'kreeg', 'kregen', 'stond', 'stonden', 'liep', 'liepen', 'vond', 'vonden',
  'sprak', 'spraken', 'gaf', 'gaven', 'nam', 'namen', 'schreef', 'schreven', 'hielp', 'hielpen', 'was', 'waren', 'had', 'hadden',
  'deed', 'deden', 'zei', 'zeiden', 'vroeg', 'vroegen', 'kocht', 'kochten', 'bracht', 'brachten', 'dacht', 'dachten', 'zocht',
  'zochten', 'reed', 'reden', 'trof', 'troffen', 'lag', 'lagen', 'zat', 'zaten', 'bleek', 'bleken', 'werd',
  'werden', 'kon', 'konden', 'moest', 'moesten', 'wist', 'wisten', 'sloot', 'sloten', 'hing', 'ontving', 'ontvingen',
]

/**
 * Words that promise named clients: proof only when a name follows ("klanten zoals Bakkerij Jansen"), not
 * a kind of client ("Onze klanten zijn bijvoorbeeld scale-ups in de zorg", held-out review).
 */
export const dutchNamedClients: readonly string[] = [
  'klanten|opdrachtgevers zoals|als|onder',
  'klanten|opdrachtgevers zijn|waren bijvoorbeeld|onder',
]

/**
 * Note-form proof that needs a name after it, as named clients do: a label of clients ("Klanten: De
 * Volkskrant, Ploegsma"), a press mention ("Bekend van De Morgen en Knack"), work for a publication in
 * note form at the start of a sentence ("Werk voor De Morgen en Knack") and an earlier role in note form
 * ("Oud-medewerker van Rituals"), the standard proof of creative bios (held-out review 64). Proof only
 * outside an ask and with a name (a capitalised word) within six words. An earlier employer written
 * "ex-Rituals" is found by its form (see the rule).
 */
export const dutchNamedSources: readonly string[] = [
  // A professional or trade body (held-out reviews 60, 61): "aangesloten bij Techniek Nederland", "lid van de NVD".
  'aangesloten bij',
  'lid van|bij',
  // A pilot running or run with a named place or client (held-out review 65): "We draaien nu een pilot in
  // Wijchen"; "We willen een pilot doen" plans one.
  'draaien|draait|draaide|draaiden|loopt|liep|liepen|deden ...3 pilot|pilots|proef|proefproject|proeftuin in|bij|met|voor',
  // A label opening the line, after one word at most ("Enkele klanten:"); not "Voor mijn Engelse klanten: ik spreek …".
  '^ klanten|opdrachtgevers|merken :',
  '^ _ klanten|opdrachtgevers|merken :',
  'bekend van',
  '^ werk voor|in|bij',
  'oud-* van|bij',
]

/** Words that take a note-form claim back as a joke: "Bekend van Ik Vertrek (nee grapje, …)". */
export const dutchRetractions: readonly string[] = ['grapje|geintje|gekheid']

/**
 * A named user (held-out review 65): "Gemeente Wijchen gebruikt het al", "De gemeente Ede werkt er inmiddels
 * mee". The rule looks for a name before these words, in their clause.
 */
export const dutchNamedUsers: readonly string[] = [
  'gebruikt|gebruiken|werkt|werken _? _? al|inmiddels|nu',
]

/**
 * Last parts of compounds that name a credential when a name or acronym comes first (held-out review
 * 60): "InstallQ-erkenning", "VCA-certificaat". Alone, "erkenning" is also appreciation ("erkenning voor
 * mantelzorgers").
 */
export const dutchCredentialHeads: readonly string[] = ['erkenning', 'keurmerk', 'certificaat', 'certificering', 'diploma']

/** Counts inside an idiom, which count nothing: "duizend dank", "één op een miljoen" (held-out review 60). */
export const dutchCountIdioms: readonly string[] = [
  'duizend dank',
  'één|een op een miljoen',
  'duizend en één|een',
]

/**
 * Counts written as words. Like figures, they are proof outside an ask but only describe the target
 * inside one ("een kmo met minstens twintig werknemers"). `-tal` forms are approximate counts, common
 * in Flemish ("een honderdtal klanten").
 */
export const dutchProofCounts: readonly string[] = [
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|dozijn|tientallen|honderden|duizenden|tiental|twintigtal|dertigtal|veertigtal|vijftigtal|zestigtal|zeventigtal|tachtigtal|negentigtal|honderdtal|duizendtal',
  // Fractions: "een kwart minder uitval", "de helft van mijn klanten".
  'een kwart|derde',
  'de helft',
]
