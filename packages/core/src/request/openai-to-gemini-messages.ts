import type { GeminiContent, GeminiPart } from "../wire/gemini";
import { openaiAssistantToGemini } from "./openai-to-gemini-assistant";
import { openaiContentPartToGemini, textOfContent } from "./openai-to-gemini-content-part";
import { type RequestState, warn } from "./openai-to-gemini-options";
import type { ToolCallRegistry } from "./openai-to-gemini-tool-calls";
import { openaiFunctionMessageToGemini, openaiToolMessageToGemini } from "./openai-to-gemini-tool-result";
import { expectArray, expectRecord, expectString, invalidParam, readOptional } from "./read-json";

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
  const registry: ToolCallRegistry = new Map();
  for (let i = 0; i < messages.length; i++) {
    const path = `messages[${i}]`;
    const message = expectRecord(messages[i], path);
    const role = expectString(message.role, `${path}.role`);
    if (readOptional(message, "name") !== undefined && role !== "function") {
      warn(state, `${path}.name`, "dropped", "Gemini contents have no participant name");
    }
    switch (role) {
      case "system":
      case "developer":
        for (const text of textOfContent(message.content, `${path}.content`, state)) system.push({ text });
        break;
      case "user":
        pushTurn(contents, origins, i, "user", userParts(message.content, `${path}.content`, state));
        break;
      case "assistant":
        pushTurn(contents, origins, i, "model", openaiAssistantToGemini(message, path, state, registry));
        break;
      case "tool":
        pushTurn(contents, origins, i, "user", openaiToolMessageToGemini(message, path, state, registry));
        break;
      case "function":
        pushTurn(contents, origins, i, "user", openaiFunctionMessageToGemini(message, path, state));
        break;
      default:
        throw invalidParam(`${path}.role`, `Unsupported role '${role}' at '${path}.role'.`);
    }
  }
  if (contents.length === 0) {
    throw invalidParam("messages", "'messages' must contain at least one user, assistant or tool message with content.");
  }
  return { contents, origins, systemInstruction: system.length === 0 ? undefined : { parts: system } };
}

function userParts(content: unknown, path: string, state: RequestState): GeminiPart[] {
  if (typeof content === "string") return content === "" ? [] : [{ text: content }];
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
