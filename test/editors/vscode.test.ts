// The VS Code extension in a real VS Code: code-server (VS Code 1.100.3 for the browser, installed by
// test/editors/setup.sh) driven with Debian's Chromium through playwright-core. The .vsix is packaged
// and installed exactly as a user would install it.
//
//   1. UI: open a Dutch pitch, see squiggles and Problems rows, apply a quick fix with Ctrl+., read the
//      status bar, open the report view, save a screenshot (test/editors/artifacts/vscode.png).
//   2. Extension host: VS Code API tests (vscode-host/run.cjs) inside the same code-server, through the
//      web workbench's `payload` URL parameter.
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium as playwright, type Browser, type Locator, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromium, chromiumPath, codeServer, codeServerBin, extensionDir, gate, here, languageServer, root} from './prereqs.js'

const {skip, missing} = gate('VS Code tests', [chromium(), codeServer(), languageServer()])

const VSIX = join(extensionDir, 'pitchlint-vscode-0.1.0.vsix')
const ARTIFACTS = join(here, 'artifacts')
const PITCH = [
  '# Mijn pitch',
  '',
  'Ik ben Sanne, fotograaf. Ik ben eigenlijk gespecialiseerd in bedrijfsreportages en wil ondernemers ontzorgen.',
  'Ik zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.',
  '',
].join('\n')
const STATUS = /pitchlint \d{1,3} · who [✓✗] what [✓✗] ask [✓✗] · \d+ (s|min \d\d s)/

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

interface Running {
  readonly url: string
  readonly port: number
  readonly process: ChildProcess
  readonly log: string
}

let base = ''
let running: Running | undefined
let browser: Browser | undefined
let extensionsDir = ''
const timings: Record<string, number> = {}

function time<T>(name: string, started: number, value: T): T {
  timings[name] = Date.now() - started
  return value
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function codeServerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(base, 'xdg-config'),
    XDG_DATA_HOME: join(base, 'xdg-data'),
    XDG_CACHE_HOME: join(base, 'xdg-cache'),
    // code-server must not inherit a password or a proxy from the developer's shell.
    PASSWORD: '',
    HASHED_PASSWORD: '',
    VSCODE_PROXY_URI: '',
  }
}

function codeServerArgs(config: string): string[] {
  return ['--config', config, '--user-data-dir', join(base, 'user-data'), '--extensions-dir', extensionsDir]
}

