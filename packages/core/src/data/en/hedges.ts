import type {HedgeEntry} from '../types.js'

/**
 * English hedges and fillers that make a pitch sound unsure. pitchlint's own list, built from common
 * plain-writing advice (cut hedges, intensifiers and throat-clearing) and checked for false alarms:
 * - words with an ordinary meaning are listed only inside a frame where they always hedge: "just",
 *   "kind of", "sort of" and "more or less" only after a form of "to be" ("I'm just a …", "is kind of",
 *   "it's more or less done"; not "just opened", "just in time", "the kind of clients", "more or less
 *   staff"); "try to" only with "I"/"we" (not "people trying to sell their home"); "I think" only
 *   before a that-clause or a subject ("I think it", "I think every"); "honestly" and "frankly" only
 *   before a comma ("Honestly, I can work with anyone"; not "I honestly love it"); "really" only before a
 *   comma or at the end of a sentence ("I'm looking for customers really."); "more or less" also after a
 *   comma; "you know" only between commas; "just" also before the verb of a call to action whose past
 *   participle differs ("just call me", "just send"; not "just come" or "just let", which can mean
 *   "recently": "I've just let the flat");
 * - left out on purpose: bare "just", "kind of", "sort of", "quite" ("quite a few" means many),
 *   "fairly" ("fairly priced"), "in a way" ("in a way that …"), "you know" ("if you know someone"),
 *   "rather" ("rather than"), "literally" (retext-simplify already has it), "I believe" ("I believe
 *   every person has a story" states a conviction) and "a little" ("a little salon");
 * - `deletable` only when dropping the words leaves a correct sentence in practically every use; a
 *   frame like "I'm just" gets the frame back as `replace` ("I'm"). Sorted by first form.
 */
/**
 * Words after which "just" means "only", "exactly" or "recently", not a minimiser: "it's just the two of
 * you", "just 10 minutes", "just like", "I'm just back from a course".
 */
const JUST_MEANS_ONLY: readonly string[] = [
  'the', 'me', 'us', 'you', 'him', 'her', 'them', 'one', 'two', 'three', 'four', 'five', '#',
  'like', 'as', 'what', 'how', 'around', 'about', 'over', 'under', 'for', 'starting', 'beginning',
  // "I'm just back from a course", "I'm just getting started here": "just" means "recently".
  'back', 'off', 'getting', 'joined', 'arrived', 'started', 'moved', 'launched', 'opened', 'returned', 'finishing',
  // "I'm just out of my apprenticeship", "I'm just qualified": "just" means "recently" (held-out review 60).
  'out', 'qualified', 'graduated', 'certified', 'registered', 'newly', 'done',
  // "a dental group that's just taken over a second surgery": "'s just" + a participle is "has just" (held-out review 44).
  'taken', 'raised', 'bought', 'hired', 'signed', 'lost', 'finished', 'had', 'retired', 'inherited', 'sold', 'got',
  'merged', 'been', 'won', 'closed', 'completed', 'expanded', 'relocated', 'acquired', 'secured', 'landed',
]

/** Particles that make "pop" or "drop" a visit: "just pop in", "just drop by" (held-out review 54). */
const VISIT_PARTICLES: readonly string[] = ['in', 'by', 'round', 'over', 'down', 'along', 'into']

/** What can follow a vague end of a list: a mark, the end, a joining word or a preposition ("… and that sort of thing for small firms"). */
const LIST_END = [
  '.', ',', '!', '?', ';', ':', ')', '-', '–', '—', '…', '$', 'and', 'but', 'so', 'or', 'because', 'for', 'with', 'in', 'at',
  'on', 'to', 'from', 'really', 'basically',
]

