// Watches the raw bytes of an LSP stream next to vscode-jsonrpc's reader, which cannot report what goes
// wrong there: a body that is not JSON is dropped without a word, and after a broken header the reader
// leaves the bytes behind it unread until more arrive, so a client that waits for an answer hangs.
// This splits the stream the same way the reader does (headers up to the first CRLF CRLF, then
// Content-Length bytes) and says what it found; bin.ts decides what to do about it.

export interface FramingProblems {
  /** The header block is unusable: where the next message starts is unknown. Nothing is read after it. */
  broken(reason: string): void
  /** A well-framed body that is not JSON: the reader skips it and the stream stays in step. */
  invalid(reason: string): void
}

const HEADERS_END = Buffer.from('\r\n\r\n')

export class FrameWatcher {
  private chunks: Buffer[] = []
  private size = 0
  /** Length of the body being read; -1 while reading headers. */
  private length = -1
  private stopped = false

  constructor(private readonly problems: FramingProblems) {}

  push(chunk: Buffer): void {
    if (this.stopped) return
    this.chunks.push(chunk)
    this.size += chunk.length
    for (;;) {
      if (this.length < 0) {
        const data = this.joined()
        const end = data.indexOf(HEADERS_END)
        if (end < 0) return
        const length = contentLength(data.subarray(0, end).toString('ascii'))
        if (typeof length === 'string') {
          this.stopped = true
          this.chunks = []
          this.problems.broken(length)
          return
        }
        this.length = length
        this.keep(data.subarray(end + HEADERS_END.length))
      }
      // Wait for the whole body without copying the chunks again and again.
      if (this.size < this.length) return
      const data = this.joined()
      const body = data.subarray(0, this.length)
      this.keep(data.subarray(this.length))
      this.length = -1
      try {
        JSON.parse(body.toString('utf8'))
      } catch (error) {
        this.problems.invalid(`${(error as Error).message} (${body.length} bytes)`)
      }
    }
  }

  private joined(): Buffer {
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks)
    this.chunks = [data]
    return data
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : []
    this.size = rest.length
  }
}

/** The body length a header block announces, or why it announces none (the reader's rules). */
function contentLength(block: string): number | string {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon < 0) return `a header line without ":": ${JSON.stringify(line.slice(0, 80))}`
    if (line.slice(0, colon).toLowerCase() === 'content-length') length = parseInt(line.slice(colon + 1).trim(), 10)
  }
  if (length === undefined) return 'no Content-Length header'
  if (Number.isNaN(length) || length < 0) return 'a Content-Length that is not a number'
  return length
}
