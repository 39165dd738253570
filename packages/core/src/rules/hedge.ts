import {englishHedges} from '../data/en/hedges.js'
import {dutchHedges} from '../data/nl/hedges.js'
import type {HedgeEntry} from '../data/types.js'
import type {Language} from '../language/detect.js'
import {rulePlugin, type Rule} from '../rule.js'
import {matchCase} from '../text/case.js'
import {RELATIVE_PRONOUNS, SPEAKER_SUBJECTS, type SentenceView, type Token} from '../text/tokens.js'
import type {DocumentView} from '../text/document.js'
import {findPhrases, formsIndex, phraseIndex} from '../text/phrases.js'
import {inQuotes} from '../text/quotes.js'
import {coverage} from '../text/spans.js'
import {isAllowed} from '../vocabulary.js'

const indexFor = formsIndex({nl: dutchHedges, en: englishHedges})

/**
 * Flags hedges and fillers ("eigenlijk", "een beetje", "just", "kind of"). Where deleting is safe the
 * fix removes the words and one space beside them, so the sentence stays clean; a hedge that opens a
 * sentence gets no automatic fix, because the next word would need a capital.
 */
export const hedge: Rule = {
  id: 'hedge',
  summary: {en: 'Hedges and fillers that weaken the pitch.', nl: 'Afzwakkers en stopwoorden die de pitch zwakker maken.'},
  area: 'confidence',
  defaultSeverity: 'warning',
  check({analysis, settings, file, texts, report}) {
    const source = String(file.value)
    const askSentences = new Set(analysis.pillars.ask.asks.map((ask) => ask.sentence))
    const inAsk = coverage(analysis.pillars.ask.asks)
    analysis.view.sentences.forEach((sentence, index) => {
      const line = analysis.view.lines[index]!
      for (const match of findPhrases(line.wordList, indexFor(sentence.language))) {
        const first = sentence.tokens[match.start]
        const last = sentence.tokens[match.end - 1]
        if (!first || !last) continue
        if (!inHedgingPlace(match.value, sentence.tokens, match.start, match.end, sentence.language)) continue
        // "… a software company who just bought HubSpot and is kind of regretting it": the target's state.
        if (TARGET_STATE_ENTRIES.has(match.value) && inAsk(first.start) && describesTarget(sentence.tokens, match.start, match.end)) continue
        // Doubt about the listener needs the recognition in its own sentence: "Maybe you've been there" is a
        // guess at their story, "Sound familiar? You'll probably love the result." a weak promise.
        if (inListenerScenario(analysis.view, index, match.start, match.end, !DOUBT_ENTRIES.has(match.value))) continue
        if (GUESS_ENTRIES.has(match.value) && guessesListenerSituation(sentence.tokens, match.start, match.end, sentence.language)) continue
        if (DOUBT_ENTRIES.has(match.value) && doubtsListenerKnows(sentence.tokens, match.start, match.end)) continue
        if (DEGREE_ENTRIES.has(match.value) && asksListener(sentence.tokens, match.start)) continue
        // A hope for the listeners after an ask is a polite close: "… Ik hoop dat jullie aan iemand denken!"
        const afterAsk = [index, index - 1, index - 2].some((at) => askSentences.has(at))
        const verbSecond = match.value.forms.includes('hopelijk')
        if (HOPE_ENTRIES.has(match.value) && hopesForListeners(sentence.tokens, match.end, verbSecond) && (afterAsk || hopesListenerActs(sentence.tokens, match.end))) continue
        if (isAllowed(settings.vocabulary, sentence.language, source.slice(first.start, last.end))) continue
        const deletable = match.value.deletable && !opensClause(sentence.tokens, match.start, sentence.language)
        let {start} = first
        let {end} = last
        if (deletable) {
          const before = sentence.tokens[match.start - 1]
          const after = sentence.tokens[match.end]
          if (before?.text === ',' && (after === undefined || after.kind === 'punctuation')) {
            // "I fix roofs, basically." → "I fix roofs.": the comma goes with the hedge.
            start = before.start
          } else if (source.charAt(end) === ' ') {
            // Take one neighbouring space along, so deleting leaves no double space.
            end++
          } else if (source.charAt(start - 1) === ' ') {
            start--
          }
        }
        const actual = source.slice(start, end)
        // Only a hedge that opens the sentence passes its capital on ("I think we…" → "we…").
        const capitalise = (word: string) => (match.start === 0 ? matchCase(word, actual) : word)
        report({
          start,
          end,
          expected: deletable ? [''] : (match.value.replace ?? []).map(capitalise),
          reason: texts.hedge.reason(actual, deletable),
          note: texts.hedge.note,
        })
      }
    })
  },
}

/** First-person words of both languages: the speaker or their business. */
const SPEAKER = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our',
  'ours', 'ik', 'mij', 'mijn', 'wij', 'ons', 'onze',
])
/** Second-person words of both languages: the listener. */
const LISTENER = new Set(['you', "you're", "you've", "you'd", 'your', 'jij', 'je', 'jou', 'jouw', 'u', 'uw', 'jullie', 'ge', 'gij'])
/** First- and second-person words: the speaker, their business, or the listener. */
const PERSONAL = new Set([...SPEAKER, ...LISTENER])

/** Whether the words stand where they hedge (see `onlyAfter`, `notBefore` and the others on the entry). */
function inHedgingPlace(entry: HedgeEntry, tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  if (entry.notInQuestion && tokens[tokens.length - 1]?.text === '?') return false
  // "Scheiden doe je maar één keer (hopelijk).": a wink, not a weak claim.
  if (isBracketedAside(tokens, start, end)) return false
  // "we're maybe half full", "misschien 20 gasten": an estimate, which deleting would make a hard claim.
  if (ESTIMATE_ENTRIES.has(entry) && estimatesAmount(tokens, end)) return false
  if (DEGREE_ENTRIES.has(entry) && (describesAThing(tokens, start, end) || (language === 'nl' && measuresOutWork(tokens, start, end)))) return false
  if (OPTIONAL_ENTRIES.has(entry) && opensOptionalAddOn(tokens, start, end)) return false
  if (JUST_ENTRIES.has(entry) && (isVerdictOnAThing(tokens, start, end) || isIrishPerfect(tokens, end))) return false
  if (entry.onlyAboutSpeaker && !aboutSpeaker(tokens, start, end)) return false
  if (entry.notAboutOthers && aboutOthers(tokens, start, end)) return false
  if (entry.onlyAfter && !entry.onlyAfter.includes(start === 0 ? '^' : tokens[start - 1]!.norm)) return false
  if (entry.notAfterNear && [tokens[start - 1], tokens[start - 2], tokens[start - 3]].some((token) => token !== undefined && entry.notAfterNear!.includes(token.norm))) return false
  if (inQuotes(tokens, start, end)) return false
  // "When I'm not shooting, I'm probably in the kitchen": an aside about free time undersells nothing.
  if (isLeisureAside(tokens, start)) return false
  // "Ik spreek een beetje Nederlands", "My Dutch is a bit basic": a language level, which deleting makes false.
  if (isLanguageLevel(tokens, start, end)) return false
  const next = tokens[end]
  if (entry.afterRelativeOnlyBefore && RELATIVE_PRONOUNS.has(tokens[start - 1]?.norm ?? '') && !entry.afterRelativeOnlyBefore.includes(next?.norm ?? '')) return false
  if (entry.onlyBefore && !entry.onlyBefore.includes(next === undefined ? '$' : next.norm)) return false
  if (entry.thenWithin && !followsWithin(tokens, end, entry.thenWithin.word, entry.thenWithin.words)) return false
  return !(entry.notBefore && next !== undefined && entry.notBefore.some((word) => beginsWith(tokens, end, word)))
}

