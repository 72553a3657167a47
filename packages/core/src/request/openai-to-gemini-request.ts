import type { GeminiToOpenAIContext } from "../context/translation-context";
import { GembridgeError } from "../errors/gembridge-error";
import { bareModelId, modelCapabilities, modelMatch } from "../model/model-capabilities";
import { normalizeModelName } from "../model/normalize-model-name";
import { chooseSchemaTarget } from "../schema/choose-schema-target";
import type { Translation } from "../shared/result";
import type { GeminiGenerateContentRequest } from "../wire/gemini";
import type { OpenAIChatRequest } from "../wire/openai";
import { requestStages, STAGE } from "./openai-request-params";
import { openaiGenerationConfigToGemini } from "./openai-to-gemini-generation-config";
import { NO_GOOGLE_EXTENSIONS, readGoogleExtensions } from "./openai-to-gemini-google-extensions";
import { openaiMessagesToGemini } from "./openai-to-gemini-messages";
import { type OpenAIToGeminiRequestOptions, type RequestState, warn } from "./openai-to-gemini-options";
import { repairThoughtSignatures } from "./openai-to-gemini-thought-signatures";
import { openaiToolsToGemini } from "./openai-to-gemini-tools";
import { reportUnsupported, topLevelFields } from "./openai-to-gemini-top-level";
import { expectBoolean, expectRecord, expectString, invalidParam, isRecord, type JsonRecord, readOptional } from "./read-json";

export interface OpenAIToGeminiRequestValue {
  /** Model for the URL: the client's name without Vertex's `google/` prefix; resource paths kept (see `geminiEndpoint`). */
  model: string;
  /** Whether to call `:streamGenerateContent?alt=sse`. */
  stream: boolean;
  body: GeminiGenerateContentRequest;
  /** What the response side needs: pass it to `geminiToOpenAIResponse` / `createGeminiToOpenAIStream`. */
  context: GeminiToOpenAIContext;
}

/**
 * Chat Completions request → Gemini `generateContent` request (docs/readme/request.md has the full table).
 * Pure: no clock, randomness or I/O; the input is never modified. Malformed input throws `GembridgeError`
 * (400, with the offending parameter path) — the function reads its typed argument defensively, so it may be
 * handed unvalidated JSON (docs/decisions/0050-request-reads-defensively.md).
 *
 * @example
 * const { value, warnings } = openaiToGeminiRequest({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] });
 * // value.body → { contents: [{ role: "user", parts: [{ text: "Hi" }] }] }
 */
export function openaiToGeminiRequest(
  request: OpenAIChatRequest,
  options: OpenAIToGeminiRequestOptions = {},
): Translation<OpenAIToGeminiRequestValue> {
  try {
    return translate(request as unknown, options);
  } catch (error) {
    if (error instanceof GembridgeError) throw error;
    // A bug of ours must still surface as our error type; the code tells it apart from bad input.
    throw new GembridgeError("Internal error while translating the request.", { status: 500, code: "internal_error", cause: error });
  }
}

