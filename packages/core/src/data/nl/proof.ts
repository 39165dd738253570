/**
 * Dutch signs of concrete proof in a pitch: counts, results, named clients, examples.
 * Networking trainers ask for "a story of how you helped someone" and a number or client name
 * (shared/research/dutch-language-facts.md §4.3); the word choice is pitchlint's own.
 */
export const dutchProof: readonly string[] = [
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|dozijn|tientallen|honderden|duizenden',
  'bespaarde|bespaard|bespaart|verhoogde|verhoogd|verdubbelde|verdubbeld|verdrievoudigd|halveerde|gehalveerd|verlaagde|verlaagd|won|gewonnen|behaalde|behaald|verkocht|verkochten',
  'klanten|opdrachtgevers zoals|als|onder',
  'onder andere|anderen',
  'o.a.',
  'bijvoorbeeld|onlangs|laatst|recent',
  'vorige|afgelopen week|maand|jaar|zomer|winter',
  'vorig jaar',
  'sinds|sedert #',
  'prijs|award|winnaar|genomineerd|gecertificeerd|erkend',
]
