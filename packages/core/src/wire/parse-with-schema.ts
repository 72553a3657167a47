import type { z } from "zod";
import { GembridgeError } from "../errors/gembridge-error";
import { joinPath } from "../shared/result";

/**
 * Runs a zod schema over unknown JSON and turns the first issue into a `GembridgeError` whose `param` is the
 * path of the offending field (`messages[2].content[0].image_url.url`), the way OpenAI's API reports it.
 * Never throws anything else: zod's own errors, and anything thrown by a refinement, are caught here.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  let result: ReturnType<S["safeParse"]>;
  try {
    result = schema.safeParse(input) as ReturnType<S["safeParse"]>;
  } catch (cause) {
    // Zod recurses per nesting level; absurdly deep input can exhaust the stack before it returns an issue.
    throw new GembridgeError(`${what} could not be validated: input is nested too deeply`, {
      code: "invalid_structure",
      cause,
    });
  }
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0];
  const path = issue === undefined ? "" : joinPath(...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)));
  const message = issue === undefined ? "invalid value" : issue.message;
  throw new GembridgeError(`Invalid ${what}${path === "" ? "" : ` at ${path}`}: ${message}`, {
    code: issue?.code === "invalid_type" ? "invalid_type" : "invalid_value",
    param: path === "" ? null : path,
  });
}
