/**
 * Validates payloads against the official schemas kept in `fixtures/spec/` (OpenAI's OpenAPI components; Google's
 * generativelanguage v1beta protos + overlay for dialect "gemini", the aiplatform v1 discovery document for
 * "vertex"). Used by tests to prove our outputs are what the real APIs define. Compiled once per option set.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";
import aiplatformDiscovery from "../../../fixtures/spec/aiplatform-v1.discovery.generatecontent-subset.json" with { type: "json" };
import aiplatformProtos from "../../../fixtures/spec/aiplatform-v1.from-protos.json" with { type: "json" };
import generativelanguageProtos from "../../../fixtures/spec/generativelanguage-v1beta.from-protos.json" with { type: "json" };
import generativelanguageOverlay from "../../../fixtures/spec/generativelanguage-v1beta.overlay.json" with { type: "json" };
import openaiSpec from "../../../fixtures/spec/openai-chat.schema.json" with { type: "json" };
import { type DiscoverySchema, discoveryToDefs, type JsonSchema } from "./official/discovery-json-schema";
import { formatAjvErrors } from "./official/format-ajv-errors";
import { checkGeminiPayload } from "./official/gemini-payload-checks";
import { GOOGLE_OPENAI_EXTENSIONS, withoutPaths } from "./official/google-extensions";
import { openAIComponentsToDefs } from "./official/openai-json-schema";

export type OfficialKind =
  | "openai-request"
  | "openai-response"
  | "openai-chunk"
  | "openai-error"
  | "gemini-request"
  | "gemini-response"
  | "gemini-chunk"
  | "gemini-error";

export interface OfficialOptions {
  /** Which Google API the gemini-* kinds are checked against. Default "gemini" (generativelanguage v1beta). */
  readonly dialect?: "gemini" | "vertex";
  /** Reject unknown fields (and, on the Google side, `null` values). Default false. */
  readonly strict?: boolean;
  /**
   * Enforce the schemas' `required` lists. Default true. OpenAI's spec marks fields required that real responses
   * omit (`message.refusal`, `logprobs.refusal`); false keeps only the tag fields (type/role/object) required.
   */
  readonly required?: boolean;
  /** In strict mode, accept Google's documented OpenAI extensions (extra_content, reasoning_content, …). Default true. */
  readonly allowGoogleExtensions?: boolean;
}

export interface OfficialResult {
  readonly valid: boolean;
  readonly errors: string[];
}

const OPENAI_ROOTS = {
  "openai-request": "CreateChatCompletionRequest",
  "openai-response": "CreateChatCompletionResponse",
  "openai-chunk": "CreateChatCompletionStreamResponse",
  "openai-error": "ErrorResponse",
} as const satisfies Record<string, string>;

// google.rpc.Code names: the HTTP error body carries `status` next to the Status fields.
const RPC_CODES = [
  "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
  "PERMISSION_DENIED", "UNAUTHENTICATED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
  "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
] as const;

interface Compiled {
  readonly validate: ValidateFunction;
  /** Gemini side: defs and root used by the null / oneof walk. */
  readonly gemini?: { readonly defs: Record<string, JsonSchema>; readonly root: string };
}

const cache = new Map<string, Compiled>();

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false, verbose: true });
  (addFormatsPlugin as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat("unixtime", true); // OpenAI annotation on integer timestamps, not a string format.
  return ajv;
}

function compileOpenAI(kind: keyof typeof OPENAI_ROOTS, strict: boolean, required: boolean): Compiled {
  const components = (openaiSpec as { components: { schemas: Record<string, unknown> } }).components.schemas;
  const defs = openAIComponentsToDefs(structuredClone(components), { strict, required });
  return { validate: newAjv().compile({ $defs: defs, $ref: `#/$defs/${OPENAI_ROOTS[kind]}` }) };
}

function googleSchemas(dialect: "gemini" | "vertex") {
  if (dialect === "vertex") {
    return {
      schemas: (aiplatformDiscovery as { schemas: Record<string, DiscoverySchema> }).schemas,
      protoInfo: (aiplatformProtos as { schemas: Record<string, DiscoverySchema> }).schemas,
      prefix: "GoogleCloudAiplatformV1",
      status: "GoogleRpcStatus",
    };
  }
  // The overlay adds fields documented for the Gemini API but missing from the public protos.
  const base = structuredClone((generativelanguageProtos as { schemas: Record<string, DiscoverySchema> }).schemas);
  const overlay = (generativelanguageOverlay as { schemas: Record<string, DiscoverySchema> }).schemas;
  for (const [name, add] of Object.entries(overlay)) {
    const target = base[name] ?? { id: name, type: "object", properties: {} };
    base[name] = { ...target, properties: { ...target.properties, ...add.properties } };
  }
  return { schemas: base, protoInfo: base, prefix: "", status: "Status" };
}

