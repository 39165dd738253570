// The language server's custom protocol (method names and payload types): one definition, in
// packages/language-server/src/protocol.ts. That module has no runtime dependencies; esbuild inlines it.
export {
  REPORT_REQUEST,
  DID_REPORT_NOTIFICATION,
  EXPLAIN_COMMAND,
  ALLOW_WORD_COMMAND,
  SOURCE,
} from '@pitchlint/language-server/protocol'
export type {
  ReportResult,
  PitchReport,
  PitchStatus,
  ReportParams,
  ExplainArguments,
  ExplainResult,
  Finding,
  Pillar,
  Pillars,
  Budget,
  Stats,
} from '@pitchlint/language-server/protocol'
