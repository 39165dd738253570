// Client settings (section `pitchlint`): defaults, validation of whatever the client sends, and how they
// combine with the workspace config file.
import {isProfileId, isRuleId, type ProfileId, type RuleId, type RuleSetting} from 'pitchlint'
import type {Config} from 'pitchlint/node'
import type {Language, PitchlintSettings} from './protocol.js'

export const DEFAULT_SETTINGS: PitchlintSettings = {
  enable: true,
  rules: {},
  allow: [],
  include: [],
  debounce: 150,
  diagnosticLevel: 'default',
  maxFileSize: 200_000,
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error'])

/**
 * Turn what the client sent into settings. Wrong types are dropped one by one (the default stays), so a
 * typo in one setting never stops linting.
 */
export function normalizeSettings(raw: unknown): PitchlintSettings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_SETTINGS
  const data = raw as Record<string, unknown>
  const language = asLanguage(data['language'])
  const locale = asLanguage(data['locale'])
  const profile = typeof data['profile'] === 'string' && isProfileId(data['profile']) ? data['profile'] : undefined
  return {
    enable: typeof data['enable'] === 'boolean' ? data['enable'] : DEFAULT_SETTINGS.enable,
    ...(profile ? {profile} : {}),
    ...(language ? {language} : {}),
    ...(locale ? {locale} : {}),
    rules: asRules(data['rules']),
    allow: asStrings(data['allow']),
    include: asStrings(data['include']),
    debounce: asNumber(data['debounce'], 0, 10_000) ?? DEFAULT_SETTINGS.debounce,
    diagnosticLevel: data['diagnosticLevel'] === 'hint' ? 'hint' : 'default',
    maxFileSize: asNumber(data['maxFileSize'], 0, Number.MAX_SAFE_INTEGER) ?? DEFAULT_SETTINGS.maxFileSize,
  }
}

/**
 * The workspace config file is the team's and wins; client settings fill in what it leaves out
 * (profile, language, locale). `rules` and `allow` add to the file's: a rule the file names keeps the
 * file's severity, and allowed words are the union of both lists.
 */
export function mergeSettings(config: Config, settings: PitchlintSettings): Config {
  const rules: Partial<Record<RuleId, RuleSetting>> = {}
  for (const [id, setting] of Object.entries(settings.rules)) {
    if (isRuleId(id)) rules[id] = setting
  }
  const profile = config.profile ?? (settings.profile as ProfileId | undefined)
  const language = config.language ?? settings.language
  const locale = config.locale ?? settings.locale
  const allow = mergeAllow(config.allow, settings.allow)
  return {
    ...config,
    ...(profile ? {profile} : {}),
    ...(language ? {language} : {}),
    ...(locale ? {locale} : {}),
    rules: {...rules, ...config.rules},
    ...(allow ? {allow} : {}),
  }
}

function mergeAllow(fromConfig: Config['allow'], fromSettings: readonly string[]): Config['allow'] {
  if (fromSettings.length === 0) return fromConfig
  if (!fromConfig) return fromSettings
  if (Array.isArray(fromConfig)) return unique([...(fromConfig as readonly string[]), ...fromSettings])
  const perLanguage = fromConfig as Partial<Record<Language, readonly string[]>>
  return {
    nl: unique([...(perLanguage.nl ?? []), ...fromSettings]),
    en: unique([...(perLanguage.en ?? []), ...fromSettings]),
  }
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)]
}

function asLanguage(value: unknown): Language | undefined {
  return value === 'nl' || value === 'en' ? value : undefined
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []
}

function asNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined
}

function asRules(value: unknown): Record<string, RuleSetting> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {}
  const rules: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const severity = Array.isArray(setting) ? setting[0] : setting
    if (isRuleId(id) && typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as RuleSetting
  }
  return rules
}