function translate(input: unknown, options: OpenAIToGeminiRequestOptions): Translation<OpenAIToGeminiRequestValue> {
  if (!isRecord(input)) throw new GembridgeError("The request body must be a JSON object.", { code: "invalid_type" });
  const dialect = options.dialect ?? "gemini";
  if (dialect !== "gemini" && dialect !== "vertex") {
    throw new GembridgeError(`Unknown dialect '${String(dialect)}'.`, { code: "invalid_option" });
  }
  const clientModel = expectString(input.model, "model");
  const model = normalizeModelName(clientModel);
  if (model === "") throw invalidParam("model", "'model' must not be empty.");
  const capabilities = modelCapabilities(model, options.capabilities);
  const state: RequestState = {
    dialect,
    strict: options.strict ?? false,
    model,
    capabilities,
    defaultImageMimeType: options.defaultImageMimeType ?? "image/jpeg",
    historyThoughts: options.historyThoughts ?? "keep",
    thoughtTagMarker: undefined,
    detailLevels: [],
    undetailedImages: [],
    schemaTarget: options.schemaTarget ?? chooseSchemaTarget({ dialect, model }),
    signatureStore: options.signatureStore,
    warnings: [],
    stages: requestStages(input),
  };
  if (options.capabilities === undefined) warnUnknownModel(state);
  const google = (state.stages & STAGE.google) === 0 ? NO_GOOGLE_EXTENSIONS : readGoogleExtensions(input, state);
  const marker = google.values.thought_tag_marker;
  if (marker !== undefined && marker !== null) {
    const text = expectString(marker, google.pathOf("thought_tag_marker"));
    if (text !== "") state.thoughtTagMarker = text;
  }

  const { contents, origins, systemInstruction } = openaiMessagesToGemini(input.messages, state);
  repairThoughtSignatures(contents, origins, state, options);
  const { tools, toolConfig } = openaiToolsToGemini(input, google, state);
  const generationConfig = openaiGenerationConfigToGemini(input, google, state);
  const extra = topLevelFields(input, google, state);
  reportUnsupported(input, google, state);

  const body: GeminiGenerateContentRequest = { contents };
  if (systemInstruction !== undefined) body.systemInstruction = systemInstruction;
  if (tools !== undefined) body.tools = tools;
  if (toolConfig !== undefined) body.toolConfig = toolConfig;
  if (extra.safetySettings !== undefined) body.safetySettings = extra.safetySettings;
  if (generationConfig !== undefined) body.generationConfig = generationConfig;
  if (extra.cachedContent !== undefined) body.cachedContent = extra.cachedContent;
  if (extra.labels !== undefined) body.labels = extra.labels;
  if (extra.modelArmorConfig !== undefined) body.modelArmorConfig = extra.modelArmorConfig;
  if (extra.serviceTier !== undefined) body.serviceTier = extra.serviceTier;

  const streamRaw = (state.stages & STAGE.stream) === 0 ? undefined : readOptional(input, "stream");
  const stream = streamRaw === undefined ? false : expectBoolean(streamRaw, "stream");
  const context = responseContext(input, clientModel, generationConfig?.thinkingConfig?.includeThoughts, state, options);
  return { value: { model, stream, body, context }, warnings: state.warnings };
}

function responseContext(
  input: JsonRecord,
  clientModel: string,
  includeThoughts: boolean | undefined,
  state: RequestState,
  options: OpenAIToGeminiRequestOptions,
): GeminiToOpenAIContext {
  const context: GeminiToOpenAIContext = { model: clientModel, signatureMode: options.signatureMode ?? "extra_content" };
  if (options.signatureStore !== undefined) context.signatureStore = options.signatureStore;
  if (includeThoughts !== undefined) context.includeThoughts = includeThoughts;
  if (state.thoughtTagMarker !== undefined) context.thoughtTagMarker = state.thoughtTagMarker;
  const streamOptions = (state.stages & STAGE.stream) === 0 ? undefined : readOptional(input, "stream_options");
  if (streamOptions !== undefined) {
    const include = readOptional(expectRecord(streamOptions, "stream_options"), "include_usage");
    if (include !== undefined) context.includeUsage = expectBoolean(include, "stream_options.include_usage");
  }
  return context;
}

/**
 * A Gemini model the capability table does not name gets a generation's row (or the unknown-model defaults): say
 * which, so the caller can pass `options.capabilities` when the guess is wrong. Names that are no Gemini model id
 * (tuned models, endpoints, a gateway's aliases) get the defaults silently: they would warn on every request.
 */
function warnUnknownModel(state: RequestState): void {
  const match = modelMatch(state.model);
  if (match.kind === "model") return;
  if (match.kind === "family") {
    warn(state, "model", "unknown_model", `model '${state.model}' is not in the capability table; used the rules of its family row '${match.prefix}'`);
    return;
  }
  const id = bareModelId(state.model);
  if (!id.startsWith("gemini-") && !id.startsWith("gemma-")) return;
  warn(state, "model", "unknown_model", `model '${state.model}' is not in the capability table; used the defaults for unknown models (thinking levels, no signature bypass values)`);
}
