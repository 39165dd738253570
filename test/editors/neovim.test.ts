// Neovim (0.7+, headless) as a second real LSP client of packages/language-server: the same server the
// VS Code extension bundles, started the way a Neovim user would (`pitchlint-language-server --stdio`).
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {gate, here, languageServer, neovim, serverBin} from './prereqs.js'

const SEED = 'Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.'
const {skip, missing} = gate('Neovim tests', [neovim(), languageServer()])

interface NvimDiagnostic {
  lnum: number
  col: number
  end_lnum: number
  end_col: number
  severity: number
  message: string
  source: string
  code: string
}
interface NvimResult {
  nvim: string
  error?: string
  diagnostics?: NvimDiagnostic[]
  hover?: string
  actions?: string[]
  applied?: string
  text?: string
}

let dir = ''

function runNeovim(file: string, text: string): Promise<{code: number | null; result: NvimResult | undefined; output: string}> {
  writeFileSync(join(dir, file), text)
  const env = {
    ...process.env,
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_STATE_HOME: join(dir, 'state'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    PITCHLINT_SERVER_CMD: JSON.stringify([process.execPath, serverBin, '--stdio']),
    PITCHLINT_TIMEOUT: '15000',
  }
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '-i', 'NONE', '-n', '-u', join(here, 'nvim', 'init.lua'), file], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const line = output.split('\n').find((candidate) => candidate.startsWith('PITCHLINT_RESULT '))
      resolve({code, output, result: line ? (JSON.parse(line.slice('PITCHLINT_RESULT '.length)) as NvimResult) : undefined})
    })
  })
}

describe.skipIf(skip)('Neovim (second real LSP client)', () => {
  beforeAll(() => {
    if (missing) throw new Error(missing)
    dir = mkdtempSync(join(tmpdir(), 'pitchlint-nvim-'))
  })
  afterAll(() => {
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  it('shows a vague-target diagnostic on the seed sentence, hovers and applies a code action', async () => {
    const started = Date.now()
    const {code, result, output} = await runNeovim('pitch.md', `${SEED}\n`)
    expect(result, `no result line from nvim:\n${output}`).toBeDefined()
    expect(result?.error, output).toBeUndefined()
    expect(code, output).toBe(0)
    const diagnostics = result?.diagnostics ?? []

    const vague = diagnostics.filter((diagnostic) => diagnostic.code === 'vague-target')
    expect(vague.length, JSON.stringify(diagnostics, null, 2)).toBeGreaterThan(0)
    for (const diagnostic of diagnostics) expect(diagnostic.source).toBe('pitchlint')
    // Positions are UTF-16 columns in the original line: "klanten" is the third word.
    const klanten = vague.find((diagnostic) => SEED.slice(diagnostic.col, diagnostic.end_col) === 'klanten')
    expect(klanten, JSON.stringify(vague)).toBeDefined()
    expect(klanten?.lnum).toBe(0)

    // The hedge ("eigenlijk") has a hover with its explanation and code actions that edit the text.
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'hedge')).toBe(true)
    expect(result?.hover ?? '').toContain('hedge')
    expect(result?.actions?.length ?? 0).toBeGreaterThan(0)
    expect(result?.applied).toBeTruthy()
    expect(result?.text).not.toBe(SEED)
    console.log(`[editors] Neovim ${result?.nvim}: ${diagnostics.length} diagnostics, applied "${result?.applied}" in ${Date.now() - started} ms`)
  })

  it('lints English too (plain text)', async () => {
    const {result, output} = await runNeovim('pitch.txt', 'We help every business that wants to grow. Anyone who needs a website is a potential client.\n')
    expect(result?.error, output).toBeUndefined()
    expect(result?.diagnostics?.some((diagnostic) => diagnostic.code === 'vague-target'), JSON.stringify(result)).toBe(true)
  })
})

if (skip) {
  describe('Neovim (second real LSP client)', () => {
    it.skip(`needs: ${missing ?? ''}`, () => undefined)
  })
}
