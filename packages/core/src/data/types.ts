import type {Lexicons} from '../text/pattern.js'

/**
 * The words and phrases one language needs to find the three pillars (who, what, ask).
 * Patterns use the word-pattern language of `text/pattern.ts`.
 */
export interface PillarData {
  /** Lexicons that patterns refer to as `@name`. */
  readonly lexicons: Lexicons
  /** The speaker or subject identifies itself. */
  readonly who: readonly string[]
  /** A verb of doing or offering after which a concrete object says what they do. */
  readonly offer: readonly string[]
  /** Owning or running a kind of business, which says what someone does on its own ("Ik heb een bakkerij", "I own a hair salon"). */
  readonly ownsBusiness: readonly string[]
  /** Job titles and trades that say what someone does on their own. */
  readonly trades: readonly string[]
  /** Endings of compound titles that name a trade (Dutch compounds, e.g. `bruidsfotograaf`). */
  readonly tradeSuffixes: readonly string[]
  /** Titles too vague to say what someone does, unless a domain word precedes them. */
  readonly vagueTitles: readonly string[]
  /** Words that never make a statement of what someone does concrete. */
  readonly vagueWords: readonly string[]
  /** Phrases that open an ask: who or what the speaker is looking for. */
  readonly ask: readonly string[]
  /** Phrases that look like an ask but are not (a search for solutions, a recruiter's service). */
  readonly notAsk: readonly string[]
  /** Openings of a sentence that elaborates the ask before it ("Denk aan…", "For example…"). */
  readonly askContinuation: readonly string[]
  /**
   * Phrases in an ask or a call to action that point at the sentence before it for the target ("If you
   * know one, …", "Ken je zo iemand?", "If that's you, …").
   */
  readonly askBackReference: readonly string[]
  /** Whom the speaker mostly works with, said before a question and a call to action: "I mostly work with family firms in Kent." */
  readonly targetStatement: readonly string[]
  /** A call to action ("drop me a line", "stuur me een bericht"): an ask when it answers a question about the listener. */
  readonly callToAction: readonly string[]
  /**
   * A booking, capacity or availability line ("Now booking 2026", "I have space for two new clients", "Wij
   * hebben weer plek"): on an About page it seeks more of the clients the page describes.
   */
  readonly availability: readonly string[]
  /** A sentence that opens with a condition about the listener ("If you're a strata manager …, give me a bell"). */
  readonly listenerCondition: readonly string[]
  /** A question about the listener's work or situation ("Do you run a café…?", "Werk je bij…?"). */
  readonly listenerQuestion: readonly string[]
  /**
   * Questions and conditions that are only an invitation to ask more or an offer of the speaker's service
   * ("Heb je vragen?", "Want to know more?", "If you have a problem with your computer, call us"). They
   * count within the first words of the question or of the condition: "If you're a mortgage broker and
   * your clients ask you tax questions, drop me a line" names whom the call is for.
   */
  readonly listenerQuestionExceptions: readonly string[]
}

/** One slot of a specific ask, as patterns that find it. */
export type SlotName = 'sector' | 'role' | 'size' | 'region' | 'situation' | 'example'

export interface SlotData {
  readonly lexicons: Lexicons
  readonly patterns: Readonly<Record<Exclude<SlotName, 'example'>, readonly string[]>>
  /** Words before a capitalised name that make it a named example ("zoals", "bij", "like", "at"). */
  readonly exampleMarkers: readonly string[]
  /** Endings of Dutch compound nouns that name a type of business (`tandartspraktijk`). */
  readonly sectorSuffixes: readonly string[]
}

/** Vague-target data: phrases naming everyone as the target, with the span to report. */
export interface VagueTargetData {
  readonly lexicons: Lexicons
  readonly patterns: readonly string[]
  /** Phrases that look like a vague target but are not ("iedereen in ons team"). */
  readonly exceptions: readonly string[]
}

/**
 * One jargon entry: a word or phrase with all the forms in which it is flagged, and what to say instead.
 * `replace` holds plain alternatives that can stand in the sentence as they are (they become `expected`);
 * when no safe replacement exists it is empty and `advice` tells the writer what to write instead.
 */
