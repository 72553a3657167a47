import type { GeminiContent, GeminiPart } from "../wire/gemini";
import type { OpenAIAssistantMessage, OpenAIMessage, OpenAIToolCall, OpenAIUserContentPart } from "../wire/openai";
import { GembridgeError } from "../errors/gembridge-error";
import { joinPath } from "../shared/result";
import { geminiPartToOpenAIUserPart } from "./gemini-to-openai-content-part";
import { type GeminiToOpenAIState, warn } from "./gemini-to-openai-options";
import { geminiFunctionResponseToToolMessage } from "./gemini-to-openai-tool-result";

interface IssuedCall {
  id: string;
  name: string;
  answered: boolean;
  contentIndex: number;
}

/**
 * `contents` → messages. `model` turns become assistant messages (text → `content`, thoughts → `reasoning_content`,
 * calls → `tool_calls`); `user` turns become `tool` messages for their function responses, then one user message
 * for the rest. Call ids: Gemini's own `id` when present, else `call_<content>_<part>` — deterministic, so the same
 * history always yields the same request. A response without an id answers the earliest unanswered call with its
 * name (Gemini's rule: responses follow calls in order). See docs/decisions/0080.
 */
export function geminiContentsToOpenAIMessages(
  contents: readonly GeminiContent[],
  state: GeminiToOpenAIState,
  requestResolution: string | undefined,
): OpenAIMessage[] {
  const messages: OpenAIMessage[] = [];
  const calls: IssuedCall[] = [];
  contents.forEach((content, i) => {
    const path = joinPath("contents", i);
    const role = content.role ?? "user";
    if (role === "model") messages.push(assistantMessage(content.parts ?? [], i, path, state, calls));
    else if (role === "user" || role === "function" || role === "tool") {
      messages.push(...userMessages(content.parts ?? [], path, state, calls, requestResolution));
    } else {
      throw new GembridgeError(`Please use a valid role: user, model (got "${role}")`, { status: 400, code: "invalid_role", param: joinPath(path, "role") });
    }
  });
  const lastContent = contents.length - 1;
  for (const call of calls) {
    if (!call.answered && call.contentIndex !== lastContent) {
      warn(state, joinPath("contents", call.contentIndex), "unanswered_tool_call", `functionCall ${call.name} (${call.id}) has no functionResponse; OpenAI backends usually reject that`);
    }
  }
  return messages;
}

function assistantMessage(parts: readonly GeminiPart[], i: number, path: string, state: GeminiToOpenAIState, calls: IssuedCall[]): OpenAIAssistantMessage {
  const texts: { text: string; thought: boolean }[] = [];
  const thoughts: string[] = [];
  const thoughtMode = state.options.thoughts ?? "reasoning_content";
  const toolCalls: OpenAIToolCall[] = [];
  const unsupported: GeminiPart[] = [];
  let signature: string | undefined;
  const keep = state.options.extraContent !== false;
  parts.forEach((part, j) => {
    const partPath = joinPath(path, "parts", j);
    if (part.functionCall !== undefined) {
      const call = part.functionCall;
      const id = call.id !== undefined && call.id !== "" ? call.id : `call_${i}_${j}`;
      const name = call.name ?? "";
      const toolCall: OpenAIToolCall = { id, type: "function", function: { name, arguments: JSON.stringify(call.args ?? {}) } };
      if (part.thoughtSignature !== undefined) {
        if (keep) toolCall.extra_content = { google: { thought_signature: part.thoughtSignature } };
        else warn(state, joinPath(partPath, "thoughtSignature"), "dropped", "thought signature needs extra_content, which is disabled");
      }
      if (call.partialArgs !== undefined || call.willContinue !== undefined) {
        warn(state, joinPath(partPath, "functionCall", "partialArgs"), "dropped", "streamed argument fragments in history are not replayed; args is used");
      }
      toolCalls.push(toolCall);
      calls.push({ id, name, answered: false, contentIndex: i });
      return;
    }
    if (part.text !== undefined) {
      if (part.thought === true) {
        if (thoughtMode === "reasoning_content") thoughts.push(part.text);
        else if (thoughtMode === "content_part" && keep) texts.push({ text: part.text, thought: true });
        else warn(state, partPath, "dropped", "thought part not sent (options.thoughts)");
      } else if (part.text !== "") texts.push({ text: part.text, thought: false });
      if (part.thoughtSignature !== undefined) {
        if (signature === undefined && keep) signature = part.thoughtSignature;
        else warn(state, joinPath(partPath, "thoughtSignature"), "dropped", keep ? "an assistant message carries one text thought signature; this is a second one" : "thought signature needs extra_content, which is disabled");
      }
      return;
    }
    unsupported.push(part);
    warn(state, partPath, keep ? "unsupported" : "dropped", keep
      ? "a model part with no OpenAI form (media, code execution, built-in tool) is kept in extra_content.google.parts only"
      : "a model part with no OpenAI form (media, code execution, built-in tool) was dropped");
  });
  const message: OpenAIAssistantMessage = {
    role: "assistant",
    content: assistantContent(texts, toolCalls.length > 0),
  };
  if (thoughts.length > 0) message.reasoning_content = thoughts.join("");
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  const google: Record<string, unknown> = {};
  if (signature !== undefined) google.thought_signature = signature;
  if (keep && unsupported.length > 0) google.parts = unsupported;
  if (Object.keys(google).length > 0) message.extra_content = { google };
  return message;
}