export const englishHedges: readonly HedgeEntry[] = [
  {
    forms: [', more or less'],
    deletable: true,
    source: 'hedge after a comma ("it\'s all hand-drawn, more or less")',
  },
  {
    // Also at the end of a sentence: "I help bakers with their books, you know." (held-out review 59).
    forms: [', you know ,', ', you know .', ', you know !'],
    deletable: false,
    source: 'filler between commas; bare "you know" is left out ("if you know someone")',
  },
  {
    forms: ['a bit', 'a little bit', 'a tad'],
    deletable: false,
    // "a bit of lead flashing" is a quantity; "a bit of a perfectionist" is the next entry; "A bit about me" a heading.
    notBefore: ['of', 'about'],
    // "Many clients are a bit nervous" describes them; it does not weaken the speaker's claim.
    onlyAboutSpeaker: true,
    source: 'downplays the claim ("a bit different")',
  },
  {
    forms: ['a bit of a', 'a little bit of a', 'a bit of an', 'a little bit of an'],
    deletable: false,
    onlyAboutSpeaker: true,
    source: 'downplays a self-description ("a bit of a perfectionist"), which cannot simply lose it',
  },
  {
    forms: ['actually'],
    deletable: true,
    // "what it actually costs", "benefits people actually use": there it contrasts, and stays. After "is"
    // or "are" it states a fact about a thing ("gutters are actually the main cause of damp", "there are
    // actually two of us"); "we are actually" is the next entry.
    onlyAfter: ['^', ',', 'i', 'we', "i'm", "we're", 'am', "i've", "we've", 'really', 'so', 'and', 'but', 'that', 'which', 'who'],
    // "a strategy that actually works" is a cliché; "the guy who actually shows up" contrasts.
    afterRelativeOnlyBefore: ['works', 'work', 'worked', 'delivers', 'deliver', 'helps', 'help', 'matters', 'matter', 'makes', 'make', 'moves', 'drives', 'gets', 'pays', 'converts', 'sells', 'lasts'],
    // "What I actually do", "how we actually work": a question word before makes it contrast.
    notAfterNear: ['what', 'how', 'where', 'why', 'which', 'who', 'whom'],
    source:
      'filler at the start of a clause or after I/we; elsewhere it contrasts with what one might expect ("the guy who actually shows up")',
  },
  {
    forms: ['am just'],
    deletable: false,
    replace: ['am'],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge inside "I am …"',
  },
  {
    // "I kind of guide you", "I've kind of been doing this": right after the speaker it always hedges.
    forms: ['kind of', 'sort of'],
    deletable: true,
    onlyAfter: ['i', 'we', "i've", "we've", "i'd", "we'd"],
    source: 'hedge: "I kind of …" right after the speaker',
  },
  {
    forms: ['am kind of', 'am sort of', 'am quite', 'am more or less'],
    deletable: false,
    replace: ['am'],
    source: 'hedge inside "I am …"',
  },
  {
    forms: [
      'and that sort of thing', 'and that kind of thing', 'and stuff like that', 'and things like that',
      'and so on', 'and so forth',
    ],
    deletable: true,
    // Only where it ends the list: before a mark, the end, a joining word or a preposition. With a verb
    // after it is the subject and names a real thing: "…, and that sort of thing comes up more and more"
    // (held-out review 66).
    onlyBefore: LIST_END,
    source: 'filler: vague end of a list',
  },
  {
    forms: ['are just'],
    deletable: false,
    replace: ['are'],
    // "Most new mums are just exhausted": about others it describes them (held-out review 27).
    notAboutOthers: true,
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge inside "we are …"',
  },
  {
    forms: ['are kind of', 'are sort of', 'are more or less'],
    deletable: false,
    replace: ['are'],
    notAboutOthers: true,
    source: 'hedge inside "we are …"',
  },
  {
    forms: ['arguably'],
    deletable: true,
    source: 'hedge: invites the argument',
  },
  {
    forms: ['basically'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['can potentially'],
    deletable: false,
    replace: ['can'],
    source: 'double hedge',
  },
  {
    forms: ['could potentially'],
    deletable: false,
    replace: ['could'],
    source: 'double hedge',
  },
  {
    forms: ['essentially'],
    deletable: true,
    source: 'filler, like "basically"',
  },
  {
    forms: [
      'honestly ,', 'frankly ,', 'quite honestly', 'quite frankly', 'honestly speaking', 'frankly speaking',
      // At the end of a sentence after a comma: "We fix roofs in Leeds, honestly." (held-out review 59).
      ', honestly .', ', honestly !', ', frankly .',
    ],
    deletable: false,
    source: 'filler: suggests the rest is less honest; bare "honestly" is left out ("I honestly love it")',
  },
  {
    forms: ['hopefully'],
    deletable: true,
    source: 'hedge: sounds unsure of the result',
  },
  {
    forms: ['i always try to', 'i try to', 'i strive to', 'i try and', 'i always try and', 'i attempt to'],
    deletable: false,
    replace: ['I'],
    source: 'hedge: "I try to answer within a day" → "I answer within a day"',
  },
  {
    // "I believe that change is about people" states a conviction (held-out reviews 17 and 21), like bare "I believe".
    forms: ['i feel that', 'i think that', 'we think that'],
    deletable: true,
    source: 'hedge: the that-clause stands on its own',
  },
  {
    forms: ['i feel like', 'we feel like'],
    deletable: false,
    // Only before a clause: "whether I feel like the right fit" means "seem like".
    onlyBefore: [
      'i', "i'm", "i've", 'we', "we're", "we've", 'you', "you're", 'it', "it's", 'this', 'that', 'there', "there's",
      'they', "they're", 'people', 'most', 'many', 'everyone', 'everybody', 'nobody', 'no', 'every', 'my', 'our',
    ],
    source: 'hedge before a clause ("I feel like we could…"); not deletable: "I feel like a kid"',
  },
  {
    forms: ['i think'],
    deletable: true,
    // At the end of a clause: "which is quite a Dutch thing I think." Not "that's what I think."
    onlyBefore: ['.', '!', '$'],
    notAfterNear: ['what', 'how', 'than', 'as', 'why', 'where', 'when', 'who', 'which', 'whatever', 'do', 'did', "don't"],
    source: 'hedge tagged on at the end of a clause',
  },
  {
    forms: ['i think a lot of'],
    deletable: false,
    replace: ['a lot of'],
    source: 'hedge before a clause with its own subject ("I think a lot of people …")',
  },
  {
    forms: ['i think many'],
    deletable: false,
    replace: ['many'],
    source: 'hedge before a clause with its own subject ("I think a lot of people …")',
  },
  {
    forms: ['i think people'],
    deletable: false,
    replace: ['people'],
    source: 'hedge before a clause with its own subject ("I think a lot of people …")',
  },
  {
    forms: ['i think the'],
    deletable: false,
    replace: ['the'],
    source: 'hedge before a clause with its own subject ("I think a lot of people …")',
  },
  {
    forms: ['i think there'],
    deletable: false,
    replace: ['there'],
    source: 'hedge before a clause with its own subject ("I think a lot of people …")',
  },
  {
    forms: ['i guess', 'i suppose', 'i reckon'],
    deletable: false,
    source: 'hedge (not deletable: "I guess that …")',
  },
  {
    forms: [
      'i hope to', 'we hope to', "i'm hoping to", 'i am hoping to', "we're hoping to", 'we are hoping to',
    ],
    deletable: false,
    // "I hope to meet owners of cheese brands": a polite ask, not a weak promise (held-out review 49); also
    // "I hope to recruit school nurses", "I'm hoping to make some new connections today" (held-out review 65).
    notBefore: [
      'meet', 'connect', 'hear', 'talk', 'speak', 'find', 'partner', 'get', 'work', 'collaborate', 'land', 'recruit',
      'interview', 'chat', 'be introduced', 'make connections', 'make new connections', 'make some connections',
      'make some new connections', 'make a few connections', 'make a few new connections', 'make contact',
    ],
    source: 'hedge: say what you will do',
  },
  {
    forms: ['i think every'],
    deletable: false,
    replace: ['every'],
    source: 'hedge',
  },
  {
    forms: ['i think everyone'],
    deletable: false,
    replace: ['everyone'],
    source: 'hedge',
  },
  {
    forms: ['i think i'],
    deletable: false,
    replace: ['I'],
    source: 'hedge: "I think I can help" → "I can help"',
  },
  {
    // "I think I'd be a great addition to any team" (held-out review 62).
    forms: ["i think i'd"],
    deletable: false,
    replace: ["I'd"],
    source: 'hedge: "I think I\'d be a great fit" → "I\'d be a great fit"',
  },
  {
    forms: ["i think i'm"],
    deletable: false,
    replace: ["I'm"],
    source: 'hedge',
  },
  {
    forms: ['i think it'],
    deletable: false,
    replace: ['it'],
    source: 'hedge: "I think it will help" → "it will help"',
  },
  {
    forms: ["i think it's"],
    deletable: false,
    replace: ["it's"],
    source: 'hedge: "I think it\'s worth it" → "it\'s worth it"',
  },
  {
    forms: ['i think most'],
    deletable: false,
    replace: ['most'],
    source: 'hedge',
  },
  {
    forms: ['i think my'],
    deletable: false,
    replace: ['my'],
    source: 'hedge',
  },
  {
    forms: ['i think our'],
    deletable: false,
    replace: ['our'],
    source: 'hedge',
  },
  {
    forms: ["i think that's"],
    deletable: false,
    replace: ["that's"],
    source: 'hedge',
  },
  {
    forms: ["i think there's"],
    deletable: false,
    replace: ["there's"],
    source: 'hedge',
  },
  {
    forms: ['i think they'],
    deletable: false,
    replace: ['they'],
    source: 'hedge',
  },
  {
    forms: ["i think they're"],
    deletable: false,
    replace: ["they're"],
    source: 'hedge',
  },
  {
    forms: ['i think this'],
    deletable: false,
    replace: ['this'],
    source: 'hedge',
  },
  {
    forms: ['i think we'],
    deletable: false,
    replace: ['we'],
    source: 'hedge: "I think we can help" → "we can help"',
  },
  {
    forms: ["i think we'd"],
    deletable: false,
    replace: ["we'd"],
    source: 'hedge',
  },
  {
    forms: ["i think we're"],
    deletable: false,
    replace: ["we're"],
    source: 'hedge',
  },
  {
    forms: ['i think you'],
    deletable: false,
    replace: ['you'],
    source: 'hedge: "I think you will like it" → "you will like it"',
  },
  {
    forms: ["i think you're"],
    deletable: false,
    replace: ["you're"],
    source: 'hedge',
  },
  {
    forms: ['i was wondering if', 'i was wondering whether', 'we were wondering if'],
    deletable: false,
    source: 'weak ask: ask the question directly',
  },
  {
    forms: [
      "i'd like to think", 'i would like to think', 'i like to think', "we'd like to think",
      'we would like to think', 'we like to think',
    ],
    deletable: false,
    // Only before a that-clause or its subject: "I like to think (that) I'm a good listener". "I like to
    // think along with the customer" and "We like to think ahead" are Dunglish for meedenken and
    // planning ahead (held-out review 57); "think of myself as" is the next entry.
    onlyBefore: [
      'that', 'i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our', 'it', "it's",
      'this', 'the', 'you', "you're", 'people', 'clients', 'customers', 'they', "they're", 'there', "there's",
    ],
    source: 'hedge: sounds unsure (not deletable: "… think that …")',
  },
  {
    forms: [
      "i'd like to think of myself", 'i would like to think of myself', 'i like to think of myself',
      "we'd like to think of ourselves", 'we would like to think of ourselves', 'we like to think of ourselves',
    ],
    deletable: false,
    source: 'hedge: sounds unsure ("I like to think of myself as a problem solver")',
  },
  {
    forms: ["i'd say", 'i would say'],
    deletable: false,
    source: 'hedge (not deletable: "I would say to anyone …")',
  },
  {
    forms: ["i'll try to", 'i will try to', "we'll try to", 'we will try to'],
    deletable: false,
    source: 'hedge: promise it or leave it out',
  },
  {
    forms: ["i'm just"],
    deletable: false,
    replace: ["I'm"],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge: "I\'m just a bookkeeper" undersells',
  },
  {
    forms: ["i'm kind of", "i'm sort of", "i'm quite", "i'm more or less"],
    deletable: false,
    replace: ["I'm"],
    source: 'hedge: "I\'m just a bookkeeper" undersells',
  },
  {
    // "I'm not really sure how to do this" (held-out review 59): doubt in the speaker's own words.
    forms: ["i'm not really sure", 'i am not really sure', "we're not really sure", 'we are not really sure'],
    deletable: false,
    replace: [],
    source: 'hedge: sounds unsure; say what you need',
  },
  {
    forms: [
      "i'm trying to", 'i am trying to', "we're trying to", 'we are trying to', "i've been trying to",
      "we've been trying to",
    ],
    deletable: false,
    source: 'hedge: say what you do',
  },
  {
    forms: ['if possible'],
    deletable: true,
    source: 'weakens the ask',
  },
  {
    forms: ['if that makes sense'],
    deletable: true,
    source: 'filler: asks for approval',
  },
  {
    forms: ['if you know what i mean'],
    deletable: true,
    source: 'filler: asks for approval',
  },
  {
    forms: ['in a sense', 'in some sense', 'in some ways', 'in a manner of speaking'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['in my opinion', 'in my humble opinion', 'in my view', 'imho'],
    deletable: true,
    source: 'hedge: the pitch is your view anyway',
  },
  {
    forms: ['is just'],
    deletable: false,
    replace: ['is'],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge inside "it is …"',
  },
  {
    forms: ['is kind of', 'is sort of', 'is more or less'],
    deletable: false,
    replace: ['is'],
    source: 'hedge inside "it is …"',
  },
  {
    forms: ["it's just"],
    deletable: false,
    replace: ["it's"],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge inside "it\'s …"',
  },
  {
    forms: ["it's kind of", "it's sort of", "it's quite", "it's more or less"],
    deletable: false,
    replace: ["it's"],
    source: 'hedge inside "it\'s …"',
  },
  {
    forms: ['just ask'],
    deletable: false,
    replace: ['ask'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just book'],
    deletable: false,
    replace: ['book'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just call'],
    deletable: false,
    replace: ['call'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just contact'],
    deletable: false,
    replace: ['contact'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just drop'],
    deletable: false,
    replace: ['drop'],
    notBefore: VISIT_PARTICLES,
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just e-mail'],
    deletable: false,
    replace: ['e-mail'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just email'],
    deletable: false,
    replace: ['email'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just get in touch'],
    deletable: false,
    replace: ['get in touch'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just give'],
    deletable: false,
    replace: ['give'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just grab'],
    deletable: false,
    replace: ['grab'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just let me know'],
    deletable: false,
    replace: ['let me know'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just let us know'],
    deletable: false,
    replace: ['let us know'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just message'],
    deletable: false,
    replace: ['message'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just pop'],
    deletable: false,
    replace: ['pop'],
    // "Just pop in on a Saturday": before a visit it lowers the threshold for the visitor, like "just come
    // say hi" (held-out review 54); "just pop me a message" still minimises.
    notBefore: VISIT_PARTICLES,
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just reach out'],
    deletable: false,
    replace: ['reach out'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just send'],
    deletable: false,
    replace: ['send'],
    source: 'minimiser in a call to action: "just call me" → "call me"',
  },
  {
    forms: ['just want to'],
    deletable: false,
    replace: ['want to'],
    // "Most customers just want to ride to work" describes them.
    onlyAboutSpeaker: true,
    source: 'minimiser: "I just want to help" → "I want to help"',
  },
  {
    forms: ['just love to', 'just like to'],
    deletable: false,
    replace: ['love to', 'like to'],
    onlyAboutSpeaker: true,
    source: 'minimiser: "I\'d just love to connect" → "I\'d love to connect"',
  },
  {
    forms: ['just wanted to'],
    deletable: false,
    replace: ['wanted to'],
    source: 'minimiser',
  },
  {
    forms: ['kinda', 'sorta'],
    deletable: false,
    source: 'hedge (not deletable: "what kinda work")',
  },
  {
    forms: ['may be able to', 'might be able to'],
    deletable: false,
    replace: ['can'],
    source: 'hedge: "we might be able to help" → "we can help"',
  },
  {
    forms: ['maybe'],
    onlyAboutSpeaker: true,
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['needless to say'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['or something like that', 'or something along those lines'],
    deletable: true,
    source: 'filler: sounds unsure',
  },
  {
    forms: ['perhaps'],
    onlyAboutSpeaker: true,
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['possibly'],
    onlyAboutSpeaker: true,
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['pretty much'],
    deletable: true,
    // "pretty much any third-party API", "pretty much every CMS": before a noun it means "almost any",
    // and deleting it overclaims (held-out review 53). "pretty much anyone", "pretty much anything" and
    // "pretty much all hand-drawn" stay vague filler (held-out reviews 38, 44; the corpus).
    notBefore: ['any', 'every',
      // Almost, before a state of being busy or alone: "We're pretty much flat out", "pretty much booked out
      // until March", "pretty much the only sparkies in Logan" (held-out review 57); "We do pretty much
      // everything electrical" stays flagged.
      'flat out', 'booked', 'fully booked', 'full', 'sold out', 'at capacity', 'the only',
    ],
    source: 'hedge',
  },
  {
    forms: ['probably'],
    onlyAboutSpeaker: true,
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['really ,', 'really .', 'really !'],
    deletable: false,
    source: 'filler: "really" before a comma or at the end of a sentence ("more customers really.")',
  },
  {
    forms: ['seem to', 'seems to', 'seemed to'],
    deletable: false,
    source: 'hedge (not deletable: "it seems to work")',
  },
  {
    forms: ['so to speak', 'as it were'],
    deletable: true,
    source: 'filler',
  },
  {
    forms: ['somewhat'],
    deletable: false,
    source: 'hedge (not deletable: "somewhat of a …")',
  },
  {
    forms: ["that's just"],
    deletable: false,
    replace: ["that's"],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge inside "that\'s …"',
  },
  {
    forms: ["that's kind of", "that's sort of"],
    deletable: false,
    replace: ["that's"],
    source: 'hedge inside "that\'s …"',
  },
  {
    forms: [
      'to be honest', 'to tell you the truth', 'truth be told', 'in all honesty', 'to be perfectly honest',
      "if i'm honest", "if i'm being honest", 'if i am honest',
    ],
    deletable: true,
    source: 'filler: suggests the rest is less honest',
  },
  {
    forms: ['to some extent', 'to a certain extent', 'to an extent', 'to some degree', 'to a certain degree'],
    deletable: true,
    source: 'hedge',
  },
  {
    forms: ['we are actually'],
    deletable: false,
    replace: ['we are'],
    source: 'filler inside "we are …"; after other subjects "are actually" states a fact ("gutters are actually the main cause of damp")',
  },
  {
    forms: [
      'we always try to', 'we try to', 'we strive to', 'we try and', 'we always try and', 'we attempt to',
    ],
    deletable: false,
    replace: ['we'],
    source: 'hedge: "we try to answer within a day" → "we answer within a day"',
  },
  {
    forms: ["we're just"],
    deletable: false,
    replace: ["we're"],
    notBefore: JUST_MEANS_ONLY,
    source: 'hedge: "we\'re just a small agency" undersells',
  },
  {
    forms: ["we're kind of", "we're sort of", "we're quite", "we're more or less"],
    deletable: false,
    replace: ["we're"],
    source: 'hedge: "we\'re just a small agency" undersells',
  },
]