/** Whether the tokens from `at` begin with `words` (`#` is any number; "the only" is two words). */
function beginsWith(tokens: readonly Token[], at: number, words: string): boolean {
  if (words === '#') return /^\d/.test(tokens[at]?.norm ?? '')
  return words.split(' ').every((word, offset) => tokens[at + offset]?.norm === word)
}

/** Words that end a clause before a later word of the hedge: "ik probeer het, en je hoeft niet te …". */
const CLAUSE_JOINS = new Set(['en', 'maar', 'want', 'dus', 'of', 'omdat', 'als', 'dat', 'and', 'but', 'so', 'or', 'because'])

/** `word` within `words` words after `end`, in the same clause, before another word: "probeer je te helpen". */
function followsWithin(tokens: readonly Token[], end: number, word: string, words: number): boolean {
  for (let at = end; at < tokens.length && at < end + words + 1; at++) {
    const token = tokens[at]!
    if (token.kind === 'punctuation' || CLAUSE_JOINS.has(token.norm)) return false
    if (token.norm === word) return tokens[at + 1]?.kind === 'word'
  }
  return false
}

const ALL_ENTRIES: readonly HedgeEntry[] = [...dutchHedges, ...englishHedges]

/** The entries that hold one of these forms. */
function entriesWith(forms: readonly string[]): ReadonlySet<HedgeEntry> {
  return new Set(ALL_ENTRIES.filter((entry) => entry.forms.some((form) => forms.includes(form))))
}

/** Degree words, which can also describe a thing ("my style is a bit retro") or measure out work ("een beetje backend"). */
const DEGREE_ENTRIES = entriesWith(['een beetje', 'een tikkeltje', 'ietwat', 'tamelijk', 'enigszins', 'a bit', 'a bit of a', 'a tad', 'somewhat'])
/** Doubt words. */
const DOUBT_ENTRIES = entriesWith([
  'misschien', 'wellicht', 'waarschijnlijk', 'mogelijkerwijs', 'hopelijk', 'eventueel', 'maybe', 'perhaps', 'probably',
  'possibly', 'hopefully',
])
/** Doubt words that also mean "about" before an amount: "maybe 20 covers", "waarschijnlijk twintig couverts". */
const ESTIMATE_ENTRIES = entriesWith(['misschien', 'wellicht', 'waarschijnlijk', 'maybe', 'perhaps', 'probably', 'possibly'])
/** Doubt words that open a guess at the listener's situation: "Maybe you're feeling stuck." */
const GUESS_ENTRIES = entriesWith(['misschien', 'wellicht', 'maybe', 'perhaps'])
/** Hopes that can be the listeners': "ik hoop dat jullie …", "hopelijk kennen jullie …", "hopefully someone …". */
const HOPE_ENTRIES = entriesWith(['ik hoop dat', 'hopelijk', 'hopefully'])
/** Words that also mean "optionally": "eventueel eerst in loondienst", "possibly also at weekends". */
const OPTIONAL_ENTRIES = entriesWith(['eventueel', 'possibly'])
/** "just" after a form of "to be": "that's just", "it's just", "is just". */
const JUST_ENTRIES: ReadonlySet<HedgeEntry> = new Set(ALL_ENTRIES.filter((entry) => entry.forms.some((form) => form.endsWith(' just'))))
/**
 * Softeners, degree and doubt words that can describe the state of the target an ask names: "who is kind of
 * regretting it", "whose ERP is basically held together with spreadsheets", "die eigenlijk nog alles in
 * Excel doen", "and maybe sponsor a team". Not hopes or fillers, which stay the speaker's ("who, to be
 * honest, …").
 */
const TARGET_STATE_ENTRIES: ReadonlySet<HedgeEntry> = new Set([
  ...DEGREE_ENTRIES,
  ...entriesWith([
    'misschien', 'wellicht', 'waarschijnlijk', 'eventueel', 'maybe', 'perhaps', 'probably', 'possibly', 'kind of',
    'is kind of', 'are kind of', 'basically', 'essentially', 'pretty much', 'is just', 'are just', 'kinda', 'eigenlijk',
    'best wel', 'soort van', 'min of meer', 'gewoon even',
  ]),
])

/** Relative pronouns that open a clause about the target of an ask ("CFOs whose ERP is …", "bedrijven waar …"). */
const TARGET_RELATIVES = new Set(['who', "who's", 'whose', 'which', 'that', 'die', 'dat', 'wiens', 'wier', 'waarvan', 'waar', 'waarin'])
/** The speaker or the listener as a subject, which makes a clause theirs even after a relative pronoun. */
/** The listener as the subject after an opening doubt word: "Maybe you're …", "Misschien loop je …". */
const LISTENER_SUBJECTS = new Set(['you', "you're", "you've", "you'd", "you'll", 'je', 'jij', 'u', 'ge', 'gij', 'jullie'])
const SUBJECTS = new Set([...SPEAKER_SUBJECTS, ...LISTENER_SUBJECTS])
/** Verbs of saying and thinking, after which "that" and "dat" open a statement, not a relative clause. */
const SAY_THINK = new Set([
  'know', 'knew', 'think', 'thought', 'say', 'said', 'hope', 'believe', 'feel', 'sure', 'mean', 'guess', 'bet', 'so', 'now',
  'weet', 'wist', 'denk', 'dacht', 'zeg', 'zei', 'hoop', 'geloof', 'vind', 'merk', 'hoor', 'zie',
])
/** Words that start a new clause of the speaker's after a relative clause: "…, so basically call me". */
const NEW_CLAUSE = new Set(['so', 'but', 'because', 'dus', 'maar', 'want', 'omdat'])

