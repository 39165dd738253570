/**
 * English words that the parser (parse-latin, parse-english) takes for abbreviations, so a full stop
 * after them does not end the sentence — yet in a pitch or bio they nearly always end one: "I'm a pro.",
 * "She founded Acme Inc. Her clients …". pitchlint's own list, from testing the parser on common
 * sentence endings ("you're in." is not inches, "in the sun." not Sunday). Titles before names (Dr., Mr., St.) and month names stay abbreviations.
 */
export const englishSentenceEnds: readonly string[] = ['etc', 'in', 'inc', 'llc', 'ltd', 'op', 'pro', 'sun']

/**
 * Real abbreviations: a full stop after one does not end the sentence, also before a lower-case word
 * ("e.g. my clients", "approx. we"). After any other word the parser keeps a full stop in, a lower-case
 * word opens a new sentence, as people type in chats ("hi all. i'm Sam"). pitchlint's own list.
 */
export const englishAbbreviations: readonly string[] = [
  'eg', 'e.g', 'ie', 'i.e', 'etc', 'vs', 'approx', 'incl', 'excl', 'esp', 'no', 'nos', 'dept', 'est', 'mr', 'mrs',
  'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'ca', 'cf', 'min', 'max', 'tel',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al', 'fig', 'vol', 'co',
  'corp', 'govt', 'appt', 'avg', 'hrs', 'mins', 'wk', 'wks', 'yr', 'yrs', 'mo', 'mos', 'km', 'cm', 'mm', 'kg',
  'lb', 'lbs', 'oz', 'ft', 'sq', 'ave', 'rd', 'blvd', 'mt', 'pt', 'ref', 'misc', 'orig', 'prev', 'reg', 'mob', 'ext',
]
