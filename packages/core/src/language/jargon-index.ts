import {englishJargon} from '../data/en/jargon.js'
import {dutchJargon} from '../data/nl/jargon.js'
import {formsIndex} from '../text/phrases.js'

/** Every form of every jargon entry of a language, indexed for lookup; shared by the jargon rule and `what`. */
export const jargonIndex = formsIndex({nl: dutchJargon, en: englishJargon})
