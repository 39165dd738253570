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
  vagueTarget: {
    reason: (actual) => `"${actual}" names everyone as your target; say who exactly.`,
    note:
      'When everyone is a potential customer, nobody comes to mind. Pick the group you serve best and name it, ' +
      'for example: "family-run bakeries in Utrecht that want to sell online" instead of "any business that wants to grow".',
  },
}
