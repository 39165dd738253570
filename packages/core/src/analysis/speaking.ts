import type {Language} from '../language/detect.js'

/**
 * Words per minute used to estimate speaking time. Dutch speakers average about 4 syllables a second
 * with pauses (Verhoeven, De Pauw & Kloots 2004), about 135–143 words a minute; presentations in
 * English run at 130–140. pitchlint uses the calmer end: nl 130, en 140.
 */
export const SPEAKING_RATE: Readonly<Record<Language, number>> = {nl: 130, en: 140}

export function spokenSeconds(words: number, language: Language): number {
  return Math.round((words / SPEAKING_RATE[language]) * 600) / 10
}
