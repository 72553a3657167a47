import { fc, test } from "@fast-check/vitest";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleSweep } from "./idle-sweep";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const TIMEOUT = 400;

describe("IdleSweep", () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 2 * TIMEOUT }), { maxLength: 12 })])(
    "fires never early, at most two periods late, and only after a gap of the timeout",
    (gaps) => {
      vi.setSystemTime(0);
      const sweep = new IdleSweep(TIMEOUT);
      let firedAt: number | undefined;
      const watch = sweep.watch(() => (firedAt = Date.now()));
      let last = 0;
      for (const gap of gaps) {
        vi.advanceTimersByTime(gap);
        if (firedAt !== undefined) break;
        watch.touch();
        last = Date.now();
      }
      // Silence after the last chunk: it must fire within the bound.
      if (firedAt === undefined) vi.advanceTimersByTime(TIMEOUT + 2 * sweep.periodMs);
      expect(firedAt).toBeDefined();
      // `last` is the last touch before the firing: the idle time it measured is at least the timeout…
      const idle = (firedAt as number) - last;
      expect(idle).toBeGreaterThanOrEqual(TIMEOUT);
      expect(idle).toBeLessThanOrEqual(TIMEOUT + 2 * sweep.periodMs);
      // …and a gap shorter than the timeout never fired it.
      const firstLongGap = gaps.findIndex((gap) => gap >= TIMEOUT);
      if (firstLongGap === -1) expect(firedAt).toBeGreaterThanOrEqual(gaps.reduce((sum, gap) => sum + gap, 0));
      expect(sweep.size).toBe(0);
      sweep.close();
    },
  );

  test.prop([fc.array(fc.oneof(fc.constant("watch" as const), fc.nat({ max: 20 })), { maxLength: 40 })])(
    "watches join and leave in any order: the count is kept, ended ones never fire, the others all do",
    (steps) => {
      const sweep = new IdleSweep(TIMEOUT);
      const fired = new Set<number>();
      const watches: { end(): void }[] = [];
      const ended = new Set<number>();
      for (const step of steps) {
        if (step === "watch") {
          const id = watches.length;
          watches.push(sweep.watch(() => fired.add(id)));
        } else if (watches.length > 0) {
          const id = step % watches.length;
          watches[id]?.end();
          watches[id]?.end(); // twice: harmless
          ended.add(id);
        }
        expect(sweep.size).toBe(watches.length - ended.size);
      }
      vi.advanceTimersByTime(TIMEOUT + 2 * sweep.periodMs);
      expect([...fired].sort((a, b) => a - b)).toEqual(watches.map((_, id) => id).filter((id) => !ended.has(id)));
      expect(sweep.size).toBe(0);
      sweep.close();
    },
  );

  it("does not fire while paused (a slow client), and counts from the resume", () => {
    const sweep = new IdleSweep(TIMEOUT);
    const onIdle = vi.fn();
    const watch = sweep.watch(onIdle);
    watch.pause();
    vi.advanceTimersByTime(10 * TIMEOUT);
    expect(onIdle).not.toHaveBeenCalled();
    watch.resume();
    vi.advanceTimersByTime(TIMEOUT - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * sweep.periodMs + 1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    sweep.close();
  });

  it("never fires once ended, and stops its interval when nothing is watched", () => {
    const sweep = new IdleSweep(TIMEOUT);
    const onIdle = vi.fn();
    sweep.watch(onIdle).end();
    vi.advanceTimersByTime(10 * TIMEOUT);
    expect(onIdle).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    sweep.watch(onIdle);
    expect(vi.getTimerCount()).toBe(1);
    sweep.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sweeps at an eighth of the timeout, between 10 ms and 1 s", () => {
    expect(new IdleSweep(400).periodMs).toBe(50);
    expect(new IdleSweep(20).periodMs).toBe(10);
    expect(new IdleSweep(300_000).periodMs).toBe(1_000);
  });
});
