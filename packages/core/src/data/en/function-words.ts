/**
 * English function words for language detection.
 * Selected from the English stopword list of stopwords-iso (MIT) and common pitch words;
 * words that are just as common in Dutch (in, is, we, me, of, over, die, van, door, as) are left out.
 */
export const englishFunctionWords: readonly string[] = [
  'a', 'about', 'all', 'also', 'always', 'an', 'and', 'any', 'anyone', 'are', 'at', 'be', 'been', 'but',
  'by', 'can', 'could', 'do', 'does', 'every', 'everyone', 'for', 'from', 'get', 'had', 'has', 'have',
  'help', 'helps', 'her', 'his', 'how', 'i', "i'm", "i've", 'if', 'into', 'it', "it's", 'just', 'know',
  'like', 'looking', 'love', 'make', 'more', 'most', 'my', 'no', 'not', 'now', 'on', 'one', 'or', 'our',
  'out', 'she', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'they', 'this',
  'to', 'up', 'us', 'very', 'was', 'were', "we're", 'what', 'when', 'where', 'which', 'who', 'will',
  'with', 'would', 'year', 'years', 'you', 'your', "you're", 'clients', 'customers', 'businesses',
  'people', 'work', 'works', 'working', 'he', 'its', 'these', 'those', 'through', 'while', 'want',
]

/**
 * Content words that only tell the language: counted by language detection, never taken for function
 * words elsewhere. Two-line bios often have no function word to go by (held-out review 64): "Wedding
 * photographer | Colorado", where trigrams guessed Dutch.
 */
export const englishDetectionWords: readonly string[] = ['photographer', 'wedding', 'weddings', 'available', 'inquire', 'enquire', 'based', 'teacher', 'book', 'starts']
