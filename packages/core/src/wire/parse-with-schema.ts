import type { z } from "zod";
import { GembridgeError } from "../errors/gembridge-error";
import { joinPath } from "../shared/result";
import { escapeProtoKeys, unescapeKey, unescapeProtoKeys, unescapeText } from "./proto-key-escape";

/**
 * Runs a zod schema over unknown JSON and turns the first issue into a `GembridgeError` whose `param` is the
 * path of the offending field (`messages[2].content[0].image_url.url`), the way OpenAI's API reports it.
 * Never throws anything else: zod's own errors, and anything thrown by a refinement, are caught here.
 * An own `__proto__` key anywhere in the input is kept as an own data key of the result (proto-key-escape.ts).
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  let result: ReturnType<S["safeParse"]>;
  let escaped = false;
  try {
    const prepared = escapeProtoKeys(input);
    escaped = prepared.escaped;
    result = schema.safeParse(prepared.value) as ReturnType<S["safeParse"]>;
  } catch (cause) {
    // Zod recurses per nesting level; absurdly deep input can exhaust the stack before it returns an issue.
    throw new GembridgeError(`${what} could not be validated: input is nested too deeply`, {
      code: "invalid_structure",
      cause,
    });
  }
  if (result.success) return (escaped ? unescapeProtoKeys(result.data) : result.data) as z.output<S>;
  const issue = result.error.issues[0];
  const path = issue === undefined ? "" : joinPath(...issue.path.map((p) => (typeof p === "symbol" ? String(p) : typeof p === "string" ? unescapeKey(p) : p)));
  const message = issue === undefined ? "invalid value" : unescapeText(issue.message);
  throw new GembridgeError(`Invalid ${what}${path === "" ? "" : ` at ${path}`}: ${message}`, {
    code: issue?.code === "invalid_type" ? "invalid_type" : "invalid_value",
    param: path === "" ? null : path,
  });
}
