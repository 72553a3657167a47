import type { GeminiContent, GeminiPart } from "../wire/gemini";
import { openaiAssistantToGemini } from "./openai-to-gemini-assistant";
import { openaiContentPartToGemini, textOfContent } from "./openai-to-gemini-content-part";
import { type RequestState, warn } from "./openai-to-gemini-options";
import type { ToolCallRegistry } from "./openai-to-gemini-tool-calls";
import { openaiFunctionMessageToGemini, openaiToolMessageToGemini } from "./openai-to-gemini-tool-result";
import { expectArray, expectRecord, expectString, invalidParam, isRecord, readOptional } from "./read-json";

export interface GeminiMessages {
  contents: GeminiContent[];
  /** First message index of each content (for warning paths). */
  origins: number[];
  systemInstruction: GeminiContent | undefined;
}

/**
 * `messages[]` → `contents` + `systemInstruction` in one pass, no recursion (README "Requests"):
 * system and developer messages, wherever they appear, become `systemInstruction` parts in order (Gemini has no
 * mid-conversation system slot); user → `user`, assistant → `model`, tool/function results → `user`;
 * consecutive turns of the same role are merged; turns without parts are not sent. Every content carries its
 * role (Vertex rejects contents without one).
 */
export function openaiMessagesToGemini(raw: unknown, state: RequestState): GeminiMessages {
  const messages = expectArray(raw, "messages");
  const contents: GeminiContent[] = [];
  const origins: number[] = [];
  const system: GeminiPart[] = [];
  // Built on the first assistant or tool message: a plain chat needs none.
  let registry: ToolCallRegistry | undefined;
  for (let i = 0; i < messages.length; i++) {
    const item = messages[i];
    // Paths are built only where a message needs one (an error, a warning, a nested read): most are one string.
    const message = isRecord(item) ? item : expectRecord(item, `messages[${i}]`);
    const role = typeof message.role === "string" ? message.role : expectString(message.role, `messages[${i}].role`);
    if (readOptional(message, "name") !== undefined && role !== "function") {
      warn(state, `messages[${i}].name`, "dropped", "Gemini contents have no participant name");
    }
    const content = message.content;
    switch (role) {
      case "system":
      case "developer":
        if (typeof content === "string") {
          if (content !== "") system.push({ text: content });
        } else for (const text of textOfContent(content, `messages[${i}].content`, state)) system.push({ text });
        break;
      case "user":
        pushTurn(contents, origins, i, "user", typeof content === "string" ? textParts(content) : userParts(content, `messages[${i}].content`, state));
        break;
      case "assistant":
        registry ??= new Map();
        pushTurn(contents, origins, i, "model", openaiAssistantToGemini(message, `messages[${i}]`, state, registry));
        break;
      case "tool":
        registry ??= new Map();
        pushTurn(contents, origins, i, "user", openaiToolMessageToGemini(message, `messages[${i}]`, state, registry));
        break;
      case "function":
        pushTurn(contents, origins, i, "user", openaiFunctionMessageToGemini(message, `messages[${i}]`, state));
        break;
      default:
        throw invalidParam(`messages[${i}].role`, `Unsupported role '${role}' at 'messages[${i}].role'.`);
    }
  }
  if (contents.length === 0) {
    throw invalidParam("messages", "'messages' must contain at least one user, assistant or tool message with content.");
  }
  return { contents, origins, systemInstruction: system.length === 0 ? undefined : { parts: system } };
}

function textParts(text: string): GeminiPart[] {
  return text === "" ? [] : [{ text }];
}

function userParts(content: unknown, path: string, state: RequestState): GeminiPart[] {
  const items = expectArray(content, path);
  const parts: GeminiPart[] = [];
  for (let j = 0; j < items.length; j++) {
    const part = openaiContentPartToGemini(items[j], `${path}[${j}]`, state);
    if (part !== undefined) parts.push(part);
  }
  return parts;
}

/** Appends parts to the last turn when it has the same role (a loop, not a spread: turns can be huge). */
function pushTurn(
  contents: GeminiContent[],
  origins: number[],
  index: number,
  role: "user" | "model",
  parts: GeminiPart[],
): void {
  if (parts.length === 0) return;
  const last = contents[contents.length - 1];
  if (last !== undefined && last.role === role && last.parts !== undefined) {
    for (const part of parts) last.parts.push(part);
    return;
  }
  contents.push({ role, parts });
  origins.push(index);
}
