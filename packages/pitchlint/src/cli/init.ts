import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {detectLanguage, type Language} from '@pitchlint/core'
import {UserError} from '../config/errors.js'
import {SEARCH_PLACES} from '../config/load.js'

const STARTER: Readonly<Record<Language, string>> = {
  nl: `# pitchlint-configuratie. Alleen data: er wordt nooit code uitgevoerd.
# Documentatie van elke regel: npx pitchlint --explain <regel>
$schema: ./node_modules/pitchlint/schema/pitchlintrc.schema.json

# Profiel: networking-pitch (40 s), elevator-pitch (60 s), speaker-bio (120 woorden), profile-about.
extends: networking-pitch

# Taal van de teksten; weglaten om per tekst te laten bepalen.
language: nl

# Ernst per regel: off, info, warning of error.
rules:
  missing-proof: info
  # hard-sentence: off

# Woorden die nooit gemeld worden: je eigen productnamen en vaktermen.
allow: []
#  - SaaS

# Eigen jargon met een gewoon alternatief.
deny: {}
#  sparren: [overleggen]

# Welke velden van YAML/JSON-bestanden worden gecontroleerd, bijvoorbeeld:
fields: []
#  - speakers[].bio

# Bestanden die worden overgeslagen (.gitignore-syntaxis).
ignore: []
`,
  en: `# pitchlint configuration. Data only: no code is ever run.
# Each rule's documentation: npx pitchlint --explain <rule>
$schema: ./node_modules/pitchlint/schema/pitchlintrc.schema.json

# Profile: networking-pitch (40 s), elevator-pitch (60 s), speaker-bio (120 words), profile-about.
extends: networking-pitch

# Language of the texts; leave it out to detect it per text.
language: en

# Severity per rule: off, info, warning or error.
rules:
  missing-proof: info
  # hard-sentence: off

# Words never flagged: your own product names and trade terms.
allow: []
#  - SaaS

# Jargon of your own, with a plain alternative.
deny: {}
#  synergize: [work together]

# Which fields of YAML/JSON data files to lint, for example:
fields: []
#  - speakers[].bio

# Files to skip (.gitignore syntax).
ignore: []
`,
}

/** Write a commented starter config in the language of the texts around it. */
export function init(cwd: string, files: readonly string[]): {path: string; language: Language} {
  const existing = SEARCH_PLACES.filter((name) => name !== 'package.json').find((name) => existsSync(join(cwd, name)))
  if (existing) throw new UserError('a config file exists already; edit it instead.', existing)
  const language = detectFolderLanguage(cwd, files)
  const path = join(cwd, '.pitchlintrc.yaml')
  writeFileSync(path, STARTER[language], {flag: 'wx'})
  return {path, language}
}

function detectFolderLanguage(cwd: string, files: readonly string[]): Language {
  const candidates = files.length > 0 ? files : readdirSync(cwd).filter((name) => /\.(md|markdown|txt)$/i.test(name)).slice(0, 20)
  const text = candidates
    .map((file) => {
      try {
        return readFileSync(join(cwd, file), 'utf8').slice(0, 5000)
      } catch {
        return ''
      }
    })
    .join('\n')
  if (text.trim()) return detectLanguage(text).language
  return /^nl/i.test(process.env['LANG'] ?? '') ? 'nl' : 'en'
}
