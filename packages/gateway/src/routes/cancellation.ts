/**
 * One request's cancellation: set when the client goes away before its response has finished. A plain object with
 * one hook instead of an `AbortController` + `AbortSignal` + `addAbortSignal` per request — the signal machinery
 * (event target, listener bookkeeping, cleanup on every upstream response) was ~5% of a unary request's CPU under
 * load, for an event that almost never happens (decision 0144).
 */
export class Cancellation {
  #aborted = false;
  #onAbort: (() => void) | undefined;

  get aborted(): boolean {
    return this.#aborted;
  }

  /** The client left: runs the registered teardown (once). */
  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    const teardown = this.#onAbort;
    this.#onAbort = undefined;
    teardown?.();
  }

  /** What to tear down if the client leaves (the upstream call in flight); runs at once when it already has. */
  onAbort(teardown: () => void): void {
    if (this.#aborted) teardown();
    else this.#onAbort = teardown;
  }

  /** The teardown is no longer needed (the upstream answered, or failed on its own). */
  clear(): void {
    this.#onAbort = undefined;
  }
}
