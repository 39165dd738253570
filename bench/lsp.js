// Language-server figures for `npm run bench`: time from didChange to publishDiagnostics (p50, p95) for a
// 150-word pitch and a 5,000-word document, and the server's resident memory after linting them.
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js'

const SERVER = new URL('../packages/language-server/bin/pitchlint-language-server.js', import.meta.url).pathname

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return Number.NaN
  }
}

export async function benchLsp(texts, {edits = 40} = {}) {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-lsp-bench-'))
  const server = spawn(process.execPath, [SERVER, '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'ignore']})
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const waiting = new Map()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(`${params.uri}@${params.version}`)
    if (resolve) resolve()
  })
  // Settings as an editor sends them; no debounce, so the figure is the server's own time to lint and publish.
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({debounce: 0})))
  connection.listen()
  const published = (uri, version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 30_000)
      waiting.set(`${uri}@${version}`, () => {
        clearTimeout(timer)
        resolve()
      })
    })
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'bench'}],
    capabilities: {workspace: {configuration: true}},
  })
  connection.sendNotification(InitializedNotification.type, {})
  const rows = []
  try {
    for (const [label, text] of texts) {
      const uri = pathToFileURL(join(root, `${label.replace(/\W+/g, '-')}.md`)).href
      let opened = published(uri, 1)
      connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      await opened
      const samples = []
      for (let version = 2; version < edits + 2; version++) {
        const done = published(uri, version)
        const start = performance.now()
        // Type one character at the start of the last line, then delete it again: every edit changes the text.
        const line = text.split('\n').length - 1
        const typing = version % 2 === 0
        connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: {uri, version},
          contentChanges: [{range: {start: {line, character: 0}, end: {line, character: typing ? 0 : 1}}, text: typing ? 'x' : ''}],
        })
        await done
        samples.push(performance.now() - start)
      }
      opened = undefined
      rows.push({label, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95)})
    }
    return {rows, rssMb: rssMb(server.pid)}
  } finally {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined)
    connection.sendNotification(ExitNotification.type)
    connection.dispose()
    server.kill()
    rmSync(root, {recursive: true, force: true})
  }
}
