/**
 * The upstream idle timeout for every call in flight, checked by one interval per gateway instead of a timer per
 * call. Under load a timer per call (armed on the request, re-armed on every chunk, cleared at the end) was a
 * measurable share of a streamed request's CPU; with one sweep, a chunk costs a flag write.
 *
 * The rule it keeps: an idle call is torn down **never early** and at most two sweep periods late. A chunk only
 * sets `active`; the next sweep turns that into "idle since now". Since that sweep comes after the chunk, the idle
 * time it measures is never longer than the real one, and it is shorter by less than one period.
 *
 * The calls in flight are an intrusive doubly linked list, not a `Set`: under load a `Set` that every call joined
 * and left made scavenges keep far more memory alive (about three times the GC time per streamed request, seen
 * with `--trace-gc` and `--cpu-prof`), and a list costs a few pointer writes to join and to leave (decision 0246).
 */
export class IdleSweep {
  readonly periodMs: number;
  /** The list's first watch; `undefined` when nothing is watched. */
  private head: IdleWatch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onSweep = () => this.sweep();

  constructor(readonly timeoutMs: number) {
    // An eighth of the timeout keeps the lateness bound at a quarter of it; 10 ms and 1 s bound the wake-ups.
    this.periodMs = Math.min(1_000, Math.max(10, Math.floor(timeoutMs / 8)));
  }

  /** Starts the idle clock for one upstream call; `onIdle` runs once if it stays idle for `timeoutMs`. */
  watch(onIdle: () => void): IdleWatch {
    const watch = new IdleWatch(this, onIdle, Date.now());
    watch.next = this.head;
    if (this.head !== undefined) this.head.prev = watch;
    this.head = watch;
    // Started on demand and stopped by a sweep that finds nothing to watch, not by the last `end`: under load the
    // set is never empty, and at rest the interval stops.
    if (this.timer === undefined) {
      this.timer = setInterval(this.onSweep, this.periodMs);
      // The calls themselves keep the process alive; the sweep must not.
      this.timer.unref();
    }
    return watch;
  }

  /** Stops the interval and forgets every watch (the gateway is closing: its calls are being torn down anyway). */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.head !== undefined) this.forget(this.head);
  }

  /** How many calls are being watched (for tests: a walk of the list, not state kept on the hot path). */
  get size(): number {
    let count = 0;
    for (let watch = this.head; watch !== undefined; watch = watch.next) count++;
    return count;
  }

  /** @internal Unlinks a watch; a watch already unlinked is left alone. */
  forget(watch: IdleWatch): void {
    if (!watch.linked) return;
    watch.linked = false;
    if (watch.prev === undefined) this.head = watch.next;
    else watch.prev.next = watch.next;
    if (watch.next !== undefined) watch.next.prev = watch.prev;
    watch.prev = undefined;
    watch.next = undefined;
  }

  /** One pass over the watched calls. */
  private sweep(): void {
    if (this.head === undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const now = Date.now();
    let watch: IdleWatch | undefined = this.head;
    while (watch !== undefined) {
      // Read before a teardown may unlink (or end) this watch or its neighbour.
      const next: IdleWatch | undefined = watch.next;
      // A paused watch is held back by us, not idle: skipped.
      if (!watch.paused) {
        if (watch.active) {
          watch.active = false;
          watch.since = now;
        } else if (now - watch.since >= this.timeoutMs) {
          this.forget(watch);
          watch.fire();
        }
      }
      watch = next;
    }
  }
}

/** One call's idle clock. Its owner touches it on each upstream chunk and ends it once the call is over. */
export class IdleWatch {
  /** Bytes came since the last sweep. */
  active = false;
  /** We stopped reading (the client is slow): the upstream is not idle, we are holding it back. */
  paused = false;
  /** @internal The sweep's list. */
  linked = true;
  prev: IdleWatch | undefined;
  next: IdleWatch | undefined;

  constructor(
    private readonly owner: IdleSweep,
    private readonly onIdle: () => void,
    public since: number,
  ) {}

  /** Upstream bytes arrived. */
  touch(): void {
    this.active = true;
  }

  /** Reading is paused by us (client backpressure): the clock stops. */
  pause(): void {
    this.paused = true;
  }

  /** Reading again: the clock restarts from the next sweep. */
  resume(): void {
    this.paused = false;
    this.active = true;
  }

  /** The call is over (answered, failed or cancelled): it is no longer watched. Safe to call more than once. */
  end(): void {
    this.owner.forget(this);
  }

  /** @internal */
  fire(): void {
    this.onIdle();
  }
}