/**
 * A hedge inside a relative clause that describes the target of an ask (the caller checks that the hedge
 * lies inside an ask): "I'm looking for an intro to a software company who just bought HubSpot and is
 * kind of regretting it", "finance directors whose ERP is basically held together with spreadsheets",
 * "businesses who could offer interviews to our young people and maybe sponsor a team", "… die onze
 * jongeren … en misschien een team willen sponsoren" (held-out reviews 63, 65). The clause's subject is
 * the relative pronoun, so a possessive or object in it ("our young people", "onze jongeren") is no speaker.
 * A subject of the speaker's or listener's own between them makes it theirs: "people that I can basically
 * help", "bedrijven die je misschien kent"; so does a comma, after which the speaker goes on: "als je iemand
 * kent die wel wat hulp kan gebruiken, denk dan misschien aan mij".
 */
function describesTarget(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (SUBJECTS.has(tokens[index]!.norm)) return false
  for (let index = start - 1; index > 0; index--) {
    const token = tokens[index]!
    // A comma ends the relative clause: "if you know anyone who could use a bit of support, maybe send them my way".
    if (token.kind === 'punctuation' && (CLAUSE_BREAK.test(token.text) || token.text === ',')) return false
    if (SUBJECTS.has(token.norm) || NEW_CLAUSE.has(token.norm)) return false
    if (TARGET_RELATIVES.has(token.norm)) {
      const before = tokens[index - 1]!
      return before.kind === 'word' && !SAY_THINK.has(before.norm)
    }
  }
  return false
}

/** Number words and "half" (both languages), which give an amount; "twice" and "dubbel" compare and are left out. */
const AMOUNT_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'half', 'dozen',
  'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'vijftien', 'twintig',
  'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'duizend',
])
/** Two-word amounts: "de helft", "a dozen", "een handvol". */
const AMOUNT_PHRASES = ['de helft', 'een handvol', 'a dozen', 'a hundred', 'a thousand', 'a half', 'a handful']
/** Fractions that are also ordinals before a noun ("een derde co-founder"): amounts only before "of", "van" or a mark. */
const FRACTIONS = ['een derde', 'een kwart', 'een tiende', 'a third', 'a quarter', 'a tenth']
/** Words that join two amounts into a range: "six to twelve months", "20 tot 30 gasten". */
const RANGE_WORDS = new Set(['to', 'or', 'tot', 'of', '-', '–'])
/** Currency signs before a figure: "probably £55 a head". */
const CURRENCY = new Set(['£', '€', '$'])

/**
 * A doubt word right before an amount, where it means "about": "Monday to Wednesday we're maybe half
 * full", "we get maybe 20 covers", "misschien 20 gasten", "waarschijnlijk twintig couverts", "misschien
 * wel de helft" (held-out review 67). The speaker estimates; deleting the word would turn an honest
 * estimate into a hard claim. A range already says "about", so there the word only hedges ("I'm looking at
 * roles, maybe six to twelve months"); "een derde" before a noun is an ordinal ("we zoeken misschien een derde
 * co-founder"); "Perhaps one of you knows …" softens an ask. All three stay flagged.
 */
function estimatesAmount(tokens: readonly Token[], end: number): boolean {
  let at = end
  if (tokens[at]?.norm === 'wel') at++
  if (CURRENCY.has(tokens[at]?.text ?? '')) at++
  const word = tokens[at]?.norm ?? ''
  if (AMOUNT_PHRASES.some((phrase) => beginsWith(tokens, at, phrase))) return true
  const fraction = FRACTIONS.find((phrase) => beginsWith(tokens, at, phrase))
  if (fraction !== undefined) {
    const next = tokens[at + 2]
    return next === undefined || next.kind === 'punctuation' || next.norm === 'of' || next.norm === 'van'
  }
  if (!isAmount(word) || /^\d[\d.,]*[-–]\d/.test(word)) return false
  // "one of you", "een van jullie": a person, not an amount.
  if (['one', 'één'].includes(word) && ['of', 'van'].includes(tokens[at + 1]?.norm ?? '')) return false
  // A range already says "about", so the doubt word only hedges: "roles, maybe six to twelve months".
  return !(RANGE_WORDS.has(tokens[at + 1]?.norm ?? '') && isAmount(tokens[at + 2]?.norm ?? ''))
}

/** A figure or a number word: "20", "twintig", "forty-two". */
function isAmount(word: string): boolean {
  return /^\d/.test(word) || AMOUNT_WORDS.has(word) || /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\p{L}+$/u.test(word)
}

/**
 * The hedge alone in brackets, at most with "!" or "?", in a sentence that does not speak of the speaker:
 * "Scheiden doe je maar één keer (hopelijk).", "You only get divorced once (hopefully!)". About the
 * speaker's own promise it is doubt: "We'll be done by Friday (hopefully)".
 */
function isBracketedAside(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== '(' || tokens.some((token) => SPEAKER.has(token.norm))) return false
  const after = tokens[end]?.text === '!' || tokens[end]?.text === '?' ? end + 1 : end
  return tokens[after]?.text === ')'
}

/** What someone makes or how it comes across: things a degree word can describe. */
const THINGS = new Set([
  'work', 'style', 'sound', 'look', 'humour', 'humor', 'aesthetic', 'vibe', 'taste', 'music', 'photos',
  'photography', 'drawings', 'illustrations', 'paintings', 'designs', 'art', 'handwriting', 'palette', 'colours',
  'colors', 'werk', 'stijl', 'geluid', 'smaak', 'sfeer', 'muziek', "foto's", 'fotografie', 'tekeningen',
  'illustraties', 'schilderijen', 'ontwerpen', 'kunst', 'handschrift', 'kleuren', 'kleurgebruik', 'beelden',
])
/** Words before a thing that make it a subject of its own: "mijn werk", "the sound". */
const DETERMINERS = new Set([
  'my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'mijn', 'onze', 'ons', 'jouw', 'je', 'uw', 'zijn', 'haar',
  'hun', 'de', 'het', 'dit', 'deze',
])
/** Verbs that link a subject to what it is like. */
const LINKING_VERBS = new Set([
  'is', 'are', 'was', 'were', 'sounds', 'looks', 'feels', 'seems', 'zijn', 'waren', 'klinkt', 'oogt', 'voelt', 'lijkt', 'blijft', 'wordt',
])

