// Every public function of @gembridge/core as a fuzz target: valid-input arbitrary, invalid-input arbitrary, how to
// call it, how to check its output against the official schema of the target side. Shared by the property suite
// (hardening.property.test.ts) and the long run (scripts/fuzz.mjs).
import fc from "fast-check";
import { geminiErrorArbitrary, openAIErrorArbitrary, type GeminiDialect, geminiRequestArbitrary, geminiSchemaArbitrary, geminiModelPartArbitrary, geminiResponseArbitrary, geminiUsageArbitrary, geminiStreamArbitrary, corruptedArbitrary, hostileJsonArbitrary, jsonSchemaArbitrary, openAIChatRequestArbitrary, openAIChatCompletionArbitrary, openAIChunkStreamArbitrary, openAILogprobsArbitrary, openAIUsageArbitrary, type OfficialKind, validateOfficial } from "@gembridge/testkit";
import * as stable from "../../src/index";
import type * as core from "../../src/index";
import * as internal from "../../src/internal";
import type { ChooseSchemaTargetInput } from "../../src/index";
import type { ReasoningEffort } from "../../src/internal";

type Json = Record<string, unknown>;

/** The stable surface and the building blocks alike are fuzzed. */
const api = { ...stable, ...internal };

/** Who is at fault when the input is bad, which decides the status of the GembridgeError (decision 0110). */
export type Blame = "client" | "upstream" | "never-throws" | "typed";

export interface Target {
  readonly name: string;
  /** Relative weight in the long fuzz run. */
  readonly weight: number;
  /** Valid inputs (one call's arguments). */
  readonly valid: fc.Arbitrary<unknown>;
  /** Calls the function; returns a JSON-able result. */
  readonly run: (input: unknown) => unknown;
  /** Official-schema errors of the result ([] = valid). */
  readonly check?: (output: unknown, input: unknown) => string[];
  /**
   * "client": bad input → 400; "upstream": bad input → GembridgeError 4xx/5xx (502 for a malformed reply);
   * "never-throws": answers any input; "typed": helper on already-validated values, not fed arbitrary JSON.
   */
  readonly blame: Blame;
  /** Invalid inputs; default: the valid ones corrupted at one place, plus arbitrary JSON. */
  readonly invalid?: fc.Arbitrary<unknown>;
  /**
   * A bug found by this suite in a module still being written by its owner (not ours to edit): the invalid-input
   * property is expected to fail until the owner fixes it, and then flips red so this marker gets removed.
   */
  readonly knownOpenBug?: string;
}

const official = (kind: OfficialKind, payload: unknown, options: { dialect?: GeminiDialect; strict?: boolean; required?: boolean; allowGoogleExtensions?: boolean } = {}) =>
  validateOfficial(kind, payload, options).errors;

/** JSON round trip: what goes on the wire (drops `undefined`, fails on cycles or BigInt). */
export const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null");

const dialect = fc.constantFrom<GeminiDialect>("gemini", "vertex");
const withDialect = <T>(arbitrary: (d: GeminiDialect) => fc.Arbitrary<T>) => dialect.chain((d) => arbitrary(d).map((value) => ({ dialect: d, value })));

/**
 * Documented deviations from the official request schemas (docs/readme/request.md, "open points"): part-level
 * `mediaResolution` is documented for v1beta but missing from its protos; `serviceTier` is an SDK field neither
 * schema lists. They are removed before strict validation; everything else must validate.
 */
const withoutDocumentedExtras = (body: unknown, d: GeminiDialect) => {
  const copy = JSON.parse(JSON.stringify(body), (key, value) => (d === "gemini" && key === "mediaResolution" && typeof value === "object" ? undefined : value));
  if (copy !== null && typeof copy === "object") delete copy.serviceTier;
  return copy as unknown;
};

/**
 * Decision 0042: a union of different types is a type-less `anyOf` node, which the API accepts although the GA proto
 * marks `type` REQUIRED. Those errors are dropped only where the node really is an `anyOf`.
 */
