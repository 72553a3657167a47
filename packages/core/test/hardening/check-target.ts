// One fuzz case: call a target on a (deep-frozen) input and check everything the hardening properties promise.
import { GembridgeError } from "../../src/index";
import type { Target } from "./targets";

/** Freezes a value and everything under it, without recursion (inputs may be nested 10,000 deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "object" && item !== null && !Object.isFrozen(item) && !ArrayBuffer.isView(item)) {
      Object.freeze(item);
      for (const key of Reflect.ownKeys(item)) stack.push((item as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** A stable text of a result or an error, for determinism checks. */
function fingerprint(outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): string {
  if (outcome.ok) return `ok:${JSON.stringify(outcome.value, (_key, v) => (typeof v === "bigint" ? `${v}n` : v))}`;
  const e = outcome.error;
  return e instanceof GembridgeError ? `error:${e.status}:${e.code}:${e.param}:${e.message}` : `foreign:${String(e)}`;
}

function attempt(target: Target, input: unknown): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: target.run(input) };
  } catch (error) {
    return { ok: false, error };
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(",");

export type CaseResult = { kind: "ok" | "rejected"; millis: number } | { kind: "failure"; message: string; millis: number };

/** Slowest acceptable call: a hang or a quadratic blow-up on fuzz-sized input shows up here. */
export const MAX_CASE_MILLIS = 2000;

/**
 * Runs one case. `valid`: the output must pass `target.check` (or be a 400 GembridgeError with a param, counted as
 * "rejected"). `invalid`: any throw must be a GembridgeError with the status the target's blame implies. Always: the
 * input is deep-frozen (a write throws), the second call gives the same result, and Object.prototype is untouched.
 */
export function checkTarget(target: Target, input: unknown, mode: "valid" | "invalid"): CaseResult {
  const frozen = deepFreeze(input);
  const started = performance.now();
  const first = attempt(target, frozen);
  const millis = performance.now() - started;
  const fail = (message: string): CaseResult => ({ kind: "failure", message, millis });
  if (({} as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).join(",") !== PROTOTYPE_KEYS) {
    return fail("Object.prototype was modified");
  }
  const second = attempt(target, frozen);
  if (fingerprint(first) !== fingerprint(second)) return fail(`not deterministic:\n  ${fingerprint(first).slice(0, 300)}\n  ${fingerprint(second).slice(0, 300)}`);
  if (millis > MAX_CASE_MILLIS) return fail(`took ${millis.toFixed(0)} ms`);
  if (!first.ok) {
    const error = first.error;
    if (!(error instanceof GembridgeError)) return fail(`threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
    if (target.blame === "never-throws") return fail(`threw GembridgeError ${error.status} ${error.code}: ${error.message}`);
    if (error.code === "internal_error") return fail(`internal_error: ${String((error.cause as Error | undefined)?.stack ?? error.cause).slice(0, 400)}`);
    if (target.blame === "client" && error.status !== 400) return fail(`client input gave status ${error.status} (${error.code}): ${error.message}`);
    if (target.blame === "upstream" && (error.status < 400 || error.status > 599)) return fail(`status ${error.status}`);
    if (mode === "valid" && (error.status !== 400 || error.param === null)) {
      return fail(`valid input rejected with ${error.status} ${error.code} param=${error.param}: ${error.message}`);
    }
    if ((error.code === "invalid_type" || error.code === "invalid_value") && error.param === null && typeof frozen === "object" && frozen !== null && !isWholeBodyError(frozen)) {
      return fail(`${error.code} without a param path: ${error.message}`);
    }
    return { kind: "rejected", millis };
  }
  if (mode === "valid" && target.check !== undefined) {
    let errors: string[];
    try {
      errors = target.check(first.value, frozen);
    } catch (error) {
      return fail(`output could not be checked: ${String(error)}`);
    }
    if (errors.length > 0) return fail(`output fails the official schema: ${errors.slice(0, 5).join("; ")}`);
  }
  return { kind: "ok", millis };
}

/**
 * A param path is owed only when the input is a JSON object (a request or response body): an array or a primitive in
 * its place is an error about the whole body (param null). Targets wrap inputs as `{ value }` or `{ dialect, value }`.
 */
function isWholeBodyError(input: object): boolean {
  const keys = Object.keys(input);
  const wrapped = (keys.includes("value") || keys.includes("request")) && keys.every((key) => ["value", "dialect", "request", "options"].includes(key));
  const subject = wrapped ? ((input as { value?: unknown; request?: unknown }).value ?? (input as { request?: unknown }).request) : input;
  return typeof subject !== "object" || subject === null || Array.isArray(subject);
}
