import {joinList, type Catalog} from './catalog.js'

export const english: Catalog = {
  slotNames: {
    sector: 'sector',
    role: 'role',
    size: 'company size',
    region: 'region',
    situation: 'situation',
    example: 'named example',
  },
  profileNames: {
    'networking-pitch': 'a networking pitch',
    'elevator-pitch': 'an elevator pitch',
    'speaker-bio': 'a speaker bio',
    'profile-about': 'a profile About text',
  },
  list: (items, conjunction = 'and') => joinList(items, conjunction),
  missingWho: {
    reason: 'The text never says who you are.',
    note:
      'A listener who cannot place you cannot refer you. Open with your name and role, ' +
      'for example: "I\'m [name], [role] at [company] in [town]."',
  },
  missingWhat: {
    reason: 'The text never says concretely what you do or offer.',
    note:
      'Words like "solutions" or "helping businesses grow" leave no picture. Name the service and for whom, ' +
      'for example: "I [repair / build / write] [what] for [whom], so that [result]."',
  },
  missingAsk: {
    reason: 'The text never says who or what you are looking for.',
    note:
      'Without an ask, nobody knows how to help you. End with one concrete request, for example: ' +
      '"A great introduction for me is the [role] of a [type of company] in [region] that [situation]."',
  },
  unspecificAsk: {
    reason: (found, missing, needed) =>
      found.length === 0
        ? `Your ask names no detail that helps someone think of a person; add at least ${needed}: ${joinList(missing, 'or')}.`
        : `Your ask names only ${joinList(found, 'and')}; add at least ${needed} more: ${joinList(missing, 'or')}.`,
    note:
      'The more specific the ask, the more likely someone thinks of a name. Combine two or more details, ' +
      'for example: "I\'m looking for owners of dental practices in Leeds with 5 to 20 staff who are opening a second location."',
  },
  jargon: {
    reason: (actual, expected) =>
      expected.length > 0
        ? `"${actual}" is jargon; ${joinList(expected.map((word) => (word === '' ? 'leave it out' : `use "${word}"`)), 'or')}.`
        : `"${actual}" is jargon a listener has to translate.`,
    note: (advice) =>
      (advice ? `${advice} ` : '') +
      'A listener from another sector hears a pitch once; plain words let them repeat it to someone else.',
  },
  unexplainedAcronym: {
    reason: (acronym) => `"${acronym}" is not spelled out.`,
    note: (acronym) =>
      `Not everyone knows "${acronym}". Say what it stands for the first time, for example "customer relationship management (CRM)", ` +
      'or use the plain words. Add it to `allow` if your audience knows it.',
  },
  hardSentence: {
    reason: (words, limit, hard) =>
      hard && words > limit
        ? `This sentence is long (${words} words) and hard to follow; split it.`
        : hard
          ? 'This sentence is hard to follow; use shorter words or split it.'
          : `This sentence is long (${words} words, aim for at most ${limit}); split it.`,
    note:
      'Spoken sentences of 10 to 15 words are easiest to follow. Put one idea in each sentence, ' +
      'for example: "We do the books for restaurants. That saves owners a day a month."',
  },
  hedge: {
    reason: (actual, deletable) =>
      deletable ? `"${actual.trim()}" weakens your pitch; leave it out.` : `"${actual.trim()}" weakens your pitch.`,
    note: 'Hedges make you sound unsure of what you offer. Say it plainly: "I help" instead of "I kind of try to help".',
  },
  tooLong: {
    reason: (amount, budget, unit, profile) =>
      unit === 'seconds'
        ? `This takes about ${amount} seconds to say; ${profile} has ${budget}.`
        : `This text has ${amount} words; ${profile} has about ${budget}.`,
    note: (cut) =>
      `Cut about ${cut} ${cut === 1 ? 'word' : 'words'}: keep who you are, what you do, one proof and your ask. ` +
      'Drop history, lists of services and general claims.',
  },
  missingProof: {
    reason: 'Nothing backs your claims: no number, result, client or example.',
    note:
      'Trust grows from one concrete fact. Add a number, a result or a named client, for example: ' +
      '"Last year I helped 12 bakeries cut their energy bill by 20%."',
  },
  controlComment: {
    reason: (id) => `The comment names "${id}", which is not a pitchlint rule, so it controls nothing.`,
    note: (known) => `Use one of: ${known.join(', ')}.`,
    unused: 'This comment disables nothing: no finding is silenced by it.',
    unusedNote: 'Remove it, so that a later finding here is not hidden by accident.',
  },
  markdownFallback: {
    reason: 'This Markdown is nested too deeply (or has a paragraph too long) to parse safely, so it was checked as plain text.',
    note: 'Findings may include code, HTML or front matter. Flatten the nesting or split the paragraph to get Markdown-aware results.',
  },
  vagueTarget: {
    reason: (actual) => `"${actual}" names everyone as your target; say who exactly.`,
    note:
      'When everyone is a potential customer, nobody comes to mind. Pick the group you serve best and name it, ' +
      'for example: "family-run bakeries in Utrecht that want to sell online" instead of "any business that wants to grow".',
  },
}
