import type {Language} from '../language/detect.js'
import type {Catalog} from './catalog.js'
import {dutch} from './nl.js'
import {english} from './en.js'

export const catalogs: Readonly<Record<Language, Catalog>> = {nl: dutch, en: english}