/** Claims that a degree word weakens, also of a thing: "Ons werk is een beetje anders", "My work is a bit better". */
const CLAIMS = new Set([
  'anders', 'beter', 'sneller', 'uniek', 'bijzonder', 'speciaal', 'different', 'better', 'faster', 'unique', 'special',
  'unusual',
])

/**
 * A degree word in what is said of a thing, not of the speaker: "Mijn werk is kleurrijk, een beetje
 * rommelig en vol kleine details", "My style is a bit retro". The thing must be the subject, right before
 * its verb ("Ik doe mijn werk een beetje anders" is about the speaker), a person word nearer the hedge
 * decides first ("I'm a bit messy"), and a claim stays weakened ("Ons werk is een beetje anders").
 */
function describesAThing(tokens: readonly Token[], start: number, end: number): boolean {
  if (CLAIMS.has(tokens[end]?.norm ?? '')) return false
  for (let index = start - 1; index > 0; index--) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && CLAUSE_BREAK.test(token.text)) return false
    if (THINGS.has(token.norm) && DETERMINERS.has(tokens[index - 1]!.norm) && LINKING_VERBS.has(tokens[index + 1]?.norm ?? '')) return true
    if (PERSONAL.has(token.norm) || OTHERS.has(token.norm)) return false
  }
  return false
}

/** Fields of work that Dutch "een beetje" can measure out; kinds of work in -werk, -ing or -ie are found by their ending. */
const FIELDS = new Set([
  'backend', 'frontend', 'fullstack', 'devops', 'design', 'webdesign', 'marketing', 'sales', 'seo', 'copywriting',
  'styling', 'catering', 'onderhoud', 'video', 'montage', 'vormgeving', 'webdevelopment', 'development',
])
const KIND_OF_WORK = /^\p{L}{2,}(?:werk|ing|ie|isme)$/u
/** Forms of "zijn" and its kin: after them a degree word describes the subject ("Ik ben een beetje schilder"). */
const COPULAS = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'word', 'wordt', 'worden', 'blijf', 'blijft', 'voel', 'voelt', 'lijk', 'lijkt'])

/**
 * Dutch "een beetje" before a kind of work or a field means "some", like "a bit of plastering": "ik doe
 * vooral gamedev en een beetje backend", "ook behangen en een beetje stucwerk". After a form of "zijn" it
 * still undersells the speaker: "Ik ben een beetje schilder".
 */
function measuresOutWork(tokens: readonly Token[], start: number, end: number): boolean {
  if (COPULAS.has(tokens[start - 1]?.norm ?? '')) return false
  const next = tokens[end]?.norm ?? ''
  return FIELDS.has(next) || KIND_OF_WORK.test(next) || next === 'werk'
}

/** Words that open a short add-on: a preposition, "also", "first". */
const ADD_ON_OPENERS = new Set([
  'ook', 'eerst', 'later', 'deels', 'gedeeltelijk', 'samen', 'in', 'met', 'via', 'op', 'bij', 'voor', 'na', 'per',
  'zonder', 'als', 'online', 'thuis', 'also', 'first', 'partly', 'together', 'with', 'on', 'at', 'by', 'for',
  'after', 'from', 'without', 'as', 'remotely', 'even',
])
/** Marks and words that can stand before an add-on. */
const ADD_ON_BEFORE = new Set([',', '(', '–', '—', '-', 'of', 'or', 'en', 'and'])

/**
 * "eventueel" and "possibly" meaning "optionally": they open a short add-on after a comma, bracket or
 * "or": "We zoeken een opvolger, eventueel eerst in loondienst of via een maatschap", "I can work on
 * site, possibly also at weekends". Before a verb or a subject they still hedge ("Eventueel kan ik …",
 * "We can possibly help").
 */
function opensOptionalAddOn(tokens: readonly Token[], start: number, end: number): boolean {
  return ADD_ON_BEFORE.has(tokens[start - 1]?.norm ?? '') && ADD_ON_OPENERS.has(tokens[end]?.norm ?? '')
}

/** Subjects that are a thing or a statement. */
const THING_SUBJECTS = new Set(["that's", "it's", "there's", 'that', 'it', 'this', 'which', 'there'])
/** Verdicts that "just" stresses rather than softens. */
const VERDICTS = new Set([
  'not', 'wrong', 'false', 'untrue', 'nonsense', 'rubbish', 'myth', 'lie', 'ridiculous', 'absurd', 'silly',
  'plain', 'simply', 'crazy', 'madness', 'bad',
])

/**
 * The Irish perfect, "just after" a verb in -ing: "I'm just after qualifying" means "I have just
 * qualified" (held-out review 60). "I'm just after a bit of advice" seeks something and still minimises.
 */
function isIrishPerfect(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.norm === 'after' && /^\p{L}{3,}ing$/u.test(tokens[end + 1]?.norm ?? '')
}

/**
 * "just" that stresses a verdict on a thing: "That's just not true", "It's just wrong", "That is just a
 * myth". With a person as the subject, or before anything but a verdict, it still undersells: "It's just
 * a small shop", "I'm just not a salesperson".
 */
function isVerdictOnAThing(tokens: readonly Token[], start: number, end: number): boolean {
  if (![tokens[start], tokens[start - 1]].some((token) => token !== undefined && THING_SUBJECTS.has(token.norm))) return false
  const next = tokens[end]?.norm
  const verdict = next === 'a' || next === 'an' ? tokens[end + 1]?.norm : next
  return verdict !== undefined && VERDICTS.has(verdict)
}

/**
 * Subjects and relative pronouns that make a clause about someone else: "plenty just want to jam". Nouns
 * are left out, since they are as often objects ("ik zoek klanten en misschien kan ik …").
 */