/** One plain text → a string; several, or thought-marked ones → text parts (part boundaries kept). */
function assistantContent(texts: readonly { text: string; thought: boolean }[], hasCalls: boolean): OpenAIAssistantMessage["content"] {
  const only = texts[0];
  if (only === undefined) return hasCalls ? null : "";
  if (texts.length === 1 && !only.thought) return only.text;
  return texts.map(({ text, thought }) =>
    thought ? { type: "text" as const, text, extra_content: { google: { thought: true } } } : { type: "text" as const, text },
  );
}

function userMessages(
  parts: readonly GeminiPart[],
  path: string,
  state: GeminiToOpenAIState,
  calls: IssuedCall[],
  requestResolution: string | undefined,
): OpenAIMessage[] {
  const tools: OpenAIMessage[] = [];
  const content: OpenAIUserContentPart[] = [];
  parts.forEach((part, j) => {
    const partPath = joinPath(path, "parts", j);
    if (part.functionResponse !== undefined) {
      const response = part.functionResponse;
      const call = pairCall(response.id, response.name, calls, joinPath(partPath, "functionResponse"));
      if (content.length > 0) {
        warn(state, partPath, "reordered", "OpenAI needs tool results right after the assistant's calls; this user turn's other parts follow them");
      }
      tools.push(geminiFunctionResponseToToolMessage(response, call.id, joinPath(partPath, "functionResponse"), state));
      return;
    }
    if (part.thought === true || part.thoughtSignature !== undefined) {
      warn(state, partPath, "dropped", "thought flag / signature on a user part has no OpenAI field");
    }
    const converted = geminiPartToOpenAIUserPart(part, partPath, state, requestResolution);
    if (converted !== undefined) content.push(converted);
    else warn(state, partPath, "dropped", "this part kind cannot appear in an OpenAI user message");
  });
  if (content.length === 0) return tools;
  const only = content[0];
  const user: OpenAIMessage = { role: "user", content: content.length === 1 && only?.type === "text" ? only.text : content };
  return [...tools, user];
}

function pairCall(id: string | undefined, name: string, calls: IssuedCall[], path: string): IssuedCall {
  const found =
    id !== undefined && id !== ""
      ? calls.find((call) => call.id === id)
      : calls.find((call) => !call.answered && call.name === name);
  if (found === undefined) {
    throw new GembridgeError(
      id !== undefined && id !== ""
        ? `functionResponse id "${id}" does not match any earlier functionCall`
        : `functionResponse "${name}" does not answer any earlier unanswered functionCall with that name`,
      { status: 400, code: "unknown_tool_call_id", param: path },
    );
  }
  found.answered = true;
  return found;
}
