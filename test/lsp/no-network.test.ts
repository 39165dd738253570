// The server never touches the network: sockets, DNS and fetch are watched in the server process itself.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CodeActionRequest, HoverRequest} from 'vscode-languageserver-protocol/node.js'
import {afterEach, describe, expect, it} from 'vitest'
import {TestClient, workspace} from './client.js'

/** Preloaded into the server: records every outgoing connection, lookup or fetch in a log file. */
const WATCH = `
const fs = require('node:fs')
const net = require('node:net')
const dns = require('node:dns')
const log = (what) => fs.appendFileSync(process.env.PITCHLINT_NETWORK_LOG, what + '\\n')
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) { log('connect ' + JSON.stringify(args[0])); return connect.apply(this, args) }
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const original = dns[name]
  dns[name] = function (...args) { log('dns ' + args[0]); return original.apply(this, args) }
}
if (globalThis.fetch) {
  const fetch = globalThis.fetch
  globalThis.fetch = (...args) => { log('fetch ' + String(args[0])); return fetch(...args) }
}
log('watching')
`

let client: TestClient | undefined
afterEach(() => {
  client?.kill()
  client = undefined
})

describe('network', () => {
  it('opens no socket, looks up no host and fetches nothing during a whole session', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pitchlint-network-'))
    const preload = join(folder, 'watch.cjs')
    const log = join(folder, 'network.log')
    writeFileSync(preload, WATCH)
    client = await TestClient.start(workspace({'.pitchlintrc.json': '{"rules": {"hedge": "error"}}\n'}), {
      settings: {debounce: 0},
      env: {NODE_OPTIONS: `--require ${preload}`, PITCHLINT_NETWORK_LOG: log},
    })
    const uri = await client.open('pitch.md', '# Pitch\n\nIk zoek klanten en eigenlijk is iedereen voor mij een potentiële klant.\nIndien u wilt, bel mij.\n')
    const {diagnostics} = await client.version(uri, 1)
    expect(diagnostics.length).toBeGreaterThan(0)
    const jargon = diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
    await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: jargon.range.start})
    await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: jargon.range, context: {diagnostics: [jargon]}})
    expect(await client.shutdown()).toBe(0)
    // The watcher ran (so a silent log means silence, not a missing preload) and saw nothing else.
    expect(existsSync(log)).toBe(true)
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['watching'])
  })
})
