// pitchlint's language server as a library: `createServer(connection)` wires it into a connection you
// made (the `pitchlint-language-server` binary does this over stdio). Protocol types: `./protocol.js`.
export {createServer} from './server.js'
export {DEFAULT_SETTINGS, mergeSettings, normalizeSettings} from './settings.js'
export * from './protocol.js'
