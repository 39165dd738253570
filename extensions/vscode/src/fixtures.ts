// A report as the server sends it, for the unit tests.
import type {PitchReport} from './protocol.js'

export const REPORT: PitchReport = {
  status: 'ok',
  uri: 'file:///ws/pitch.md',
  version: 3,
  language: 'nl',
  profile: 'networking-pitch',
  score: 72,
  pillars: {
    who: {present: true, sentence: 'Ik ben Sanne, fotograaf.'},
    what: {present: true, sentence: 'Ik maak bedrijfsreportages.'},
    ask: {present: false, specific: false, slots: []},
  },
  stats: {words: 66, sentences: 5, spokenSeconds: 30.6, readability: 61.2},
  budget: {seconds: 40},
  findings: [],
}