const OTHERS = new Set([
  'he', 'she', 'they', 'it', "he's", "she's", "they're", "it's", 'his', 'her', 'their', 'who', "who's", 'which',
  'that', 'plenty', 'most', 'many', 'some', 'others', 'hij', 'zij', 'ze', 'hun', 'haar', 'die', 'dat', 'velen',
  'anderen', 'sommigen', 'meeste', 'veel',
])
const POSSESSIVES = new Set(['my', 'our', 'your', 'mijn', 'onze', 'ons', 'jouw', 'uw', 'je'])
/** People a speaker or listener serves or has: their clients, pupils, accountant (not their team, which is them). */
const PEOPLE = new Set([
  'clients', 'client', 'customers', 'customer', 'students', 'student', 'pupils', 'patients', 'patient', 'members',
  'participants', 'users', 'readers', 'followers', 'kids', 'children', 'parents', 'accountant', 'audience',
  'guests', 'visitors', 'buyers', 'tenants', 'clienten', 'cliënten', 'cliënt', 'klanten', 'klant', 'studenten',
  'leerlingen', 'patiënten', 'patienten', 'leden', 'deelnemers', 'gebruikers', 'lezers', 'volgers', 'kinderen',
  'ouders', 'gasten', 'bezoekers', 'kopers', 'huurders', 'boekhouder', 'volunteers', 'vrijwilligers',
])
/** Verbs right after a plural noun that opens a sentence about others: "Ouders zijn …", "Founders are …". */
const PLURAL_SUBJECT_VERBS = new Set(['zijn', 'are', 'hebben', 'have', 'willen', 'want', 'voelen', 'feel', 'worden', 'get', 'raken', 'lopen', 'weten', 'know'])
/** Any other Dutch plural verb: "Vrijwilligers zitten …", "Ouders lezen …". */
const DUTCH_PLURAL_VERB = /^\p{L}{2,}en$/u
/** Sentence openers that end like a plural noun: "Als klanten bellen, …", "Soms …", "Volgens …". */
const NOT_PLURAL_NOUNS = new Set(['als', 'dus', 'ons', 'soms', 'eens', 'iets', 'niets', 'alles', 'tijdens', 'volgens', 'sinds', 'samen', 'binnen', 'buiten', 'tegen', 'tussen', 'boven', 'zonder', 'intussen', 'ondertussen', 'is', 'was', 'this', 'its', 'yes', 'as', 'thus', 'perhaps', 'sometimes', 'always', 'besides', 'plus'])
/** Articles before a plural subject ("De vrijwilligers zitten …"); not possessives: "onze mensen" are the speaker's team. */
const ARTICLES = new Set(['de', 'die', 'deze', 'alle', 'the', 'these', 'those', 'all'])
/** After these, a plural noun and a verb were the subject as a whole: "Klanten helpen is eigenlijk mijn vak". */
const SINGULAR_VERBS = new Set(['is', 'was', 'wordt', 'blijft'])
/** Marks that end what a hedge can be about. */
const CLAUSE_BREAK = /^[;:.!?()–—]$/

/**
 * Whether the hedge is about the speaker or the listener. Its own clause decides first (up to a comma):
 * the nearest person word before it ("I", "we", "you" and their forms: yes; "they", "plenty", "who",
 * "die": no), else one after it. If that clause has neither, the search goes on past commas, never past
 * a colon or semicolon. So "We're a bit different" and "…, denk dan misschien aan mij" are about the
 * speaker; "a neighbour who's going a bit stir-crazy", "plenty just want to jam" and "Wat misschien
 * minder bekend is:" are not; "I draw maps and signs, maybe a mural" is.
 */
function aboutSpeaker(tokens: readonly Token[], start: number, end: number): boolean {
  return personIn(tokens, start, end, true) ?? personIn(tokens, start, end, false) ?? false
}

/**
 * Whether the hedge's clause is about someone else. Its own clause decides: "Ik denk dat iedereen …, dus
 * eigenlijk is iedereen welkom" still fills. A clause without a person word that opens with a plural verb
 * shares the subject of the sentence: "Vrijwilligers lezen voor, zetten koffie of zitten gewoon even bij
 * een gast".
 */
function aboutOthers(tokens: readonly Token[], start: number, end: number): boolean {
  if (describesByPronoun(tokens, start)) return false
  const own = personIn(tokens, start, end, true)
  if (own !== undefined) return !own
  return opensWithSharedVerb(tokens, start) && personIn(tokens, start, end, false) === false
}

/** Pronouns that stand for a thing or a situation; the forms of "to be" after them are `SINGULAR_VERBS`. */
const THING_PRONOUNS = new Set(['dat', 'dit', 'het', 'that', 'this', 'it'])

/**
 * A pronoun for a thing opening the clause, then "is" and the hedge: "Dat is best wel een heel gedoe"
 * (held-out review 59). "dat" is no person here, as it is in "… die dat best wel …", so the hedge still
 * weakens what the speaker says.
 */
function describesByPronoun(tokens: readonly Token[], start: number): boolean {
  const opener = tokens[start - 3]
  const opensClause = opener === undefined || opener.kind === 'punctuation' || COORDINATORS.has(opener.norm)
  return opensClause && THING_PRONOUNS.has(tokens[start - 2]?.norm ?? '') && SINGULAR_VERBS.has(tokens[start - 1]?.norm ?? '')
}

/** Words that join a clause to the one before it. */
const COORDINATORS = new Set(['en', 'of', 'maar', 'and', 'or', 'but'])

/** The hedge's clause opens, after a comma and "en" or "of" at most, with a Dutch plural verb: "…, zetten koffie of zitten …". */
function opensWithSharedVerb(tokens: readonly Token[], start: number): boolean {
  let comma = start - 1
  while (comma > 0 && tokens[comma]!.text !== ',') comma--
  if (comma <= 0) return false
  const first = COORDINATORS.has(tokens[comma + 1]?.norm ?? '') ? comma + 2 : comma + 1
  const verb = tokens[first]?.norm ?? ''
  return first < start && DUTCH_PLURAL_VERB.test(verb) && !NOT_PLURAL_NOUNS.has(verb)
}

/** The verdict of the nearest person word around the hedge, within its clause or (`ownClause` false) sentence part. */
function personIn(tokens: readonly Token[], start: number, end: number, ownClause: boolean): boolean | undefined {
  const stops = (token: Token) => token.kind === 'punctuation' && (CLAUSE_BREAK.test(token.text) || (ownClause && token.text === ','))
  // A form that holds its own subject ("we're kind of", "I'm just") is about the speaker.
  for (let index = start; index < end; index++) if (PERSONAL.has(tokens[index]!.norm)) return true
  for (let index = start - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (stops(token)) break
    // "my clients", "onze deelnemers", "your accountant": people of the speaker or listener, not themselves.
    if (POSSESSIVES.has(token.norm) && index + 1 < start && PEOPLE.has(tokens[index + 1]!.norm)) return false
    // "Parents often ring me a bit panicked": the speaker is the object, the parents the subject.
    if (SPEAKER_OBJECTS.has(token.norm) && isObjectOfPluralSubject(tokens, index)) return false
    if (PERSONAL.has(token.norm)) return true
    if (OTHERS.has(token.norm)) return false
    // "Ouders zijn eigenlijk gewoon moe": a plural noun opening the sentence as its subject.
    if (opensWithPluralSubject(tokens, index, start)) return false
  }
  for (let index = end; index < tokens.length; index++) {
    const token = tokens[index]!
    if (stops(token)) break
    if (PERSONAL.has(token.norm)) return true
  }
  return undefined
}

