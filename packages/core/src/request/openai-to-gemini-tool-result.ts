import { decodeToolCallIdSignature } from "../signature/tool-call-id-signature";
import { withoutCutSuffix } from "./openai-to-gemini-tool-calls";
import type { GeminiFunctionResponsePart, GeminiPart } from "../wire/gemini";
import { openaiContentPartToGemini } from "./openai-to-gemini-content-part";
import { type RequestState, warn } from "./openai-to-gemini-options";
import type { ToolCallRegistry } from "./openai-to-gemini-tool-calls";
import { expectArray, expectJsonTextDepth, expectRecord, expectString, invalidParam, isRecord, type JsonRecord, readOptional } from "./read-json";

/**
 * The key that wraps a tool result that is not a JSON object: `{ "output": <text> }`, Google's documented
 * convention for `FunctionResponse.response` (https://ai.google.dev/api/caching#Part). docs/decisions/0053-tool-result-wrapping.md.
 */
export const TOOL_OUTPUT_KEY = "output";

/**
 * A `tool` message → one `functionResponse` part (plus, where the target cannot hold them inside the function
 * response, sibling media parts). The function name comes from the earlier call with the same (decoded) id.
 */
export function openaiToolMessageToGemini(
  message: JsonRecord,
  path: string,
  state: RequestState,
  registry: ToolCallRegistry,
): GeminiPart[] {
  const rawId = expectString(message.tool_call_id, `${path}.tool_call_id`);
  const id = withoutCutSuffix(decodeToolCallIdSignature(rawId)).id;
  const name = registry.get(id) ?? registry.get(rawId);
  if (name === undefined) {
    throw invalidParam(
      `${path}.tool_call_id`,
      `'${path}.tool_call_id' (${rawId}) does not match any earlier assistant tool call.`,
      "unknown_tool_call_id",
    );
  }
  const media: GeminiPart[] = [];
  const text = toolContent(readOptional(message, "content"), `${path}.content`, state, media);
  extraParts(message, path, state, media);
  const response = parsedToolOutput(text, `${path}.content`);
  return functionResponseParts({ id, name, response }, media, path, state);
}

/** A legacy `function` message (deprecated OpenAI form): name given, no id. */
export function openaiFunctionMessageToGemini(message: JsonRecord, path: string, state: RequestState): GeminiPart[] {
  const name = expectString(message.name, `${path}.name`);
  const text = toolContent(readOptional(message, "content") ?? "", `${path}.content`, state, []);
  return [{ functionResponse: { name, response: parsedToolOutput(text, `${path}.content`) } }];
}

/**
 * `wrapToolOutput`, plus: parsed JSON deeper than MAX_JSON_DEPTH → 400 json_too_deep (decision 0152), checked on the
 * text (decision 0161). Text kept as `{ output: text }` is one level deep whatever brackets it contains; a parsed
 * object never has `output` equal to its own source text (the text would have to contain itself, quoted).
 */
function parsedToolOutput(text: string, path: string): JsonRecord {
  const response = wrapToolOutput(text);
  if (response[TOOL_OUTPUT_KEY] !== text) expectJsonTextDepth(text, path);
  return response;
}

/** JSON object text → that object; anything else (plain text, arrays, numbers) → `{ output: text }`, unparsed. */
export function wrapToolOutput(text: string): JsonRecord {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) return parsed;
    } catch {
      // Not JSON after all: wrapped as text below.
    }
  }
  return { [TOOL_OUTPUT_KEY]: text };
}

function toolContent(content: unknown, path: string, state: RequestState, media: GeminiPart[]): string {
  if (content === undefined) return "";
  if (typeof content === "string") return content;
  const items = expectArray(content, path);
  const texts: string[] = [];
  for (let j = 0; j < items.length; j++) {
    const part = openaiContentPartToGemini(items[j], `${path}[${j}]`, state);
    if (part === undefined) continue;
    if (part.text !== undefined) texts.push(part.text);
    else media.push(part);
  }
  // A function response holds one value: the part boundaries are lost (the reverse side returns one string).
  if (texts.length > 1) warn(state, path, "approximated", `${texts.length} text parts were joined into one function result`);
  return texts.join("");
}

