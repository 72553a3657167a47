import type { GeminiPart } from "../wire/gemini";
import { openaiContentPartToGemini } from "./openai-to-gemini-content-part";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { openaiToolCallsToGemini, parseArguments, signatureOf, type ToolCallRegistry } from "./openai-to-gemini-tool-calls";
import { expectArray, expectRecord, expectString, isRecord, type JsonRecord, readOptional } from "./read-json";
import { splitThoughtTags } from "./split-thought-tags";

/**
 * An assistant message → the parts of one `model` turn: thoughts first (`reasoning_content`, or text inside the
 * thought tag marker), then text, refusal and function calls in the order OpenAI lists them
 * (docs/decisions/0054-history-thoughts-and-signatures.md).
 */
export function openaiAssistantToGemini(
  message: JsonRecord,
  path: string,
  state: RequestState,
  registry: ToolCallRegistry,
): GeminiPart[] {
  const parts: GeminiPart[] = [];
  const reasoning = readOptional(message, "reasoning_content");
  if (reasoning !== undefined) {
    const text = expectString(reasoning, `${path}.reasoning_content`);
    if (text !== "" && state.historyThoughts === "keep") parts.push({ text, thought: true });
  }
  const allThought = messageThoughtFlag(message, path);
  const content = readOptional(message, "content");
  if (typeof content === "string") pushText(parts, content, allThought, state);
  else if (content !== undefined) {
    const items = expectArray(content, `${path}.content`);
    for (let j = 0; j < items.length; j++) {
      const part = openaiContentPartToGemini(items[j], `${path}.content[${j}]`, state);
      if (part === undefined) continue;
      if (part.text !== undefined && part.thought !== true && part.thoughtSignature === undefined) {
        pushText(parts, part.text, allThought, state);
      } else if (part.thought !== true || state.historyThoughts === "keep") parts.push(part);
    }
  }
  const refusal = readOptional(message, "refusal");
  if (refusal !== undefined) {
    const text = expectString(refusal, `${path}.refusal`);
    if (text !== "") {
      parts.push({ text });
      warn(state, `${path}.refusal`, "approximated", "Gemini has no refusal field; the refusal was sent as model text");
    }
  }
  const toolCalls = readOptional(message, "tool_calls");
  if (toolCalls !== undefined) {
    for (const part of openaiToolCallsToGemini(toolCalls, `${path}.tool_calls`, state, registry)) parts.push(part);
  }
  const legacyCall = readOptional(message, "function_call");
  if (legacyCall !== undefined) parts.push(legacyFunctionCall(legacyCall, `${path}.function_call`));
  if (readOptional(message, "audio") !== undefined) {
    warn(state, `${path}.audio`, "dropped", "earlier audio answers cannot be referred to by id on Gemini");
  }
  placeMessageSignature(parts, signatureOf(message, path));
  return parts;
}

function pushText(parts: GeminiPart[], text: string, allThought: boolean, state: RequestState): void {
  if (text === "") return;
  if (allThought) {
    if (state.historyThoughts === "keep") parts.push({ text, thought: true });
    return;
  }
  if (state.thoughtTagMarker === undefined) {
    parts.push({ text });
    return;
  }
  for (const segment of splitThoughtTags(text, state.thoughtTagMarker)) {
    if (!segment.thought) parts.push({ text: segment.text });
    else if (state.historyThoughts === "keep") parts.push({ text: segment.text, thought: true });
  }
}

function messageThoughtFlag(message: JsonRecord, path: string): boolean {
  const extra = readOptional(message, "extra_content");
  if (!isRecord(extra)) return false;
  const google = readOptional(extra, "google");
  if (google === undefined) return false;
  return readOptional(expectRecord(google, `${path}.extra_content.google`), "thought") === true;
}

function legacyFunctionCall(raw: unknown, path: string): GeminiPart {
  const call = expectRecord(raw, path);
  const name = expectString(call.name, `${path}.name`);
  return { functionCall: { name, args: parseArguments(readOptional(call, "arguments"), `${path}.arguments`) } };
}

/**
 * The message-level signature belongs to the answer text (Gemini signs the first non-thought part, or the last
 * part of a text answer; the response side folds both into the message). With no text it goes to the first
 * function call if that call has none; otherwise it rides on an empty text part at the end, the form Gemini
 * itself streams (https://ai.google.dev/gemini-api/docs/thought-signatures). Never copied onto a second part.
 */
function placeMessageSignature(parts: GeminiPart[], signature: string | undefined): void {
  if (signature === undefined) return;
  const text = parts.find((part) => part.text !== undefined && part.thought !== true);
  if (text !== undefined) {
    if (text.thoughtSignature === undefined) text.thoughtSignature = signature;
    return;
  }
  const call = parts.find((part) => part.functionCall !== undefined);
  if (call !== undefined && !parts.some((part) => part.thoughtSignature !== undefined)) {
    call.thoughtSignature = signature;
    return;
  }
  if (!parts.some((part) => part.thoughtSignature === signature)) parts.push({ text: "", thoughtSignature: signature });
}