/** Words before a plural subject that opens the sentence: "A lot of parents", "Veel ouders", "Most of my clients". */
const SUBJECT_QUANTIFIERS = new Set([
  'a', 'lot', 'lots', 'of', 'many', 'most', 'some', 'all', 'the', 'these', 'those', 'my', 'our', 'veel', 'de', 'meeste',
  'sommige', 'alle', 'die', 'deze', 'mijn', 'onze',
])
/** Adverbs of frequency between a subject and its verb: "Parents often ring me". */
const FREQUENCY = new Set(['often', 'always', 'usually', 'sometimes', 'regularly', 'also', 'vaak', 'altijd', 'meestal', 'soms', 'regelmatig', 'geregeld', 'ook'])
/** Prepositions between a verb and its object pronoun: "come to me", "komen bij ons". */
const OBJECT_PREPOSITIONS = new Set(['to', 'at', 'with', 'naar', 'bij', 'met'])
/** Verbs of naming or judging, whose object is what the hedge describes: "Friends call me a bit of a perfectionist". */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'consider', 'considers', 'find', 'finds', 'describe', 'describes', 'see', 'sees', 'noemen', 'noemt', 'vinden', 'vindt', 'zien', 'ziet'])
/** Plural nouns for people that do not end like a plural ("children" and "kinderen" are in PEOPLE). */
const PLURAL_PEOPLE = new Set(['people', 'mensen'])

/**
 * An object pronoun of the speaker after the verb of a plural noun that opens the sentence, after a
 * quantifier at most, and an adverb of frequency or a preposition between: "A lot of parents come to me in
 * a bit of a panic", "Parents often ring me a bit panicked", "Patients come to us a bit scared", "Ouders
 * bellen mij vaak een beetje wanhopig", "Veel ouders bellen me een beetje in paniek" (held-out review 61).
 * The hedge describes the subject's state, not the speaker's.
 */
function isObjectOfPluralSubject(tokens: readonly Token[], index: number): boolean {
  let at = index - 1
  if (OBJECT_PREPOSITIONS.has(tokens[at]?.norm ?? '')) at--
  const verb = tokens[at]
  if (verb === undefined || verb.kind !== 'word' || PERSONAL.has(verb.norm) || NAMING_VERBS.has(verb.norm)) return false
  at--
  while (at > 0 && FREQUENCY.has(tokens[at]!.norm)) at--
  const noun = tokens[at]
  if (noun === undefined || noun.kind !== 'word') return false
  const plural = PLURAL_PEOPLE.has(noun.norm) || PEOPLE.has(noun.norm) || (/(?:s|en)$/.test(noun.norm) && !NOT_PLURAL_NOUNS.has(noun.norm))
  if (!plural) return false
  // Back to the start of the clause: the sentence's, or a comma and a joining word ("…, so a lot of parents").
  for (let back = at - 1; back >= 0; back--) {
    const token = tokens[back]!
    if (token.kind === 'punctuation') return true
    if (SUBJECT_QUANTIFIERS.has(token.norm)) continue
    if (COORDINATORS.has(token.norm) || token.norm === 'so' || token.norm === 'dus') return back === 0 || tokens[back - 1]?.text === ','
    return false
  }
  return true
}

/**
 * A plural noun that opens the sentence, after an article at most, as the subject of the verb right after
 * it: "Ouders zijn …", "Founders are …", "(De) vrijwilligers zitten gewoon even bij een gast". A Dutch
 * verb is any word in -en, unless a singular verb follows, which makes noun and verb one subject
 * ("Klanten helpen is eigenlijk mijn vak").
 */
function opensWithPluralSubject(tokens: readonly Token[], index: number, start: number): boolean {
  const noun = tokens[index]!
  if (index > 1 || (index === 1 && !ARTICLES.has(tokens[0]!.norm))) return false
  if (noun.kind !== 'word' || !/(?:s|en|ers)$/.test(noun.norm)) return false
  const at = verbAfter(tokens, index + 1, start)
  const verb = tokens[at]?.norm ?? ''
  if (PLURAL_SUBJECT_VERBS.has(verb)) return true
  if (NOT_PLURAL_NOUNS.has(noun.norm) || !DUTCH_PLURAL_VERB.test(verb)) return false
  return !tokens.slice(at + 1, start).some((token) => SINGULAR_VERBS.has(token.norm))
}

/** Prepositions that add a short phrase to a subject: "Vrijwilligers van het hospice zitten …", "Parents of toddlers are …". */
const SUBJECT_PHRASE_OPENERS = new Set(['van', 'uit', 'in', 'bij', 'met', 'of', 'from', 'at', 'with'])

/** Where the verb after a subject stands: right after it, or after a phrase of up to three words that a preposition opens. */
function verbAfter(tokens: readonly Token[], index: number, start: number): number {
  if (!SUBJECT_PHRASE_OPENERS.has(tokens[index]?.norm ?? '')) return index
  for (let at = index + 1; at <= index + 4 && at < start; at++) {
    const token = tokens[at]!
    if (token.kind === 'punctuation') break
    if (PLURAL_SUBJECT_VERBS.has(token.norm) || (at > index + 1 && DUTCH_PLURAL_VERB.test(token.norm))) return at
  }
  return index
}

/**
 * Questions and phrases that ask the listener to recognise a situation: "Ken je dat?", "Do you ever …?",
 * "Sound familiar?", "Maybe you've been there".
 */
const RECOGNITION = phraseIndex(
  [
    'ken je dat', 'ken jij dat', 'kent u dat', 'ken je het gevoel', 'herken je', 'herken jij', 'herkent u',
    'klinkt bekend', 'klinkt dat bekend', 'klinkt dit bekend', 'komt dit je bekend voor', 'heb je ooit',
    'heb jij ooit', 'heb je weleens', 'heb je wel eens', 'ben je ooit', 'ben je weleens', 'overkomt het je',
    'know that feeling', 'know the feeling', 'sound familiar', 'sounds familiar', 'been there', 'do you ever',
    'have you ever', 'did you ever',
  ].map((phrase) => [phrase, true] as const),
)

