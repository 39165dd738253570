/**
 * Dutch words that the parser (parse-latin, parse-dutch) takes for abbreviations, so a full stop after
 * them does not end the sentence — yet in a pitch they nearly always end one: "Bel me gerust op.",
 * "Wij helpen u.", "Dat doen we al.", "Zo doen we dat zo.", "Wij zijn een bv.". pitchlint's own list,
 * from testing the parsers on common sentence endings; `op` and `al` come from parse-latin's Latin
 * abbreviations (opere citato, et alii), `zo` and `vrij` from parse-dutch's day names. A list that ends in "enz." or "etc." before a capital
ends its sentence too.
 */
export const dutchSentenceEnds: readonly string[] = ['al', 'bv', 'enz', 'etc', 'id', 'op', 'pro', 'u', 'vrij', 'zo']

/**
 * Real abbreviations: a full stop after one does not end the sentence, also before a lower-case word
 * ("bijv. mijn klanten", "o.a. ik"). After any other word the parser keeps a full stop in, a lower-case
 * word opens a new sentence, as people type in chats ("ik ben mo. ik zoek klanten"). pitchlint's own list.
 */
export const dutchAbbreviations: readonly string[] = [
  'bijv', 'bv', 'vb', 'nl', 'resp', 'incl', 'excl', 'ca', 'ong', 'evt', 'zgn', 'nr', 'tel', 'dhr', 'mevr', 'mw',
  'mr', 'dr', 'ir', 'ing', 'drs', 'prof', 'st', 'vs', 'etc', 'enz', 'jl', 'a.s', 'o.a', 'm.b.t', 't.a.v', 'i.p.v',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'gem', 'max', 'min', 'afd',
  'art', 'ivm', 'iom', 'mbt', 'tav', 'ipv', 'vgl', 'blz', 'pag', 'km', 'cm', 'mm', 'kg', 'aanv', 'vnl', 'bijz',
  'alg', 'adm',
]