const withoutUntypedUnions = (errors: string[], root: unknown, rootPath: string) =>
  errors.filter((error) => {
    const match = /^(\$[^:]*): must have required property 'type'/.exec(error);
    if (match === null || !match[1]?.startsWith(rootPath)) return true;
    const node = nodeAt(root, match[1].slice(rootPath.length));
    return !(node !== null && typeof node === "object" && "anyOf" in node);
  });

/** The value at a `.a.b[0]` path suffix. */
function nodeAt(root: unknown, path: string): unknown {
  let node = root;
  for (const [, key, index] of path.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) node = (node as Record<string, unknown> | undefined)?.[key ?? Number(index)];
  return node;
}

const stream = <In, Out>(make: () => { push(chunk: In): Out[]; finish(): Out[] }, chunks: readonly In[]): Out[] => {
  const translator = make();
  const out = chunks.flatMap((chunk) => translator.push(chunk));
  return [...out, ...translator.finish()];
};

const completionWith = (extra: Json) => ({ id: "x", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, message: { role: "assistant", content: "", refusal: null }, finish_reason: "stop", logprobs: null, ...extra }] });

export const TARGETS: readonly Target[] = [
  // --- parse functions: valid → unchanged data; anything else → 400 with the param path.
  { name: "parseOpenAIChatRequest", weight: 3, blame: "client", valid: openAIChatRequestArbitrary(), run: (x) => api.parseOpenAIChatRequest(x) },
  { name: "parseOpenAIChatCompletion", weight: 2, blame: "client", valid: openAIChatCompletionArbitrary, run: (x) => api.parseOpenAIChatCompletion(x) },
  { name: "parseOpenAIChatCompletionChunk", weight: 2, blame: "client", valid: openAIChunkStreamArbitrary.map((c) => c[0]), run: (x) => api.parseOpenAIChatCompletionChunk(x) },
  { name: "parseOpenAIError", weight: 1, blame: "client", valid: openAIErrorArbitrary.map((e) => e.body), run: (x) => api.parseOpenAIError(x) },
  { name: "parseGeminiRequest", weight: 3, blame: "client", valid: geminiRequestArbitrary(), run: (x) => api.parseGeminiRequest(x), check: (out) => official("gemini-request", wire(out)) },
  { name: "parseGeminiResponse", weight: 2, blame: "client", valid: geminiResponseArbitrary(), run: (x) => api.parseGeminiResponse(x), check: (out) => official("gemini-response", wire(out)) },
  { name: "parseGeminiChunk", weight: 2, blame: "client", valid: geminiStreamArbitrary().map((c) => c[0]), run: (x) => api.parseGeminiChunk(x) },
  { name: "parseGeminiError", weight: 1, blame: "client", valid: geminiErrorArbitrary.map((e) => e.body), run: (x) => api.parseGeminiError(x) },
  // The one-pass readers (normalize/): the same inputs as the parse functions, without zod.
  { name: "readOpenAIChatRequest", weight: 2, blame: "client", valid: openAIChatRequestArbitrary(), run: (x) => api.readOpenAIChatRequest(x) },
  { name: "readGeminiRequest", weight: 2, blame: "client", valid: geminiRequestArbitrary(), run: (x) => api.readGeminiRequest(x), check: (out) => official("gemini-request", wire(out)) },
  { name: "readGeminiResponse", weight: 2, blame: "upstream", valid: geminiResponseArbitrary(), run: (x) => api.readGeminiResponse(x), check: (out) => official("gemini-response", wire(out)) },
  { name: "readOpenAIChatCompletion", weight: 1, blame: "upstream", valid: openAIChatCompletionArbitrary, run: (x) => api.readOpenAIChatCompletion(x) },
  { name: "readOpenAIChatCompletionChunk", weight: 1, blame: "upstream", valid: openAIChunkStreamArbitrary.map((c) => c[0]), run: (x) => api.readOpenAIChatCompletionChunk(x) },

  // --- OpenAI client → Gemini upstream.
  {
    name: "openaiToGeminiRequest",
    weight: 8,
    blame: "client",
    valid: withDialect(() => openAIChatRequestArbitrary()),
    run: (x) => {
      const { dialect: d, value } = x as { dialect: GeminiDialect; value: unknown };
      return api.openaiToGeminiRequest(value as core.OpenAIChatRequest, { dialect: d });
    },
    check: (out, x) => {
      const d = (x as { dialect: GeminiDialect }).dialect;
      const body = withoutDocumentedExtras(wire((out as { value: { body: unknown } }).value.body), d);
      return withoutUntypedUnions(official("gemini-request", body, { dialect: d, strict: true }), body, "$");
    },
    invalid: fc.oneof(
      corruptedArbitrary(openAIChatRequestArbitrary()).map(({ value }) => ({ dialect: "gemini", value })),
      hostileJsonArbitrary.map((value) => ({ dialect: "vertex", value })),
    ),
  },
  {
    name: "geminiToOpenAIResponse",
    weight: 8,
    blame: "upstream",
    valid: withDialect((d) => geminiResponseArbitrary({ dialect: d })),
    run: (x) => api.geminiToOpenAIResponse((x as { value: core.GeminiGenerateContentResponse }).value, { model: "gemini-2.5-flash" }),
    check: (out) => official("openai-response", wire((out as { value: unknown }).value)),
    invalid: fc.oneof(corruptedArbitrary(geminiResponseArbitrary()).map(({ value }) => ({ value })), hostileJsonArbitrary.map((value) => ({ value }))),
  },
  {
    name: "createGeminiToOpenAIStream",
    weight: 8,
    blame: "upstream",
    valid: withDialect((d) => geminiStreamArbitrary({ dialect: d })),
    run: (x) => stream(() => api.createGeminiToOpenAIStream({ model: "gemini-2.5-flash", includeUsage: true }), (x as { value: core.GeminiGenerateContentResponse[] }).value),
    check: (out) => (out as unknown[]).flatMap((chunk) => official("openai-chunk", wire(chunk))),
    invalid: fc.oneof(corruptedArbitrary(geminiStreamArbitrary()).map(({ value }) => ({ value })), fc.array(hostileJsonArbitrary, { maxLength: 3 }).map((value) => ({ value }))),
  },
  {
    name: "geminiToOpenAIError",
    weight: 3,
    blame: "never-throws",
    valid: geminiErrorArbitrary,
    run: (x) => api.geminiToOpenAIError((x as { status: number }).status, (x as { body: unknown }).body),
    check: (out) => official("openai-error", wire((out as { body: unknown }).body)),
    invalid: fc.tuple(fc.oneof(fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308)), hostileJsonArbitrary).map(([status, body]) => ({ status, body })),
  },

  // --- Gemini client → OpenAI-compatible upstream.
  {
    name: "geminiToOpenAIRequest",
    weight: 8,
    blame: "client",
    valid: fc.record({
      request: dialect.chain((d) => geminiRequestArbitrary({ dialect: d })),
      options: fc.record({ extraContent: fc.boolean(), thoughts: fc.constantFrom<"reasoning_content" | "content_part" | "drop">("reasoning_content", "content_part", "drop"), forwardGoogleExtensions: fc.boolean(), stream: fc.boolean() }, { requiredKeys: [] }),
    }),
    run: (x) => {
      const { request, options } = x as { request: core.GeminiGenerateContentRequest; options: Partial<core.GeminiToOpenAIRequestOptions> };
      return api.geminiToOpenAIRequest(request, { model: "backend-model", ...options });
    },
    // The output claims OpenAI strictness only without Google's additions (no extra_content, extra_body or
    // reasoning_content: docs/readme/reverse.md); otherwise unknown fields are allowed.
    check: (out, x) => {
      const options = (x as { options: Partial<core.GeminiToOpenAIRequestOptions> }).options;
      const strict = options.extraContent === false && options.thoughts === "drop" && options.forwardGoogleExtensions !== true;
      const value = wire((out as { value: unknown }).value) as { modalities?: string[] };
      // Decision 0084: IMAGE output → modalities "image" (Google's/OpenRouter's value, outside OpenAI's enum).
      if (value.modalities !== undefined) value.modalities = value.modalities.filter((m) => m !== "image");
      // More than 4 stop sequences are all sent with an `approximated` warning (gemini-to-openai-generation-config.ts;
      // Gemini allows 5, OpenAI documents 4). Reported in docs/readme/hardening.md; validated without the surplus.
      const stop = (value as { stop?: unknown }).stop;
      if (Array.isArray(stop) && stop.length > 4) (value as { stop?: unknown }).stop = stop.slice(0, 4);
      return official("openai-request", value, { strict, allowGoogleExtensions: false });
    },
    invalid: fc.oneof(corruptedArbitrary(geminiRequestArbitrary()).map(({ value }) => ({ request: value, options: {} })), hostileJsonArbitrary.map((value) => ({ request: value, options: {} }))),
  },
  {
    name: "openaiToGeminiResponse",
    weight: 6,
    blame: "upstream",
    valid: withDialect(() => openAIChatCompletionArbitrary),
    run: (x) => api.openaiToGeminiResponse((x as { value: core.OpenAIChatCompletion }).value, { dialect: (x as { dialect: GeminiDialect }).dialect }),
    check: (out, x) => official("gemini-response", wire((out as { value: unknown }).value), { dialect: (x as { dialect: GeminiDialect }).dialect, strict: true }),
    invalid: fc.oneof(corruptedArbitrary(openAIChatCompletionArbitrary).map(({ value }) => ({ dialect: "gemini", value })), hostileJsonArbitrary.map((value) => ({ dialect: "vertex", value }))),
  },
  {
    name: "createOpenAIToGeminiStream",
    weight: 6,
    blame: "upstream",
    valid: withDialect(() => openAIChunkStreamArbitrary),
    run: (x) => {
      const { dialect: d, value } = x as { dialect: GeminiDialect; value: core.OpenAIChatCompletionChunk[] };
      return stream(() => api.createOpenAIToGeminiStream({ dialect: d }), value);
    },
    check: (out, x) => (out as unknown[]).flatMap((chunk) => official("gemini-chunk", wire(chunk), { dialect: (x as { dialect: GeminiDialect }).dialect, strict: true })),
    invalid: fc.oneof(corruptedArbitrary(openAIChunkStreamArbitrary).map(({ value }) => ({ dialect: "gemini", value })), fc.array(hostileJsonArbitrary, { maxLength: 3 }).map((value) => ({ dialect: "vertex", value }))),
  },
  {
    name: "openaiToGeminiError",
    weight: 3,
    blame: "never-throws",
    valid: openAIErrorArbitrary,
    run: (x) => api.openaiToGeminiError((x as { status: number }).status, (x as { body: unknown }).body),
    check: (out) => official("gemini-error", wire((out as { body: unknown }).body)),
    invalid: fc.tuple(fc.oneof(fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308)), hostileJsonArbitrary).map(([status, body]) => ({ status, body })),
  },

  // --- Accumulators.
  {
    name: "accumulateOpenAIChatChunks",
    weight: 3,
    blame: "upstream",
    valid: openAIChunkStreamArbitrary,
    run: (x) => api.accumulateOpenAIChatChunks(x as core.OpenAIChatCompletionChunk[]),
    check: (out) => official("openai-response", wire(out)),
  },
  {
    name: "accumulateGeminiChunks",
    weight: 3,
    blame: "upstream",
    valid: withDialect((d) => geminiStreamArbitrary({ dialect: d })),
    run: (x) => api.accumulateGeminiChunks((x as { value: core.GeminiGenerateContentResponse[] }).value),
    check: (out, x) => official("gemini-response", wire(out), { dialect: (x as { dialect: GeminiDialect }).dialect }),
    invalid: corruptedArbitrary(geminiStreamArbitrary()).map(({ value }) => ({ value })),
  },

  // --- Schemas.
  {
    name: "jsonSchemaToGeminiSchema",
    weight: 5,
    blame: "client",
    valid: fc.tuple(jsonSchemaArbitrary, dialect, fc.constantFrom<"schema" | "json-schema">("schema", "json-schema")),
    run: (x) => {
      const [schema, d, target] = x as [unknown, GeminiDialect, "schema" | "json-schema"];
      return api.jsonSchemaToGeminiSchema(schema, { dialect: d, target });
    },
    check: (out, x) => {
      const [, d, target] = x as [unknown, GeminiDialect, string];
      const parameters = (out as { value: unknown }).value;
      const declaration = target === "schema" ? { name: "f", description: "d", parameters } : { name: "f", description: "d", parametersJsonSchema: parameters };
      const body = { contents: [{ role: "user", parts: [{ text: "q" }] }], tools: [{ functionDeclarations: [declaration] }] };
      return withoutUntypedUnions(official("gemini-request", wire(body), { dialect: d }), wire(parameters), "$.tools[0].functionDeclarations[0].parameters");
    },
    invalid: fc.oneof(corruptedArbitrary(jsonSchemaArbitrary).map(({ value }) => [value, "gemini", "schema"]), hostileJsonArbitrary.map((value) => [value, "vertex", "schema"])),
  },
  {
    name: "geminiSchemaToJsonSchema",
    weight: 3,
    blame: "client",
    valid: geminiSchemaArbitrary("vertex"),
    run: (x) => api.geminiSchemaToJsonSchema(x as core.GeminiSchema),
    check: (out) => official("openai-request", { model: "m", messages: [{ role: "user", content: "q" }], tools: [{ type: "function", function: { name: "f", parameters: wire((out as { value: unknown }).value) } }] }, { strict: true }),
    invalid: fc.oneof(corruptedArbitrary(geminiSchemaArbitrary("vertex")).map(({ value }) => value), hostileJsonArbitrary),
  },
  { name: "isParameterlessSchema", weight: 1, blame: "never-throws", valid: jsonSchemaArbitrary, run: (x) => api.isParameterlessSchema(x), invalid: hostileJsonArbitrary },
  {
    name: "chooseSchemaTarget",
    weight: 1,
    blame: "typed",
    valid: fc.record({ dialect, model: fc.constantFrom("gemini-2.5-flash", "gemini-3-pro-preview", "gemini-2.0-flash", "unknown-model", "") }),
    run: (x) => api.chooseSchemaTarget(x as ChooseSchemaTargetInput),
  },

  // --- Response helpers (typed inputs).
  { name: "mapUsage", weight: 1, blame: "typed", valid: geminiUsageArbitrary("vertex"), run: (x) => api.mapUsage(x as core.GeminiUsageMetadata), check: (out) => official("openai-response", { ...completionWith({}), usage: wire(out) }) },
  {
    name: "mapLogprobs",
    weight: 1,
    blame: "typed",
    valid: geminiResponseArbitrary().map((r) => ((r.candidates as Json[] | undefined)?.[0]?.logprobsResult ?? { chosenCandidates: [] }) as Json),
    run: (x) => api.mapLogprobs(x as core.GeminiLogprobsResult),
    check: (out) => official("openai-response", completionWith({ logprobs: wire(out) })),
  },
  { name: "geminiPartToOpenAI", weight: 1, blame: "typed", valid: geminiModelPartArbitrary, run: (x) => api.geminiPartToOpenAI(x as core.GeminiPart) },
  {
    name: "resolveFinishReason",
    weight: 1,
    blame: "typed",
    valid: fc.tuple(fc.option(fc.oneof(fc.constantFrom(...api.GEMINI_FINISH_REASONS), fc.string()), { nil: undefined }), fc.boolean()),
    run: (x) => api.resolveFinishReason((x as [string | undefined, boolean])[0], { hasToolCalls: (x as [string, boolean])[1] }),
  },
  {
    name: "encodeToolCallIdSignature+decode",
    weight: 2,
    blame: "typed",
    valid: fc.tuple(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 400 }), fc.integer({ min: 0, max: 2000 })),
    run: (x) => {
      const [id, signature, maxLength] = x as [string, string, number];
      try {
        const encoded = api.encodeToolCallIdSignature(id, signature, { maxLength });
        if (encoded === null) return { encoded }; // longer than maxLength: the caller keeps the plain id
        const decoded = api.decodeToolCallIdSignature(encoded);
        if (decoded.id !== id || decoded.signature !== signature) throw new Error(`round trip lost data: ${JSON.stringify({ id, signature, decoded })}`);
        return { encoded, decoded };
      } catch (error) {
        if (error instanceof api.GembridgeError) return { error: error.code };
        throw error;
      }
    },
    invalid: fc.string({ maxLength: 200 }).map((s) => [s, s, 40]),
  },
  { name: "decodeToolCallIdSignature", weight: 1, blame: "never-throws", valid: fc.string({ maxLength: 200 }), run: (x) => api.decodeToolCallIdSignature(x as string), invalid: fc.string({ unit: "binary", maxLength: 300 }) },
  { name: "openaiToGeminiUsage", weight: 1, blame: "typed", valid: openAIUsageArbitrary, run: (x) => api.openaiToGeminiUsage(x as core.OpenAIUsage), check: (out) => official("gemini-response", { usageMetadata: wire(out) }, { strict: true }) },
  { name: "openaiToGeminiLogprobs", weight: 1, blame: "typed", valid: openAILogprobsArbitrary, run: (x) => api.openaiToGeminiLogprobs(x as core.OpenAILogprobs) ?? null, check: (out) => official("gemini-response", { candidates: [{ index: 0, ...(wire(out) as Json | null) }] }, { strict: true }) },

  // --- Models, endpoints, errors.
  { name: "geminiEndpoint", weight: 1, blame: "client", valid: fc.record({ model: fc.constantFrom("gemini-2.5-flash", "google/gemini-3-pro-preview", "tunedModels/x"), stream: fc.boolean(), dialect }), run: (x) => api.geminiEndpoint(x as core.GeminiEndpointOptions), invalid: fc.record({ model: fc.string(), stream: fc.boolean(), dialect }) },
  { name: "modelCapabilities", weight: 1, blame: "never-throws", valid: fc.constantFrom("gemini-2.5-flash", "gemini-3-pro-preview", "gemini-2.0-flash-lite", "x"), run: (x) => api.modelCapabilities(x as string), invalid: fc.string() },
  { name: "normalizeModelName", weight: 1, blame: "never-throws", valid: fc.constantFrom("google/gemini-2.5-flash", "gemini-2.5-flash"), run: (x) => api.normalizeModelName(x as string), invalid: fc.string() },
  {
    name: "thinkingFromReasoningEffort",
    weight: 1,
    blame: "typed",
    valid: fc.tuple(fc.constantFrom(...api.OPENAI_REASONING_EFFORTS), fc.constantFrom("gemini-2.5-flash", "gemini-2.5-pro", "gemini-3-pro-preview", "gemini-2.0-flash")),
    run: (x) => {
      const [effort, model] = x as [ReasoningEffort, string];
      try {
        return api.thinkingFromReasoningEffort(effort, api.modelCapabilities(model));
      } catch (error) {
        if (error instanceof api.GembridgeError && error.status === 400) return { error: error.code };
        throw error;
      }
    },
  },
  { name: "googleStatus+openAIErrorType", weight: 1, blame: "never-throws", valid: fc.integer({ min: 400, max: 599 }), run: (x) => [api.googleStatus(x as number), api.openAIErrorType(x as number)], invalid: fc.oneof(fc.integer(), fc.double()) },
  {
    name: "GembridgeError bodies",
    weight: 1,
    blame: "typed",
    valid: fc.tuple(fc.string(), fc.integer({ min: 400, max: 599 }), fc.option(fc.string(), { nil: null })),
    run: (x) => {
      const [message, status, param] = x as [string, number, string | null];
      const error = new api.GembridgeError(message, { status, param });
      return { openai: error.toOpenAIError(), gemini: error.toGeminiError(), is: api.isGembridgeError(error) };
    },
    check: (out) => [...official("openai-error", wire((out as { openai: unknown }).openai)), ...official("gemini-error", wire((out as { gemini: unknown }).gemini))],
  },
];

/** A target's invalid inputs: its own, or its valid inputs corrupted at one place, or arbitrary JSON. */
export function invalidInputs(target: Target): fc.Arbitrary<unknown> {
  return target.invalid ?? fc.oneof(corruptedArbitrary(target.valid).map(({ value }) => value), hostileJsonArbitrary);
}