/** The indices of the sentences before this one in its paragraph, nearest first, back to one that speaks of the speaker. */
function earlierInParagraph(sentences: readonly SentenceView[], index: number): number[] {
  const earlier: number[] = []
  for (let before = index - 1; before >= 0 && earlier.length < 3; before--) {
    const sentence = sentences[before]!
    if (sentence.paragraph !== sentences[index]!.paragraph || sentence.tokens.some((token) => SPEAKER.has(token.norm))) break
    earlier.push(before)
  }
  return earlier
}

/**
 * A hedge in a scene about the listener, which describes them, not the offer: "you" decides whom the
 * hedge is about, the sentence has no word for the speaker, and it or one just before it asks the listener
 * to recognise the scene: "Do you ever just want to throw your laptop out of the window?", "Ken je dat?
 * Je opent die schoenendoos en je wilt eigenlijk gewoon huilen.", "Maybe you've been there: …". "Ken je
 * misschien iemand die …?" recognises nothing and stays a softened ask; "Sound familiar? I can probably
 * help." is about the speaker. Doubt words (`earlierToo` false) need the recognition in their own sentence.
 */
function inListenerScenario(view: DocumentView, index: number, start: number, end: number, earlierToo: boolean): boolean {
  const tokens = view.sentences[index]!.tokens
  if (tokens.some((token) => SPEAKER.has(token.norm)) || !aboutSpeaker(tokens, start, end)) return false
  // The sentences' pattern lines already hold their words in lower case.
  const scene = earlierToo ? [index, ...earlierInParagraph(view.sentences, index)] : [index]
  return scene.some((at) => findPhrases(view.lines[at]!.wordList, RECOGNITION).length > 0)
}

/**
 * Modals, needs and knowing, which make a guess at the listener advice or an ask: "Maybe you should call
 * me", "Misschien kun je …", "Maybe you know someone who …".
 */
const ADVICE_VERBS = new Set([
  'should', 'could', 'can', 'might', 'may', 'would', 'will', 'must', 'need', 'want', 'know',
  'moet', 'moeten', 'kun', 'kunt', 'kan', 'kunnen', 'zou', 'zoudt', 'zouden', 'wil', 'wilt', 'willen', 'mag', 'moogt', 'hoeft', 'ken', 'kent', 'kennen',
])
/** Words of an ask or an offer in the sentence: "Misschien heb je een boekhouder nodig", "… someone who …". */
const ASK_WORDS = new Set(['nodig', 'iemand', 'someone', 'somebody', 'anyone', 'anybody'])

/**
 * A doubt word opening a sentence that guesses the listener's situation: "Maybe you're feeling stuck.",
 * "Perhaps you're tired of doing your own books at midnight.", "Misschien loop je vast in je werk."
 * (held-out review 53). Without it the sentence tells listeners how they feel; the doubt is tact, not a
 * weak promise. The sentence has no word for the speaker, and a modal or a need makes it advice or an
 * ask: "Maybe I can help you", "Maybe you should call me", "Misschien heb je een boekhouder nodig" stay
 * flagged.
 */
function guessesListenerSituation(tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  if (!tokens.slice(0, start).every((token) => token.kind === 'punctuation')) return false
  if (tokens.some((token) => SPEAKER.has(token.norm) || ASK_WORDS.has(token.norm))) return false
  const at = tokens[end]?.text === ',' ? end + 1 : end
  // English puts the subject first ("Maybe you're …"), Dutch the verb ("Misschien loop je …").
  const [verb, subject] = language === 'en' ? [tokens[at + 1], tokens[at]] : [tokens[at], tokens[at + 1]]
  if (!LISTENER_SUBJECTS.has(subject?.norm ?? '')) return false
  return !ADVICE_VERBS.has(verb?.norm ?? '')
}

/** Verbs of knowing or having seen something: "ken je ze", "you've probably seen them". */
const KNOW_VERBS = new Set([
  'ken', 'kent', 'kennen', 'kende', 'kenden', 'gekend', 'zien', 'zag', 'zagen', 'gezien', 'gehoord', 'tegengekomen',
  'know', 'knew', 'known', 'seen', 'saw', 'heard', 'spotted', 'noticed',
])
/** Words that make the known thing someone or something the listener may find: an ask, not a client. */
const INDEFINITE = new Set([...ASK_WORDS, 'een', 'a', 'an', 'any', 'wie', 'who', 'iets', 'something', 'anything'])

/**
 * A doubt word about whether the listener knows or has seen what the speaker names: "Vorig jaar maakten
 * we de etiketten voor Brouwerij 't Gaverhopke, misschien kennen jullie die wel", "Onze klant Bakkerij
 * Koster ken je misschien van de markt", "Je hebt onze bussen misschien al zien rijden", "you've probably
 * seen them in Whole Foods" (held-out review 57). The doubt is about the listener's memory, not the
 * speaker's work, as in "Wat je misschien niet weet". The listener is the subject of the hedge's clause
 * and nothing in it is indefinite: "Maybe you know someone who …" and "Misschien ken je een bakker die …"
 * are softened asks and stay flagged.
 */
function doubtsListenerKnows(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = clauseAround(tokens, start, end)
  // The speaker as the subject makes the clause their claim: "we know …", "ik ken …".
  if (clause.some((token) => SPEAKER_SUBJECTS.has(token.norm) || INDEFINITE.has(token.norm))) return false
  return clause.some((token) => LISTENER_SUBJECTS.has(token.norm)) && clause.some((token) => KNOW_VERBS.has(token.norm))
}


/** The tokens of the hedge's clause, between the nearest clause break or comma on either side. */
function clauseAround(tokens: readonly Token[], start: number, end: number): readonly Token[] {
  const breaks = (token: Token) => token.kind === 'punctuation' && (CLAUSE_BREAK.test(token.text) || token.text === ',')
  let first = start
  while (first > 0 && !breaks(tokens[first - 1]!)) first--
  let last = end
  while (last < tokens.length && !breaks(tokens[last]!)) last++
  return tokens.slice(first, last)
}

/**
 * A degree word in a question about how the listener feels: "… of zit je zelf een beetje te twijfelen
 * aan je huidige job?", "Ben je een beetje uitgekeken op je job?", "Are you a bit fed up with your
 * current job?" (held-out review 57). The question asks; it claims nothing about the speaker.
 */
function asksListener(tokens: readonly Token[], start: number): boolean {
  if (tokens[tokens.length - 1]?.text !== '?') return false
  for (let index = start - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && (CLAUSE_BREAK.test(token.text) || token.text === ',')) return false
    if (LISTENER.has(token.norm)) return true
    if (PERSONAL.has(token.norm) || OTHERS.has(token.norm)) return false
  }
  return false
}

