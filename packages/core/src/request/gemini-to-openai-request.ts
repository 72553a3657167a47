import { GembridgeError } from "../errors/gembridge-error";
import type { Translation } from "../shared/result";
import type { GeminiGenerateContentRequest } from "../wire/gemini";
import { readGeminiRequest } from "../normalize/read-gemini-request";
import type { OpenAIChatRequest, OpenAIMessage } from "../wire/openai";
import { joinPath } from "../shared/result";
import { geminiGenerationConfigToOpenAI } from "./gemini-to-openai-generation-config";
import { geminiContentsToOpenAIMessages } from "./gemini-to-openai-messages";
import { type GeminiToOpenAIRequestOptions, type GeminiToOpenAIState, snakeCaseKeys, warn } from "./gemini-to-openai-options";
import { geminiSchemaToOpenAIJsonSchema } from "./gemini-to-openai-schema";
import { geminiToolConfigToOpenAI, geminiToolsToOpenAI } from "./gemini-to-openai-tools";

export type { GeminiToOpenAIRequestOptions } from "./gemini-to-openai-options";

/** Gemini `serviceTier` (SDK spelling) → OpenAI `service_tier`. */
export const SERVICE_TIER_MAP = {
  standard: "default",
  flex: "flex",
  priority: "priority",
} as const satisfies Record<string, string>;

/**
 * A native Gemini `GenerateContentRequest` (from the `@google/genai` SDK, Gemini CLI, Vertex clients) → a Chat
 * Completions request for an OpenAI-compatible backend. `systemInstruction` → one system message; `contents` →
 * messages (see `geminiContentsToOpenAIMessages`); `generationConfig` → sampling, `response_format`,
 * `reasoning_effort`; `tools`/`toolConfig` → `tools`/`tool_choice`. Gemini-only settings become warnings, or
 * `extra_body.google` with `options.forwardGoogleExtensions`. The request is read with `readGeminiRequest`
 * first (unvalidated JSON gets a 400 `GembridgeError` with the param path, never a TypeError; decision 0110).
 * The mapping table with every loss: docs/readme/reverse.md.
 *
 * @example
 * geminiToOpenAIRequest({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }, { model: "gpt-4o" }).value
 * // → { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] }
 */
export function geminiToOpenAIRequest(
  request: GeminiGenerateContentRequest,
  options: GeminiToOpenAIRequestOptions,
): Translation<OpenAIChatRequest> {
  try {
    // The read value is translated: it reads proto3 JSON as Google does (`null` = unset, snake_case names), and is
    // the input itself when nothing needed rewriting (Struct contents such as `args` are never copied).
    return translate(readGeminiRequest(request), options);
  } catch (cause) {
    if (cause instanceof GembridgeError) throw cause;
    if (cause instanceof RangeError) {
      throw new GembridgeError("The request is nested too deeply to translate.", { status: 400, code: "invalid_structure", cause });
    }
    // A bug of ours must still surface as our error type; the code tells it apart from bad input.
    throw new GembridgeError("Internal error while translating the request.", { status: 500, code: "internal_error", cause });
  }
}

function translate(request: GeminiGenerateContentRequest, options: GeminiToOpenAIRequestOptions): Translation<OpenAIChatRequest> {
  const state: GeminiToOpenAIState = { options, warnings: [] };
  const google: Record<string, unknown> = {};
  const messages: OpenAIMessage[] = [];
  if (request.systemInstruction !== undefined) {
    const texts: string[] = [];
    (request.systemInstruction.parts ?? []).forEach((part, j) => {
      if (part.text !== undefined) texts.push(part.text);
      else warn(state, joinPath("systemInstruction", "parts", j), "dropped", "system instructions are text only");
    });
    if (texts.length > 0) {
      messages.push({ role: "system", content: texts.length === 1 ? (texts[0] ?? "") : texts.map((text) => ({ type: "text", text })) });
    }
  }
  const config = request.generationConfig ?? {};
  messages.push(...geminiContentsToOpenAIMessages(request.contents, state, config.mediaResolution));
  const out: OpenAIChatRequest = { model: options.model, messages };
  Object.assign(out, geminiGenerationConfigToOpenAI(config, state, geminiSchemaToOpenAIJsonSchema, google));
  if (request.tools !== undefined) {
    const tools = geminiToolsToOpenAI(request.tools, state, geminiSchemaToOpenAIJsonSchema, google);
    if (tools.length > 0) out.tools = tools;
  }
  if (request.toolConfig !== undefined) {
    const choice = geminiToolConfigToOpenAI(request.toolConfig, state, google);
    if (choice !== undefined) out.tool_choice = choice;
  }
  if (options.stream === true) {
    out.stream = true;
    out.stream_options = { include_usage: true };
  }
  if (request.serviceTier !== undefined) {
    const tier = (SERVICE_TIER_MAP as Record<string, string>)[request.serviceTier.toLowerCase()];
    if (tier !== undefined) out.service_tier = tier;
    else warn(state, "serviceTier", "dropped", `service tier ${request.serviceTier} has no OpenAI value`);
  }
  extensions(request, state, google);
  if (Object.keys(google).length > 0) out.extra_body = { google };
  return { value: out, warnings: state.warnings };
}

/** Request-level Gemini settings Google's compat endpoint reads from `extra_body.google` (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). */
function extensions(request: GeminiGenerateContentRequest, state: GeminiToOpenAIState, google: Record<string, unknown>): void {
  const forward = state.options.forwardGoogleExtensions === true;
  const forwardable = { safetySettings: "safety_settings", cachedContent: "cached_content", labels: "labels" } as const;
  for (const [field, key] of Object.entries(forwardable)) {
    const value = request[field as keyof typeof forwardable];
    if (value === undefined) continue;
    if (forward) google[key] = snakeCaseKeys(value);
    else warn(state, field, "dropped", `${field} has no OpenAI field (set forwardGoogleExtensions for a Google-aware backend)`);
  }
  if (request.modelArmorConfig !== undefined) warn(state, "modelArmorConfig", "dropped", "Model Armor has no OpenAI or compat field");
  if (request.model !== undefined) warn(state, "model", "defaulted", "the body's model is replaced by options.model");
}
