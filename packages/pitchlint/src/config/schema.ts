import {profiles, ruleIds} from '@pitchlint/core'

const severity = {enum: ['off', 'info', 'warning', 'error'], description: 'off, info, warning or error'}
const profileId = {
  enum: Object.keys(profiles),
  description: Object.values(profiles)
    .map((profile) => `${profile.id}: ${profile.description}`)
    .join('\n'),
}
const languageId = {enum: ['nl', 'en']}
const phraseList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}
const denyMap = {
  type: 'object',
  description: 'Jargon of your own: phrase → plain replacements ([] for none).',
  additionalProperties: {type: 'array', items: {type: 'string'}},
}

const rulesSetting = {
  type: 'object',
  description: 'Severity per rule: off, info, warning or error, or [severity, {}].',
  propertyNames: {enum: [...ruleIds]},
  additionalProperties: {
    oneOf: [
      severity,
      {type: 'array', minItems: 1, maxItems: 2, items: [severity, {type: 'object', additionalProperties: false}]},
    ],
  },
}
const allowSetting = {
  description: 'Words never flagged: your product names and trade terms. One list, or one per language.',
  oneOf: [
    phraseList,
    {type: 'object', additionalProperties: false, properties: {nl: phraseList, en: phraseList}},
  ],
}
const denySetting = {
  description: 'Extra jargon with plain replacements: {"sparren": ["overleggen"]}, or {"nl": {…}, "en": {…}}.',
  oneOf: [
    {type: 'object', additionalProperties: false, properties: {nl: denyMap, en: denyMap}, minProperties: 1, propertyNames: {enum: ['nl', 'en']}},
    denyMap,
  ],
}

/**
 * The JSON Schema of `.pitchlintrc.json` / `.pitchlintrc.yaml` / `package.json#pitchlint`. Built from the
 * rule and profile registries, so it can never list a rule that does not exist; `npm run build`
 * writes it to `schema/pitchlintrc.schema.json` for editors.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/pitchlint/pitchlint/blob/main/packages/pitchlint/schema/pitchlintrc.schema.json',
  title: 'pitchlint configuration',
  description: 'Configuration for pitchlint, the pitch-clarity linter. Data only: no code is ever run.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    extends: profileId,
    language: {...languageId, description: 'Language of the texts (default: detected).'},
    locale: {...languageId, description: 'Language of the messages (default: the text’s language).'},
    rules: rulesSetting,
    allow: allowSetting,
    deny: denySetting,
    fields: {
      description: 'Which values of YAML/JSON data files to lint, e.g. "speakers[].bio", "team.*.about".',
      type: 'array',
      items: {type: 'string', minLength: 1},
    },
    ignore: {description: 'Files to skip, in .gitignore syntax.', type: 'array', items: {type: 'string'}},
    overrides: {
      description:
        'Settings for some files only, e.g. [{"files": ["speakers/**"], "extends": "speaker-bio"}]. Patterns are in .gitignore syntax, relative to this file; every matching entry applies, in order.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}},
          extends: profileId,
          language: languageId,
          locale: languageId,
          rules: rulesSetting,
          allow: allowSetting,
          deny: denySetting,
        },
      },
    },
  },
} as const
