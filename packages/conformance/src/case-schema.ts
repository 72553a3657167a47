/**
 * The format of one fixture case (`fixtures/cases/<direction>/<name>/case.json`). Language-neutral: everything a
 * Python or Go harness needs is in this file and the two payload files next to it. `fixtures/case.schema.json` is
 * generated from this schema (`pnpm --filter @gembridge/conformance gen:case-schema`); a test keeps them equal.
 */
import { z } from "zod";

export const CASE_DIRECTIONS = [
  "openai-to-gemini-request",
  "gemini-to-openai-response",
  "gemini-to-openai-stream",
  "gemini-to-openai-error",
  "gemini-to-openai-request",
  "openai-to-gemini-response",
  "openai-to-gemini-stream",
  "openai-to-gemini-error",
] as const;
export type CaseDirection = (typeof CASE_DIRECTIONS)[number];

const recorded = z
  .object({
    kind: z.literal("recorded"),
    source: z.string().min(1).describe("Where the payload was recorded: URL, repository@commit path, or document title."),
    model: z.string().optional().describe("The model that produced the recorded payload."),
    date: z.string().optional().describe("When it was recorded (ISO 8601 date), if known."),
    license: z.string().optional().describe("License of the source the payload comes from."),
    note: z.string().optional().describe("Edits made to the recorded payload (redactions, truncations) and other remarks."),
  })
  .strict();

const constructed = z
  .object({
    kind: z.literal("constructed"),
    note: z.string().min(1).describe("What the payload was built from and why."),
  })
  .strict();

const fileRef = z
  .object({
    file: z.string().min(1).describe("Path relative to the case folder."),
    format: z
      .enum(["json", "sse", "jsonl"])
      .describe("json: one JSON value; sse: raw Server-Sent Events text as sent; jsonl: one JSON chunk per line."),
    status: z.int().min(100).max(599).optional().describe("HTTP status that accompanies the body (error cases)."),
  })
  .strict();

const expectedThrow = z
  .object({
    throws: z
      .object({
        status: z.int().min(100).max(599),
        code: z.string().optional(),
        param: z.string().optional(),
      })
      .strict()
      .describe("The translator must reject the input with an error of this HTTP status (and code / param)."),
  })
  .strict();

const jsonPath = z
  .string()
  .regex(/^\$(\.[A-Za-z_$][\w$-]*|\[(\d+|\*)\])*$/)
  .describe("Path into the payload: `$.choices[*].message.tool_calls[0].id` (`[*]` = every element).");

export const caseSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe("Equals the folder name; unique within its direction."),
    description: z.string().min(1),
    direction: z.enum(CASE_DIRECTIONS),
    dialect: z.enum(["gemini", "vertex"]).describe("Which Google API the Gemini side speaks (Gemini API v1beta or Vertex AI v1)."),
    provenance: z.discriminatedUnion("kind", [recorded, constructed]).describe("Provenance of the INPUT payload."),
    features: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).describe("Mapping-table rows this case exercises (used for per-feature scores)."),
    covers: z
      .array(z.string().regex(/^[a-z]+(\/[A-Za-z0-9_.-]+)+$/))
      .optional()
      .describe(
        "Ids of the README mapping-table rows this case exercises (`request/temperature`, `response/finish-reason/MAX_TOKENS`): `<section>/<slug of the row's first cell>`, see docs/decisions/0120.",
      ),
    input: fileRef,
    expected: z.union([fileRef, expectedThrow]).describe("Expected output file, or the error the translator must raise."),
    expectedReviewed: z
      .boolean()
      .describe("true once a person checked the expected output against the mapping rules (not just generated)."),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("JSON options passed to the translator (request direction: e.g. {dialect}; gemini-to-openai-request: {model, stream})."),
    context: z
      .object({
        model: z.string().optional(),
        now: z.int().optional().describe("Fixed clock (Unix seconds) for `context.now()`."),
        ids: z.literal("sequential").optional().describe("`context.newId(kind, i)` returns `<kind>-<i>`."),
      })
      .catchall(z.unknown())
      .optional()
      .describe("Response-side context: JSON fields are passed as-is; `now` and `ids` become functions."),
    compare: z
      .object({
        volatile: z.array(jsonPath).default([]).describe("Must be present on both sides with the same JSON type; values may differ (ids, timestamps)."),
        jsonStrings: z.array(jsonPath).default([]).describe("Strings compared as parsed JSON (tool-call arguments)."),
        ignore: z.array(jsonPath).default([]).describe("Not compared at all (may be absent on either side)."),
      })
      .strict()
      .optional(),
    knownSchemaViolations: z
      .array(z.object({ error: z.string(), reason: z.string().min(1) }).strict())
      .optional()
      .describe("Official-schema errors the expected output is known to have (e.g. placeholders Google's docs elided), each with the reason."),
    warnings: z
      .array(z.object({ path: z.string(), code: z.string() }).strict())
      .optional()
      .describe("Warnings our translator reports (path + code); informative for other implementations."),
  })
  .strict();

export type Case = z.infer<typeof caseSchema>;
export type CaseFile = z.infer<typeof fileRef>;
export type CaseCompareRules = NonNullable<Case["compare"]>;

/** The JSON Schema published as `fixtures/case.schema.json`. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://gembridge.dev/fixtures/case.schema.json",
    title: "gembridge conformance case",
  };
}
