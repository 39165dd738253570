/**
 * English words that the parser (parse-latin, parse-english) takes for abbreviations, so a full stop
 * after them does not end the sentence — yet in a pitch or bio they nearly always end one: "I'm a pro.",
 * "She founded Acme Inc. Her clients …". pitchlint's own list, from testing the parser on common
 * sentence endings ("you're in." is not inches, "in the sun." not Sunday). Titles before names (Dr., Mr., St.) and month names stay abbreviations.
 */
export const englishSentenceEnds: readonly string[] = ['etc', 'in', 'inc', 'llc', 'ltd', 'op', 'pro', 'sun']

/**
 * Words that open a new sentence even in lower case, as people type in chats: "hi all. i'm Sam". After
 * a full stop the parser keeps in the word, a sentence ends before one of these (and only these:
 * "approx. my clients" is one sentence). pitchlint's own list.
 */
export const englishLowercaseOpeners: readonly string[] = [
  'i', "i'm", 'im', "i've", "i'd", "i'll", 'we', "we're", 'my', 'our', 'so', 'anyway', 'please', 'feel', 'call',
  'text', 'email', 'dm', 'message', 'know', 'looking', 'seeking', 'hiring', 'currently',
]

/** Abbreviations a lower-case opener may follow inside a sentence: "e.g. my clients", "approx. we". */
export const englishAbbreviations: readonly string[] = [
  'eg', 'e.g', 'ie', 'i.e', 'etc', 'vs', 'approx', 'incl', 'excl', 'esp', 'no', 'nos', 'dept', 'est', 'mr', 'mrs',
  'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'ca', 'cf', 'min', 'max', 'tel',
  // Now that a full stop before any lower-case word ends a sentence, the abbreviations that may stand there.
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al', 'fig', 'vol', 'co',
  'corp', 'govt', 'appt', 'avg', 'hrs', 'mins', 'wk', 'wks', 'yr', 'yrs', 'mo', 'mos', 'km', 'cm', 'mm', 'kg',
  'lb', 'lbs', 'oz', 'ft', 'sq', 'ave', 'rd', 'blvd', 'mt', 'pt', 'ref', 'misc', 'orig', 'prev', 'reg', 'mob', 'ext',
]
