// The language server process: the only module that creates a connection. Run with `--stdio` (or
// `--node-ipc`, `--socket=<port>`, `--pipe=<name>`).
import {readFileSync} from 'node:fs'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {FrameWatcher} from './framing.js'
import {createServer} from './server.js'

const TRANSPORTS = /^--(stdio|node-ipc|socket=.+|pipe=.+)$/
const args = process.argv.slice(2)

if (args.includes('--version') || args.includes('-v')) {
  const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  process.stdout.write(`${version}\n`)
} else if (!args.some((arg) => TRANSPORTS.test(arg))) {
  process.stderr.write(
    'pitchlint-language-server: the pitchlint language server, for any LSP editor.\n' +
      'Usage: pitchlint-language-server --stdio   (or --node-ipc, --socket=<port>, --pipe=<name>)\n' +
      'It speaks LSP on the chosen channel; start it from your editor, e.g. in Neovim:\n' +
      "  vim.lsp.start({name = 'pitchlint', cmd = {'npx', 'pitchlint-language-server', '--stdio'}})\n",
  )
  process.exitCode = 2
} else {
  // A failed promise must never end the server: log it (stderr; stdout is the protocol channel) and go on.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`pitchlint-language-server: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`)
  })
  const connection = createConnection(ProposedFeatures.all)
  createServer(connection)
  connection.listen()
  if (args.includes('--stdio')) {
    // vscode-jsonrpc drops broken input silently (see framing.ts). A body that is not JSON is skipped and
    // logged; after a broken header the framing is lost, so exit non-zero (the editor restarts the
    // server) rather than hang on bytes that may never be read.
    const log = (message: string, then?: () => void) => process.stderr.write(`pitchlint-language-server: ${message}\n`, then)
    const frames = new FrameWatcher({
      broken: (reason) => log(`broken message header (${reason}); the stream cannot be read any further, exiting.`, () => process.exit(1)),
      invalid: (reason) => log(`skipped a message that is not valid JSON: ${reason}`),
    })
    process.stdin.on('data', (chunk: Buffer) => frames.push(chunk))
  }
}
