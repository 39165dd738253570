/**
 * retext-simplify phrases pitchlint does not report: ordinary words in a pitch or bio, where the
 * suggested swap would not make the text plainer ("provide", "currently", "multiple", "benefit").
 * pitchlint's own judgement, checked against the corpus in test/corpus. "implement" is the trade's own
word for installing a system ("we implement ERP systems"), and retext-simplify's swaps ("tool") misfit. "methodology" and
 * "state-of-the-art" are not ignored: in a pitch they are buzzwords, and the own list flags their other
 * forms ("methodologies", "state of the art").
 */
export const simplifyIgnore: readonly string[] = [
  // "He is responsible for 300 nurses": a plain statement of a role in a bio (held-out review 26).
  'is responsible for',
  // "the adjustment to life in the Netherlands": plain English, "change" is no plainer (held-out review 40).
  'adjustment',
  // Public-sector job titles and plain verbs: "Family Liaison Officer", "We allocate school places" (held-out review 48).
  'liaison', 'allocate',
  'accompany', 'accurate', 'acquire', 'additional', 'address', 'all of', 'alternatively', 'anticipate',
  'appropriate', 'approximate', 'assist', 'assistance', 'attempt', 'benefit', 'benefit from', 'combined',
  'component', 'concerning', 'contains', 'currently', 'delete', 'demonstrate', 'desire', 'determine',
  'e.g.', 'effect', 'eliminate', 'employ', 'encounter', 'ensure', 'equivalent', 'establish', 'evaluate', 'implement',
  'evident', 'exclusively', 'expertise', 'forward', 'frequently', 'function', 'however', 'i.e.',
  'identical', 'identify', 'immediately', 'in addition', 'in between', 'initial', 'it is', 'limited number',
  'maintain', 'maximum', 'minimum', 'modify', 'monitor', 'multiple', 'not many', 'not often',
  'numerous', 'objective', 'obtain', 'operate', 'option', 'overall', 'participate', 'perform', 'previous',
  'previously', 'provide', 'purchase', 'reflect', 'regarding', 'relocate', 'remain', 'remainder', 'request',
  'require', 'requirement', 'reside', 'residence', 'retain', 'selection', 'similar to', 'submit',
  'sufficient', 'there are', 'there is', 'type', 'very', 'whether or not', 'capability', 'combat environment',
  'aircraft', 'females', 'witnessed', 'timely', 'validate', 'viable', 'vice', 'your office',
  'interface', 'magnitude', 'portion', 'represents', 'possess', 'permit',
  'notify', 'observe', 'indicate', 'initiate', 'designate', 'disclose', 'finalise', 'finalize', 'render',
  'satisfy', 'subsequent', 'subsequently', 'substantial', 'therefore', 'accomplish', 'accelerate',
  // The plain verb of lawyers and advisers ("I advise landlords on leases"); a noun in "building warrant".
  'advise', 'warrant',
  // Trade-show exhibitors "exhibit at three shows a year"; "show at … shows" is no plainer.
  'exhibit',
  // "acts for a number of FTSE 100 employers", "has won a number of awards": ordinary English, and "many"
  // or "some" is no plainer (held-out review 51).
  'a number of',
  // "reduce the use of B&B accommodation", "we cut the use of agency staff by half": plain English, and
  // retext-simplify offers no swap (held-out review 50).
  'the use of',
]
