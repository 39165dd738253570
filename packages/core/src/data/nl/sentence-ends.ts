/**
 * Dutch words that the parser (parse-latin, parse-dutch) takes for abbreviations, so a full stop after
 * them does not end the sentence — yet in a pitch they nearly always end one: "Bel me gerust op.",
 * "Wij helpen u.", "Dat doen we al.", "Zo doen we dat zo.", "Wij zijn een bv.". pitchlint's own list,
 * from testing the parsers on common sentence endings; `op` and `al` come from parse-latin's Latin
 * abbreviations (opere citato, et alii), `zo` and `vrij` from parse-dutch's day names. A list that ends in "enz." or "etc." before a capital
ends its sentence too.
 */
export const dutchSentenceEnds: readonly string[] = ['al', 'bv', 'enz', 'etc', 'id', 'op', 'pro', 'u', 'vrij', 'zo']