export interface JargonEntry {
  /** Every form to flag, lower case, as plain words separated by spaces (no pattern syntax). */
  readonly forms: readonly string[]
  /** Plain words that can replace the flagged text as is. */
  readonly replace: readonly string[]
  /** What to write instead when no one-word replacement fits (in the list's language). */
  readonly advice?: string
  readonly kind: 'officialese' | 'buzzword' | 'trade'
  /**
   * Not right after a word that says what it is about: "speed optimisation" and "image optimization" name
   * a service, "optimisation" on its own is a buzzword.
   */
  readonly notAfterNoun?: boolean
  /** Not right before one of these words, where it has its plain meaning ("a full-service restaurant"). */
  readonly notBefore?: readonly string[]
  /**
   * Not right before a person's trade of either language, where it has its plain meaning: "a full-service
   * caterer", "een full-service cateraar" (held-out review 67); "a full-service agency" stays flagged.
   */
  readonly notBeforeTrade?: boolean
  /**
   * Not right before one of these prepositions with a bare noun after it (no article or possessive), which
   * names a concrete thing: "de uitrol van glasvezel"; "de uitrol van de nieuwe strategie" stays flagged.
   */
  readonly notBeforeBareNoun?: readonly string[]
  /**
   * Only right before a word that is no list join, as an adjective before its noun ("a pioneering
   * approach"); at the end of a clause or as an item of a list it is a noun in its plain sense ("camping,
   * fire lighting, pioneering, the lot").
   */
  readonly onlyBeforeWord?: boolean
  /**
   * Not inside an ask, where the word names the kind of firm sought and counts as a detail of the target
   * (the size slot of `unspecific-ask`): "CTOs of scale-ups in the Netherlands", "een baan bij een
   * scale-up in Amsterdam". Elsewhere it stays jargon ("We help scale-ups hire their first sales team").
   */
  readonly notInAsk?: boolean
  /**
   * A software partner's name for its service, not jargon, before a named product or a kind of software
   * ("Wij implementeren AFAS Profit", "de implementatie van Exact Online", "de implementatie van
   * ERP-systemen") or as an item of a list of project phases ("analyse, implementatie, maatwerk, hosting
   * en support"). Before a policy or another abstract noun it stays jargon ("de implementatie van het
   * nieuwe beleid", "de implementatie van de Omgevingswet").
   */
  readonly softwareService?: boolean
  /**
   * A way of working named like a tool, which a headline row lists as a skill tag when it stands alone
   * between separators: "Product Owner | Agile | E-commerce", "Cloud Architect | Azure | DevOps".
   */
  readonly skillTag?: boolean
  /** Where the pair comes from (a source key explained at the top of the file), or why it is listed. */
  readonly source: string
}

/** A hedge or filler: words that weaken a pitch. `deletable` entries get `expected: ['']`. */
export interface HedgeEntry {
  readonly forms: readonly string[]
  /** True when deleting the words leaves a correct sentence in practically every use. */
  readonly deletable: boolean
  /** Plain alternatives when deleting is not safe. */
  readonly replace?: readonly string[]
  /**
   * Flag only right after one of these tokens (lower case; `^` is the start of the sentence). For words
   * that hedge in one place and mean something in another: "Actually, …" or "I actually …" fills,
   * "what it actually costs" contrasts.
   */
  readonly onlyAfter?: readonly string[]
  /**
   * Not when one of these words follows (`#` is any number; an item may be several words, "the only"): "een
   * beetje zout" is a quantity, not a hedge.
   */
  readonly notBefore?: readonly string[]
  /**
   * Flag only right before one of these tokens (`$` is the end of the sentence): "I feel like we…"
   * hedges, "whether I feel like the right fit" does not.
   */
  readonly onlyBefore?: readonly string[]
  /**
   * Not when one of these words stands one to three tokens before: "What I actually do", "that's what
   * I think" and "hoe een schenking eigenlijk werkt" name something, they do not hedge.
   */
  readonly notAfterNear?: readonly string[]
  /**
   * Right after a relative pronoun (that, which, who), flag only before one of these words: "a strategy
   * that actually works" hedges, "the guy who actually shows up" contrasts.
   */
  readonly afterRelativeOnlyBefore?: readonly string[]
  /**
   * Flag only when `word` follows within `words` words, in the same clause, before another word: the
   * verb of "probeer … te" with its object between ("Ik probeer je te helpen").
   */
  readonly thenWithin?: {readonly word: string; readonly words: number}
  /** Not in a question: "Wat kost een taxatie eigenlijk?" asks, it claims nothing. */
  readonly notInQuestion?: boolean
  /**
   * Only in a sentence about the speaker or the listener (a first- or second-person word): doubt about
   * others ("Many families probably don't know") is information, not a weak claim.
   */
  readonly onlyAboutSpeaker?: boolean
  /**
   * Not in a clause about someone else (the nearest person word in the hedge's own clause is a third
   * person): "de meeste
   * directeuren weten eigenlijk niet …" informs; "ik ben eigenlijk fotograaf" and "het is eigenlijk
   * simpel" (no person word) still hedge.
   */
  readonly notAboutOthers?: boolean
  readonly source: string
}