function compileGemini(kind: "gemini-request" | "gemini-response" | "gemini-error", dialect: "gemini" | "vertex", strict: boolean, required: boolean): Compiled {
  const g = googleSchemas(dialect);
  const request = `${g.prefix}GenerateContentRequest`;
  // REQUIRED markers are input rules: Google's own responses omit them (e.g. a blocked candidate's content.parts).
  const defs = discoveryToDefs(g.schemas, {
    strict,
    required: required && kind === "gemini-request",
    protoInfo: g.protoInfo,
    notRequired: { [request]: ["model"] }, // the model travels in the URL
  });
  const ajv = newAjv();
  if (kind === "gemini-error") {
    const status = defs[g.status] ?? {};
    defs.HttpErrorStatus = {
      ...status,
      properties: { ...(status.properties as object), status: { type: "string", enum: [...RPC_CODES] } },
      required: ["code", "message"],
    };
    const wrapper = { type: "object", required: ["error"], properties: { error: { $ref: "#/$defs/HttpErrorStatus" } } };
    return {
      validate: ajv.compile({ $defs: defs, ...wrapper, ...(strict ? { additionalProperties: false } : {}) }),
      gemini: { defs, root: "#/$defs/HttpErrorStatus" },
    };
  }
  const root = `#/$defs/${kind === "gemini-request" ? request : `${g.prefix}GenerateContentResponse`}`;
  return { validate: ajv.compile({ $defs: defs, $ref: root }), gemini: { defs, root } };
}

function compiled(kind: OfficialKind, dialect: "gemini" | "vertex", strict: boolean, required: boolean): Compiled {
  const key = `${kind}|${kind.startsWith("gemini") ? dialect : ""}|${strict}|${required}`;
  let hit = cache.get(key);
  if (!hit) {
    if (kind === "gemini-request" || kind === "gemini-response" || kind === "gemini-error")
      hit = compileGemini(kind, dialect, strict, required);
    else if (kind === "gemini-chunk") hit = compiled("gemini-response", dialect, strict, required);
    else hit = compileOpenAI(kind, strict, required);
    cache.set(key, hit);
  }
  return hit;
}

/** Checks one payload (one stream chunk for the chunk kinds). Never throws for bad payloads; unknown kinds throw. */
export function validateOfficial(kind: OfficialKind, payload: unknown, options: OfficialOptions = {}): OfficialResult {
  const dialect = options.dialect ?? "gemini";
  const strict = options.strict ?? false;
  const required = options.required ?? true;
  if (!(kind in OPENAI_ROOTS) && !kind.startsWith("gemini-")) throw new TypeError(`unknown kind ${kind}`);
  const { validate, gemini } = compiled(kind, dialect, strict, required);
  const errors: string[] = [];
  let subject = payload;
  if (gemini) {
    const target = kind === "gemini-error" && isRecord(payload) ? payload.error : payload;
    const checked = checkGeminiPayload(target, gemini.root, gemini.defs, strict);
    errors.push(...checked.errors);
    subject = kind === "gemini-error" && isRecord(payload) ? { ...payload, error: checked.payload } : checked.payload;
  } else if (strict && (options.allowGoogleExtensions ?? true)) {
    subject = withoutPaths(payload, GOOGLE_OPENAI_EXTENSIONS[kind as keyof typeof OPENAI_ROOTS]);
  }
  if (!validate(subject)) errors.push(...formatAjvErrors(validate.errors ?? []));
  return { valid: errors.length === 0, errors: [...new Set(errors)] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Splits an SSE body (or a JSON value / JSON array) into payloads; `[DONE]` is skipped. */
export function payloadsOf(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) return [JSON.parse(trimmed)];
  if (trimmed.startsWith("[")) return JSON.parse(trimmed) as unknown[];
  const out: unknown[] = [];
  for (const event of text.split(/\r?\n\r?\n/)) {
    const data = event
      .split(/\r?\n/)
      .filter((l) => l.startsWith("data:"))
      .map((l) => l.slice(5).replace(/^ /, ""))
      .join("\n");
    if (data.trim() !== "" && data.trim() !== "[DONE]") out.push(JSON.parse(data));
  }
  return out;
}
