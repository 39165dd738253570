/**
 * English words that the parser (parse-latin, parse-english) takes for abbreviations, so a full stop
 * after them does not end the sentence — yet in a pitch or bio they nearly always end one: "I'm a pro.",
 * "She founded Acme Inc. Her clients …". pitchlint's own list, from testing the parser on common
 * sentence endings ("you're in." is not inches, "in the sun." not Sunday). Titles before names (Dr., Mr., St.) and month names stay abbreviations.
 */
export const englishSentenceEnds: readonly string[] = ['etc', 'in', 'inc', 'llc', 'ltd', 'op', 'pro', 'sun']
