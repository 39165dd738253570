// What the real-editor tests need, and the skip-or-fail policy:
// on a developer machine a missing prerequisite SKIPS the suite with one line saying what is missing and
// how to enable it; under CI=true it FAILS the suite.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const here = dirname(fileURLToPath(import.meta.url))
export const root = join(here, '..', '..')
export const CODE_SERVER_VERSION = '4.100.3'
export const codeServerPrefix = join(here, '.cache', `code-server-${CODE_SERVER_VERSION}`)
export const codeServerBin = join(codeServerPrefix, 'node_modules', '.bin', 'code-server')
export const chromiumPath = process.env['PITCHLINT_CHROMIUM'] ?? '/usr/bin/chromium'
export const serverBin = join(root, 'packages', 'language-server', 'bin', 'pitchlint-language-server.js')
export const extensionDir = join(root, 'extensions', 'vscode')
export const isCI = /^(1|true|yes)$/i.test(process.env['CI'] ?? '')

export interface Prerequisite {
  readonly name: string
  /** Undefined when present; else what is wrong. */
  readonly problem: string | undefined
  /** How to get it. */
  readonly fix: string
}

function commandVersion(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000}).trim()
  } catch {
    return undefined
  }
}

export function neovim(): Prerequisite {
  const version = commandVersion('nvim', ['--version'])
  const match = version?.match(/NVIM v(\d+)\.(\d+)/)
  const ok = match !== undefined && match !== null && (Number(match[1]) > 0 || Number(match[2]) >= 7)
  return {
    name: 'Neovim ≥ 0.7 (nvim)',
    problem: version === undefined ? 'nvim not found on PATH' : ok ? undefined : `nvim is too old: ${version.split('\n')[0]}`,
    fix: 'apt-get install -y neovim',
  }
}

export function chromium(): Prerequisite {
  return {
    name: `Chromium (${chromiumPath})`,
    problem: existsSync(chromiumPath) ? undefined : `${chromiumPath} not found`,
    fix: 'apt-get install -y --no-install-recommends chromium (or set PITCHLINT_CHROMIUM)',
  }
}

export function codeServer(): Prerequisite {
  const installed = existsSync(codeServerBin) && existsSync(join(codeServerPrefix, '.installed'))
  return {
    name: `code-server ${CODE_SERVER_VERSION}`,
    problem: installed ? undefined : `not installed in ${codeServerPrefix}`,
    fix: 'bash test/editors/setup.sh',
  }
}

export function languageServer(): Prerequisite {
  const built = existsSync(join(root, 'packages', 'language-server', 'dist', 'bin.js'))
  return {
    name: 'the built language server',
    problem: built ? undefined : 'packages/language-server/dist/bin.js is missing',
    fix: 'npm run build',
  }
}

export interface Gate {
  /** True: skip the suite (developer machine, something missing). */
  readonly skip: boolean
  /** Missing prerequisites; under CI the suite's beforeAll throws with this message. */
  readonly missing: string | undefined
}

/**
 * Check prerequisites for a suite. Prints one line when something is missing: "skipped" locally, or
 * "FAILING" under CI (the suite then throws in beforeAll).
 */
export function gate(suite: string, prerequisites: readonly Prerequisite[]): Gate {
  const missing = prerequisites.filter((prerequisite) => prerequisite.problem !== undefined)
  if (missing.length === 0) return {skip: false, missing: undefined}
  const what = missing.map((prerequisite) => `${prerequisite.name}: ${prerequisite.problem} (fix: ${prerequisite.fix})`).join('; ')
  const enable =
    'apt-get install -y --no-install-recommends neovim chromium libkrb5-dev ripgrep && bash test/editors/setup.sh && npm run build (README: "Real-editor tests")'
  if (isCI) {
    console.error(`[editors] ${suite}: FAILING under CI=true, missing ${what}`)
    return {skip: false, missing: `${suite}: missing prerequisites under CI=true: ${what}`}
  }
  console.warn(`[editors] ${suite}: SKIPPED, missing ${what}. To enable: ${enable}`)
  return {skip: true, missing: what}
}