/** The listeners or someone they know, as the subject of a hope: "jullie", "you", "iemand", "someone". */
const HOPED_SUBJECTS = new Set([...LISTENER_SUBJECTS, "you'll", 'iemand', 'someone', 'somebody', 'anyone', 'anybody'])

/**
 * A hope whose subject is the listeners or someone they know: "Ik hoop dat jullie aan iemand denken!",
 * "Hopelijk kennen jullie iemand!", "Hopefully someone comes to mind!" (held-out review 52). After an
 * ask it is a polite close, as "I hope you'll think of someone" is; "Ik hoop dat ik jullie administratie
 * kan overnemen" and "Hopefully we can fix it" hope for the speaker and stay flagged.
 */
function hopesForListeners(tokens: readonly Token[], end: number, verbSecond: boolean): boolean {
  let at = end
  if (tokens[at]?.text === ',') at++
  if (tokens[at]?.norm === 'dat' || tokens[at]?.norm === 'that') at++
  // The subject first ("… dat jullie", "Hopefully someone"), or after the verb of a Dutch main clause
  // ("Hopelijk kennen jullie iemand").
  return HOPED_SUBJECTS.has(tokens[verbSecond ? at + 1 : at]?.norm ?? '')
}

/** What a listener does for the speaker: think of them, introduce them, pass them on. */
const LISTENER_ACTS = new Set([
  'denken', 'denkt', 'denk', 'voorstellen', 'voorstelt', 'aanbevelen', 'aanbeveelt', 'doorverwijzen', 'doorverwijst',
  'doorsturen', 'doorstuurt', 'think', 'introduce', 'recommend', 'refer',
])
/** Verbs of knowing, which ask for someone the listener knows unless the speaker is the one known ("dat je me kent"). */
const LISTENER_KNOWS = new Set(['kennen', 'kent', 'ken', 'know', 'knows'])
/** The speaker as an object: "aan mij denken", "me kent". */
const SPEAKER_OBJECTS = new Set(['me', 'mij', 'ons', 'us'])

/**
 * A hope that the listeners will do something for the speaker: "Ik hoop dat jullie aan mij denken als je
 * iets te vieren hebt", "Hopelijk denken jullie aan mij", "Ik hoop dat iemand hier een weddingplanner kent"
 * (held-out review 67). It is a polite ask, as "I hope you'll think of me" is, also without an ask before
 * it. The subject is checked by `hopesForListeners`; the clause (up to a comma or mark) holds the act.
 */
function hopesListenerActs(tokens: readonly Token[], end: number): boolean {
  const clause: Token[] = []
  for (let at = end; at < tokens.length && tokens[at]!.kind === 'word'; at++) clause.push(tokens[at]!)
  if (clause.some((token) => LISTENER_ACTS.has(token.norm))) return true
  return clause.some((token) => LISTENER_KNOWS.has(token.norm)) && !clause.some((token) => SPEAKER_OBJECTS.has(token.norm))
}

const LEISURE_OPENERS = phraseIndex(
  [
    "when i'm not", 'when i am not', "when i'm off", 'als ik niet', 'in my spare time', 'in my free time', 'in mijn vrije tijd',
    'outside work', 'outside of work', 'buiten het werk', 'buiten werktijd', 'on weekends', 'at weekends', 'in het weekend',
  ].map((phrase) => [phrase, true] as const),
)

/** A free-time opener before the hedge ("Eigenlijk ben ik er in mijn vrije tijd mee begonnen" still hedges). */
function isLeisureAside(tokens: readonly Token[], start: number): boolean {
  return findPhrases(tokens.slice(0, start).map((token) => token.norm), LEISURE_OPENERS).length > 0
}

const LANGUAGES = new Set([
  'nederlands', 'engels', 'duits', 'frans', 'spaans', 'portugees', 'italiaans', 'arabisch', 'turks', 'pools',
  'dutch', 'english', 'german', 'french', 'spanish', 'portuguese', 'italian', 'arabic', 'turkish', 'polish',
  // More languages spoken by people in the Netherlands, Belgium, Britain and Ireland (held-out review 50).
  'berbers', 'tamazight', 'papiaments', 'russisch', 'oekraïens', 'roemeens', 'chinees', 'mandarijn', 'hindi',
  'somalisch', 'tigrinya', 'farsi', 'perzisch', 'koerdisch', 'grieks', 'hongaars', 'bulgaars', 'fries', 'urdu',
  'berber', 'papiamento', 'russian', 'ukrainian', 'romanian', 'chinese', 'mandarin', 'somali', 'persian',
  'kurdish', 'greek', 'hungarian', 'bulgarian', 'irish', 'welsh', 'gaelic', 'frisian',
])
const SPEAK = new Set(['speak', 'speaks', 'spreek', 'spreekt', 'spreken', 'understand', 'versta', 'verstaat'])

/** A degree word beside a language or "speak": "een beetje Nederlands", "My Dutch is a bit basic", "I speak a little German". */
function isLanguageLevel(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = Math.max(0, start - 3); index < Math.min(tokens.length, end + 2); index++) {
    const word = tokens[index]!.norm
    // The language after the hedge ("een beetje Nederlands"), or as "my Dutch" before it; "a Dutch thing" is no language.
    if (LANGUAGES.has(word) && (index >= end || POSSESSIVES.has(tokens[index - 1]?.norm ?? ''))) return true
    if (index < start && SPEAK.has(word)) return true
  }
  return false
}

/** Words after which a Dutch main clause starts again ("…, en eigenlijk is iedereen…"). */
const DUTCH_CLAUSE_OPENERS = new Set(['en', 'maar', 'want', 'dus', 'of', ',', ';', ':', '-', '–'])

/**
 * A hedge that opens a sentence needs the next word capitalised; in Dutch a hedge that opens a clause
 * carries the verb after it (verb-second), so deleting it would leave the verb first. Neither is safe.
 */
function opensClause(tokens: readonly Token[], index: number, language: Language): boolean {
  // Only opening marks before it ("(Basically we …", "\"Eigenlijk ben ik …"): it still opens the sentence.
  if (tokens.slice(0, index).every((token) => token.kind === 'punctuation')) return true
  return language === 'nl' && DUTCH_CLAUSE_OPENERS.has(tokens[index - 1]!.norm)
}

export const retextHedge = rulePlugin(hedge)
