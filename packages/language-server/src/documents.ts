// Debounced validation per document. Each schedule() starts a new run generation for its uri; a run that
// is overtaken (a newer edit, a close) learns it through `isCurrent()` and must not publish.

export type Run = (uri: string, isCurrent: () => boolean) => Promise<void>

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly generations = new Map<string, number>()
  private readonly durations = new Map<string, number>()

  constructor(
    private readonly run: Run,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /** Validate `uri` after `delay` ms; an earlier pending or running validation of it becomes stale. */
  schedule(uri: string, delay: number): void {
    const generation = this.bump(uri)
    const timer = setTimeout(() => {
      this.timers.delete(uri)
      void this.start(uri, generation)
    }, Math.max(0, delay))
    this.timers.set(uri, timer)
  }

  /**
   * Validate `uri` after an edit: wait `debounce` ms, or as long as its last run took if that was longer,
   * so a large document is not linted back to back while someone types in it.
   */
  afterEdit(uri: string, debounce: number): void {
    this.schedule(uri, Math.max(debounce, this.durations.get(uri) ?? 0))
  }

  /** Validate `uri` right away (pending timers are dropped) and resolve when that run has finished. */
  now(uri: string): Promise<void> {
    return this.start(uri, this.bump(uri))
  }

  /**
   * Forget `uri`: a pending run is dropped and a running one will not publish. The generation counter is
   * kept, so a run from before a close can never pass for current after the document is opened again.
   */
  cancel(uri: string): void {
    this.bump(uri)
    this.durations.delete(uri)
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  private bump(uri: string): number {
    const pending = this.timers.get(uri)
    if (pending) clearTimeout(pending)
    this.timers.delete(uri)
    const generation = (this.generations.get(uri) ?? 0) + 1
    this.generations.set(uri, generation)
    return generation
  }

  private start(uri: string, generation: number): Promise<void> {
    const isCurrent = () => this.generations.get(uri) === generation
    const started = performance.now()
    return this.run(uri, isCurrent)
      .catch((error: unknown) => this.onError(uri, error))
      .finally(() => {
        if (isCurrent()) this.durations.set(uri, performance.now() - started)
      })
  }
}
