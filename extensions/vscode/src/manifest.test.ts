// The extension manifest against the rest of the project: settings name every rule and profile that
// pitchlint knows, the schema and bundles it points at are built, nothing in it phones home.
import {existsSync, readFileSync} from 'node:fs'
import {profiles, ruleIds} from 'pitchlint'
import {describe, expect, it} from 'vitest'

const extensionRoot = new URL('../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', extensionRoot), 'utf8'))
const properties = manifest.contributes.configuration.properties

describe('extension manifest', () => {
  it('runs on code-server 4.100 / VS Code 1.90+, in untrusted workspaces, not in virtual ones', () => {
    expect(manifest.engines.vscode).toBe('^1.90.0')
    expect(manifest.main).toBe('./dist/extension.js')
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true)
    expect(manifest.capabilities.virtualWorkspaces).toBe(false)
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onLanguage:plaintext']))
  })

  it('has a setting with a description for every server setting', () => {
    for (const key of ['enable', 'profile', 'language', 'locale', 'rules', 'allow', 'include', 'debounce', 'diagnosticLevel', 'maxFileSize']) {
      const setting = properties[`pitchlint.${key}`]
      expect(setting, key).toBeDefined()
      expect(setting.description ?? setting.markdownDescription, key).toBeTruthy()
    }
    expect(properties['pitchlint.debounce'].default).toBe(150)
  })

  it('names exactly pitchlint’s rules and profiles', () => {
    expect(Object.keys(properties['pitchlint.rules'].properties).sort()).toEqual([...ruleIds].sort())
    for (const rule of Object.values(properties['pitchlint.rules'].properties) as {enum: string[]}[]) {
      expect(rule.enum).toEqual(['off', 'info', 'warning', 'error'])
    }
    expect([...properties['pitchlint.profile'].enum].sort()).toEqual(Object.keys(profiles).sort())
  })

  it('contributes the three commands', () => {
    expect(manifest.contributes.commands.map((command: {command: string}) => command.command).sort()).toEqual([
      'pitchlint.explainRule',
      'pitchlint.restartServer',
      'pitchlint.showReport',
    ])
  })

  it('validates .pitchlintrc.json with a schema the build copies into the extension', () => {
    const entry = manifest.contributes.jsonValidation.find((item: {fileMatch: string | string[]}) => [item.fileMatch].flat().includes('.pitchlintrc.json'))
    expect(entry.url).toBe('./schema/pitchlintrc.schema.json')
    const built = new URL('schema/pitchlintrc.schema.json', extensionRoot)
    if (existsSync(built)) {
      const shipped = JSON.parse(readFileSync(new URL('../../packages/pitchlint/schema/pitchlintrc.schema.json', extensionRoot), 'utf8'))
      expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(shipped)
    }
  })

  it('ships only the bundles, docs, schema, manifest, README and LICENSE', () => {
    const ignore = readFileSync(new URL('.vscodeignore', extensionRoot), 'utf8')
    expect(ignore.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['**', '!dist/**', '!schema/**', '!package.json', '!README.md', '!LICENSE'])
    expect(existsSync(new URL('LICENSE', extensionRoot))).toBe(true)
    expect(existsSync(new URL('README.md', extensionRoot))).toBe(true)
  })

  it('has no telemetry', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/telemetry|applicationinsights/i)
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient'])
  })
})
