import type { IncomingMessage, ServerResponse } from "node:http";
import { GembridgeError } from "@gembridge/core";
import { readJsonBody } from "../http/read-json-body";
import { sendJson } from "../http/send-json";
import { readUpstreamErrorBody, readUpstreamJson, retryAfter } from "../upstreams/read-upstream-body";
import { sendUpstream } from "../upstreams/send-upstream";
import type { Exchange, GatewayServices } from "./exchange";
import { assertModelServed } from "./models";

/** Marks an answer that is this gateway's estimate, not a tokenizer's count. */
export const ESTIMATE_HEADER = "x-gembridge-token-count";

/** Google's rule of thumb: about four characters per token for Gemini models (https://ai.google.dev/gemini-api/docs/tokens). */
const CHARS_PER_TOKEN = 4;

/** Google's model ids: letters, digits, `.`, `_`, `-` (no `/`, `..`, `?`, `#` or `%` — nothing that moves the URL). */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Inline media is base64 and signatures are opaque bytes, not text; `role` is structure. Left out of the estimate. */
const UNCOUNTED_KEYS = new Set(["inlineData", "fileData", "thoughtSignature", "role"]);

/** Fields of a GenerateContentRequest that Vertex's flat countTokens body also takes. */
const COUNTED_FIELDS = ["contents", "systemInstruction", "tools", "generationConfig"] as const;

/**
 * `POST …/models/{model}:countTokens`. When the Gemini-native side loops through this gateway to a real Gemini API
 * or Vertex upstream, the upstream's own `countTokens` answers (its tokenizer, its error). Otherwise (an
 * OpenAI-compatible backend has no such method; the replay upstream has no tokenizer) the answer is an estimate,
 * four characters per token of the request's text, flagged by `x-gembridge-token-count: estimate` (decision 0177).
 */
export async function countTokens(request: IncomingMessage, response: ServerResponse, exchange: Exchange, services: GatewayServices, model: string) {
  const { config, gemini } = services;
  const body = countedRequest(await readJsonBody(request, config.bodyLimitBytes));
  assertModelServed(config, model);
  exchange.log.model = model;
  if (services.openai.name !== "self" || gemini.name === "replay") {
    sendJson(response, 200, { totalTokens: estimateTokens(body) }, { [ESTIMATE_HEADER]: "estimate" });
    return;
  }
  // This route sends a model from the URL to Google with the gateway's credentials: only a plain model id goes.
  if (!MODEL_ID.test(model)) throw invalid("model", `'${model}' is not a model id this route forwards.`);
  exchange.log.upstream = gemini.name;
  const endpoint = await gemini.endpoint(model, false);
  // Core builds (and validates) the generateContent URL; countTokens is the sibling method on the same resource.
  if (!endpoint.url.endsWith(":generateContent")) {
    throw new GembridgeError("The upstream URL has no :generateContent method to swap for :countTokens.", { status: 500, code: "internal_error" });
  }
  const upstream = await sendUpstream({
    url: `${endpoint.url.slice(0, -":generateContent".length)}:countTokens`,
    headers: endpoint.headers,
    body: JSON.stringify(upstreamBody(body, gemini.dialect, model)),
    idle: services.idle,
    signal: exchange.signal,
    agents: services.agents,
  });
  const status = upstream.response.statusCode ?? 502;
  // Same dialect both sides: Google's answer (count or google.rpc.Status) goes back as it is.
  const answer = status >= 400 ? await readUpstreamErrorBody(upstream, config.upstreamBodyLimitBytes) : await readUpstreamJson(upstream, gemini.name, config.upstreamBodyLimitBytes);
  sendJson(response, status, answer, { [ESTIMATE_HEADER]: "upstream", ...retryAfter(upstream.response.headers["retry-after"]) });
}

type CountedRequest = Partial<Record<(typeof COUNTED_FIELDS)[number], unknown>>;

/** Either body form Google documents: `{contents}` (plus Vertex's flat fields) or `{generateContentRequest: {…}}`. */
function countedRequest(raw: unknown): CountedRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw invalid("", "The request body must be a JSON object.");
  const record = raw as Record<string, unknown>;
  const wrapped = record.generateContentRequest;
  const source = wrapped === undefined ? record : wrapped;
  if (typeof source !== "object" || source === null || Array.isArray(source)) throw invalid("generateContentRequest", "generateContentRequest must be an object.");
  const picked: CountedRequest = {};
  for (const field of COUNTED_FIELDS) {
    const value = (source as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) picked[field] = value;
  }
  if (picked.contents !== undefined && !Array.isArray(picked.contents)) throw invalid("contents", "contents must be an array of Content.");
  return picked;
}

/** Gemini API: `{contents}` alone, or the full request wrapped with its model; Vertex: the flat fields. */
function upstreamBody(body: CountedRequest, dialect: "gemini" | "vertex", model: string): object {
  if (dialect === "vertex") return body;
  const onlyContents = Object.keys(body).every((key) => key === "contents");
  return onlyContents ? { contents: body.contents ?? [] } : { generateContentRequest: { model: `models/${model}`, contents: [], ...body } };
}

/** Characters of every string in the request (text, function names and arguments, schemas) / 4, rounded up. */
export function estimateTokens(body: CountedRequest): number {
  let characters = 0;
  const stack: unknown[] = [body.contents, body.systemInstruction, body.tools];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") characters += value.length;
    else if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (!UNCOUNTED_KEYS.has(key)) stack.push(child);
      }
    }
  }
  return Math.ceil(characters / CHARS_PER_TOKEN);
}

function invalid(param: string, message: string): GembridgeError {
  return new GembridgeError(message, { status: 400, code: "invalid_value", ...(param === "" ? {} : { param }) });
}
