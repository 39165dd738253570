/** A problem the user can fix in a file: reported as `file:line:column: message`, exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
  }

  /** One line for stderr: where, what, and what to do. */
  describe(): string {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: ` : ''
    return `${place}${this.message}`
  }
}