function extraParts(message: JsonRecord, path: string, state: RequestState, media: GeminiPart[]): void {
  const extra = readOptional(message, "extra_content");
  if (extra === undefined) return;
  const google = readOptional(expectRecord(extra, `${path}.extra_content`), "google");
  if (google === undefined) return;
  const rawParts = readOptional(expectRecord(google, `${path}.extra_content.google`), "parts");
  if (rawParts === undefined) return;
  const parts = expectArray(rawParts, `${path}.extra_content.google.parts`);
  for (let k = 0; k < parts.length; k++) {
    const partPath = `${path}.extra_content.google.parts[${k}]`;
    const item = expectRecord(parts[k], partPath);
    const inline = readOptional(item, "inline_data") ?? readOptional(item, "inlineData");
    const file = readOptional(item, "file_data") ?? readOptional(item, "fileData");
    if (inline !== undefined) {
      const record = expectRecord(inline, `${partPath}.inline_data`);
      media.push({ inlineData: { ...mediaFields(record, `${partPath}.inline_data`, state), data: field(record, "data", "data", `${partPath}.inline_data`) } });
    } else if (file !== undefined) {
      const record = expectRecord(file, `${partPath}.file_data`);
      media.push({ fileData: { ...mediaFields(record, `${partPath}.file_data`, state), fileUri: field(record, "file_uri", "fileUri", `${partPath}.file_data`) } });
    }
    else throw invalidParam(partPath, `'${partPath}' needs 'inline_data' or 'file_data'.`);
  }
}

function field(record: JsonRecord, snake: string, camel: string, path: string): string {
  return expectString(readOptional(record, snake) ?? readOptional(record, camel), `${path}.${snake}`);
}

/** `mime_type` and `display_name` (snake_case or camelCase); `displayName` only where the dialect has it (Vertex). */
function mediaFields(record: JsonRecord, path: string, state: RequestState): { mimeType?: string; displayName?: string } {
  const out: { mimeType?: string; displayName?: string } = {};
  const mimeType = readOptional(record, "mime_type") ?? readOptional(record, "mimeType");
  if (mimeType !== undefined) out.mimeType = expectString(mimeType, `${path}.mime_type`);
  const displayName = readOptional(record, "display_name") ?? readOptional(record, "displayName");
  if (displayName !== undefined) {
    if (state.dialect === "vertex") out.displayName = expectString(displayName, `${path}.display_name`);
    else warn(state, `${path}.display_name`, "dropped", "display_name exists on Vertex AI only");
  }
  return out;
}

/**
 * Media returned by a function: inside `functionResponse.parts` when the model takes multimodal function
 * responses (Gemini 3) and the dialect has the field (`fileData` there is Vertex only, https://ai.google.dev/gemini-api/docs/migrate-to-cloud);
 * otherwise as parts of the same user turn right after the function response, with a warning.
 */
function functionResponseParts(
  response: { id: string; name: string; response: JsonRecord },
  media: GeminiPart[],
  path: string,
  state: RequestState,
): GeminiPart[] {
  const inside: GeminiFunctionResponsePart[] = [];
  const outside: GeminiPart[] = [];
  for (const part of media) {
    const fits = state.capabilities.multimodalFunctionResponses && (part.inlineData !== undefined || state.dialect === "vertex");
    if (fits && part.inlineData !== undefined) inside.push({ inlineData: part.inlineData });
    else if (fits && part.fileData !== undefined) inside.push({ fileData: part.fileData });
    else outside.push(part);
  }
  if (outside.length > 0) {
    warn(state, path, "approximated", "function-result media the target cannot hold in functionResponse.parts was sent as parts of the same user turn");
  }
  const functionResponse = inside.length === 0 ? response : { ...response, parts: inside };
  return [{ functionResponse }, ...outside];
}