async function startCodeServer(): Promise<Running> {
  const port = await freePort()
  const config = join(base, 'config.yaml')
  writeFileSync(
    config,
    [
      `bind-addr: 127.0.0.1:${port}`,
      'auth: none',
      'cert: false',
      'disable-telemetry: true',
      'disable-update-check: true',
      'disable-workspace-trust: true',
      'disable-getting-started-override: true',
      '',
    ].join('\n'),
  )
  const log = join(base, 'code-server.log')
  const out = createWriteStream(log)
  // detached: the server becomes a session and process-group leader (setsid), so the whole group, file
  // watchers and extension hosts included, can be killed at the end.
  const child = spawn(codeServerBin, [...codeServerArgs(config), '--disable-workspace-trust'], {
    env: codeServerEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${readFileSync(log, 'utf8')}`)
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.ok) return {url, port, process: child, log}
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`code-server did not answer /healthz within 60 s:\n${readFileSync(log, 'utf8')}`)
}

async function stopCodeServer(server: Running): Promise<void> {
  const pid = server.process.pid
  if (pid === undefined) return
  const group = -pid
  const alive = (): boolean => {
    try {
      process.kill(group, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(group, 'SIGTERM')
  } catch {
    return
  }
  const until = Date.now() + 5000
  while (alive() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
  if (alive()) process.kill(group, 'SIGKILL')
}

function workspace(name: string): string {
  const folder = join(base, name)
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, 'pitch.md'), PITCH)
  return folder
}

/** Monaco renders spaces as U+00A0. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ')
}

async function openFile(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: name})
  await row.waitFor({timeout: 60_000})
  await row.dblclick()
  await page.locator(`.tabs-container .tab[data-resource-name="${name}"]`).waitFor()
}

/**
 * Moves the cursor to line 3, column 36 and opens the quick fix menu until it offers `wanted`. On a busy
 * machine a key can land before the Go to Line box has closed or before the server has answered, so each
 * step waits for its effect and the whole sequence is tried again a few times.
 */
async function openQuickFix(page: Page, rows: Locator, wanted: RegExp): Promise<{fix: Locator; attempts: number}> {
  const fix = rows.filter({hasText: wanted}).first()
  let lastError: unknown
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await page.keyboard.press('Escape')
      await page.locator('.monaco-editor .view-lines').first().click()
      await page.keyboard.press('Control+G')
      const input = page.locator('.quick-input-widget input')
      await input.waitFor()
      await page.keyboard.type('3:36')
      await page.keyboard.press('Enter')
      await page.locator('.statusbar-item', {hasText: /Ln\s3,\sCol\s36/}).waitFor({timeout: 10_000})
      await page.keyboard.press('Control+.')
      await fix.waitFor({timeout: 15_000})
      return {fix, attempts: attempt + 1}
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

describe.skipIf(skip)('VS Code (code-server + headless Chromium)', () => {
  beforeAll(async () => {
    if (missing) throw new Error(missing)
    let started = Date.now()
    // Package the extension exactly as it ships (bundles the server built by `npm run build`).
    execFileSync('npm', ['run', 'package', '-w', 'pitchlint-vscode'], {cwd: root, stdio: ['ignore', 'ignore', 'pipe']})
    expect(existsSync(VSIX)).toBe(true)
    time('package .vsix', started, undefined)

    base = mkdtempSync(join(tmpdir(), 'pitchlint-vscode-'))
    extensionsDir = join(base, 'extensions')
    mkdirSync(join(base, 'user-data', 'User'), {recursive: true})
    writeFileSync(
      join(base, 'user-data', 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'extensions.ignoreRecommendations': true,
          'security.workspace.trust.enabled': false,
          'editor.minimap.enabled': false,
          'chat.commandCenter.enabled': false,
          'workbench.colorTheme': 'Default Dark Modern',
        },
        null,
        2,
      ),
    )

    started = Date.now()
    execFileSync(codeServerBin, [...codeServerArgs(join(base, 'no-config.yaml')), '--install-extension', VSIX], {
      env: codeServerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    time('install .vsix', started, undefined)
    expect(readdirSync(extensionsDir).some((entry) => entry.startsWith('pitchlint.pitchlint-vscode-'))).toBe(true)

    started = Date.now()
    running = await startCodeServer()
    time('start code-server', started, undefined)
    started = Date.now()
    browser = await playwright.launch({executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS})
    time('launch chromium', started, undefined)
  }, 240_000)

  afterAll(async () => {
    await browser?.close().catch(() => undefined)
    if (running) await stopCodeServer(running)
    if (base) rmSync(base, {recursive: true, force: true})
    if (Object.keys(timings).length > 0) console.log(`[editors] VS Code timings (ms): ${JSON.stringify(timings)}`)
  }, 60_000)

  it('shows squiggles, Problems rows, a working quick fix, the status bar and the report (UI)', async () => {
    if (!running || !browser) throw new Error('not started')
    const started = Date.now()
    const folder = workspace('ws-ui')
    const page = await browser.newPage({viewport: {width: 1600, height: 1150}})
    try {
      await page.goto(`${running.url}/?folder=${encodeURIComponent(folder)}`)
      await page.locator('.monaco-workbench').waitFor({timeout: 60_000})
      time('UI: workbench', started, undefined)
      await openFile(page, 'pitch.md')
      time('UI: file open', started, undefined)

      // Squiggles from the language server.
      await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({timeout: 60_000})
      time('UI: squiggles', started, undefined)

      // Status bar: score, pillars, speaking time.
      const status = page.locator('.statusbar-item', {hasText: /pitchlint \d/})
      await status.waitFor({timeout: 30_000})
      await expect.poll(async () => plain(await status.innerText()), {timeout: 30_000}).toMatch(STATUS)
      const statusBefore = plain(await status.innerText())

      // Problems panel rows.
      await page.keyboard.press('Control+Shift+M')
      const problems = page.locator('.markers-panel .monaco-list-row')
      await problems.first().waitFor({timeout: 30_000})
      const problemTexts = (await problems.allInnerTexts()).map(plain)
      expect(problemTexts.some((text) => text.includes('vague-target')), problemTexts.join('\n')).toBe(true)

      // Quick fix: cursor on "eigenlijk" (line 3), Ctrl+., pick "Remove …" (the preferred fix).
      const rows = page.locator('.action-widget .monaco-list-row.action')
      const {fix, attempts} = await openQuickFix(page, rows, /Remove|Verwijder/)
      const offered = (await rows.allInnerTexts()).map(plain)
      // Keyboard, as a user would: move the focus to the fix, Enter. (A click right after the widget opens
      // hits VS Code's pointer block.)
      for (let step = 0; step < offered.length && !(await fix.getAttribute('class'))?.includes('focused'); step++) {
        await page.keyboard.press('ArrowDown')
      }
      expect(await fix.getAttribute('class')).toContain('focused')
      await page.keyboard.press('Enter')
      const lines = page.locator('.monaco-editor .view-lines').first()
      await expect.poll(async () => plain(await lines.innerText()), {timeout: 30_000}).toContain('Ik ben gespecialiseerd in bedrijfsreportages')
      time('UI: quick fix applied', started, undefined)

      // The status bar follows the edit (a new report for the new version).
      await expect.poll(async () => plain(await status.innerText()), {timeout: 30_000}).toMatch(STATUS)
      const statusAfter = plain(await status.innerText())

      // The report view: click the status bar item; the webview shows the pillars and the findings.
      await status.click()
      const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame')
      await report.locator('[data-pillar="ask"]').waitFor({timeout: 30_000})
      await report.locator('details.group').first().waitFor()
      const reportText = plain(await report.locator('#root').innerText())
      expect(reportText).toContain('vague-target')
      expect(reportText.toLowerCase()).toContain('speaking time')
      time('UI: report view', started, undefined)

      // Put the cursor back in the pitch so the status bar shows it, then take the picture.
      await page.locator('.tabs-container .tab[data-resource-name="pitch.md"]').click()
      await expect.poll(async () => plain(await status.innerText()), {timeout: 30_000}).toMatch(STATUS)
      await page.waitForTimeout(500)
      mkdirSync(ARTIFACTS, {recursive: true})
      await page.screenshot({path: join(ARTIFACTS, 'vscode.png')})
      console.log(
        `[editors] VS Code UI: status "${statusBefore}" → "${statusAfter}"; ${problemTexts.length} Problems rows; quick fixes offered (attempt ${attempts}): ${offered.join(' | ')}`,
      )
    } catch (error) {
      mkdirSync(ARTIFACTS, {recursive: true})
      await page.screenshot({path: join(ARTIFACTS, 'vscode-failure.png')}).catch(() => undefined)
      const log = running ? readFileSync(running.log, 'utf8').split('\n').slice(-40).join('\n') : ''
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server log (tail) ---\n${log}`)
    } finally {
      await page.close()
    }
  }, 180_000)

  it('passes the extension-host tests (VS Code API: diagnostics, quick fix, status, report, explain, config, restart, schema)', async () => {
    if (!running || !browser) throw new Error('not started')
    const started = Date.now()
    const folder = workspace('ws-api')
    const installed = readdirSync(extensionsDir).find((entry) => entry.startsWith('pitchlint.pitchlint-vscode-'))
    expect(installed).toBeDefined()
    // The tests file runs inside the extension host: copy it next to the workspace (outside the repo, whose
    // package.json says "type": "module").
    const tests = join(base, 'host-tests', 'run.cjs')
    mkdirSync(join(base, 'host-tests'), {recursive: true})
    cpSync(join(here, 'vscode-host', 'run.cjs'), tests)
    const authority = `vscode-remote://127.0.0.1:${running.port}`
    const payload = [
      ['extensionDevelopmentPath', `${authority}${join(extensionsDir, installed ?? '')}`],
      ['extensionTestsPath', `${authority}${tests}`],
      ['skipWelcome', 'true'],
    ]
    const page = await browser.newPage({viewport: {width: 1400, height: 900}})
    const logs: string[] = []
    try {
      const exit = new Promise<number>((resolve) => {
        void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code))
      })
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        logs.push(`${type}: ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`)
      })
      await page.goto(`${running.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`)
      const code = await Promise.race([exit, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 150_000))])
      const resultsFile = join(base, 'host-results.json')
      const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as {ok: boolean; error?: string; steps: {name: string}[]}) : undefined
      const detail = `exit ${code}; results ${JSON.stringify(results, null, 2)}\n--- workbench log (tail) ---\n${logs.slice(-30).join('\n')}`
      expect(results, detail).toBeDefined()
      expect(results?.error, detail).toBeUndefined()
      expect(results?.ok, detail).toBe(true)
      expect(code, detail).toBe(0)
      expect(results?.steps.map((step) => step.name)).toEqual(['activated', 'diagnostics', 'status', 'quickfix', 'report', 'reportView', 'liveReport', 'explain', 'config', 'restart', 'schema'])
      time('extension-host tests', started, undefined)
      const status = results?.steps.find((step) => step.name === 'status') as {text?: string} | undefined
      const schema = results?.steps.find((step) => step.name === 'schema') as {messages?: string[]} | undefined
      const quickfix = results?.steps.find((step) => step.name === 'quickfix') as {applied?: string; attempts?: number} | undefined
      console.log(
        `[editors] VS Code extension host: all ${results?.steps.length} steps passed; status bar "${status?.text ?? ''}"; applied "${quickfix?.applied}" (code-action attempts: ${quickfix?.attempts}); schema: ${JSON.stringify(schema?.messages)}`,
      )
    } finally {
      await page.close()
    }
  }, 200_000)
})

if (skip) {
  describe('VS Code (code-server + headless Chromium)', () => {
    it.skip(`needs: ${missing ?? ''}`, () => undefined)
  })
}
