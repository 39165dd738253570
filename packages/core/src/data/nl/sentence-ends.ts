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
 * Words that open a new sentence even in lower case, as people type in chats and on LinkedIn: "ik ben
 * mo. ik zoek klanten". After a full stop the parser keeps in the word, a sentence ends before one of
 * these (and only these: "bijv. mijn klanten" is one sentence). pitchlint's own list.
 */
export const dutchLowercaseOpeners: readonly string[] = [
  'ik', 'we', 'wij', 'jij', 'mijn', 'mn', "m'n", 'onze', 'ons', 'alles', 'misschien', 'dus', 'daarom',
  'bel', 'app', 'mail', 'stuur', 'ken', 'kent', 'heb', 'hebt', 'zoek', 'wie', 'wat',
]

/** Abbreviations a lower-case opener may follow inside a sentence: "bijv. ik", "o.a. mijn". */
export const dutchAbbreviations: readonly string[] = [
  'bijv', 'bv', 'vb', 'nl', 'resp', 'incl', 'excl', 'ca', 'ong', 'evt', 'zgn', 'nr', 'tel', 'dhr', 'mevr', 'mw',
  'mr', 'dr', 'ir', 'ing', 'drs', 'prof', 'st', 'vs', 'etc', 'enz', 'jl', 'a.s', 'o.a', 'm.b.t', 't.a.v', 'i.p.v',
  // Nu een punt voor elk woord met een kleine letter de zin beëindigt: de afkortingen die daar kunnen staan.
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'gem', 'max', 'min', 'afd',
  'art', 'ivm', 'iom', 'mbt', 'tav', 'ipv', 'vgl', 'blz', 'pag', 'km', 'cm', 'mm', 'kg', 'aanv', 'vnl', 'bijz',
  'alg', 'adm',
]
