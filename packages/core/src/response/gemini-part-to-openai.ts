import type { GeminiPart } from "../wire/gemini";

/**
 * What one Gemini `Part` becomes on the OpenAI side, before it is placed into a message (non-streamed) or a delta
 * (streamed). Both translators call {@link geminiPartToOpenAI} per part and differ only in how they accumulate.
 * `signature` is the part's `thoughtSignature`, kept on every kind so none is ever lost.
 */
export type OpenAIPartFragment =
  /** Visible text (`""` is real: Gemini sends empty text parts that only carry a signature). */
  | { kind: "text"; text: string; signature?: string }
  /** `thought: true` text: `reasoning_content`, or dropped when thoughts were not requested (signature kept). */
  | { kind: "thought"; text: string; signature?: string }
  /** `functionCall` → one `tool_calls[]` entry. `id` is Gemini's id when it sent one. */
  | { kind: "tool_call"; id?: string; name: string; arguments: string; signature?: string }
  /** `inlineData` image or audio bytes (base64) → `message.audio` / `message.images`. */
  | { kind: "media"; mimeType: string; data: string; signature?: string }
  /** `executableCode` / `codeExecutionResult`: readable fenced `text` for `content`, and the part itself kept raw. */
  | { kind: "code"; text: string; raw: GeminiPart; signature?: string }
  /** Anything with no OpenAI place (server-side `toolCall`/`toolResponse`, `fileData`, other MIME types, unknown). */
  | { kind: "opaque"; raw: GeminiPart; signature?: string };

/** Fence info strings for `codeExecutionResult.outcome`: a failed run must read as a failure, not as output. */
export const CODE_OUTCOME_FENCE_INFO = {
  OUTCOME_UNSPECIFIED: "output",
  OUTCOME_OK: "output",
  OUTCOME_FAILED: "error",
  OUTCOME_DEADLINE_EXCEEDED: "timeout",
} as const satisfies Record<string, string>;

/** A Markdown fenced block whose fence is longer than any backtick run inside `body`, so the block cannot break. */
export function fenceBlock(info: string, body: string): string {
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}${body.endsWith("\n") || body === "" ? "" : "\n"}${fence}\n`;
}

/**
 * Separator to put before a code block appended to `previous` content: blocks start on their own line. The streaming
 * translator only needs the last character it emitted: `codeBlockSeparator(lastChar)`.
 */
export function codeBlockSeparator(previous: string): string {
  return previous === "" || previous.endsWith("\n") ? "" : "\n";
}

/** Adds the part's signature to a fragment this module just built (its own object: writing to it mutates nothing of the caller's). */
function withSignature(fragment: OpenAIPartFragment, part: GeminiPart): OpenAIPartFragment {
  if (part.thoughtSignature !== undefined) fragment.signature = part.thoughtSignature;
  return fragment;
}

function isMediaMime(mimeType: string): boolean {
  return mimeType.startsWith("image/") || mimeType.startsWith("audio/");
}

/**
 * Converts one part. Pure and total: every part, including unknown future kinds, maps to some fragment.
 *
 * @example geminiPartToOpenAI({ functionCall: { name: "f", args: { a: 1 } }, thoughtSignature: "EjQK" })
 * // { kind: "tool_call", name: "f", arguments: '{"a":1}', signature: "EjQK" }
 */
export function geminiPartToOpenAI(part: GeminiPart): OpenAIPartFragment {
  if (part.functionCall !== undefined) {
    const call = part.functionCall;
    const fragment: Extract<OpenAIPartFragment, { kind: "tool_call" }> = { kind: "tool_call", name: call.name ?? "", arguments: JSON.stringify(call.args ?? {}) };
    if (call.id !== undefined) fragment.id = call.id;
    return withSignature(fragment, part);
  }
  if (part.executableCode !== undefined) {
    const language = (part.executableCode.language ?? "").toLowerCase();
    const info = language === "language_unspecified" ? "" : language;
    return withSignature({ kind: "code" as const, text: fenceBlock(info, part.executableCode.code ?? ""), raw: part }, part);
  }
  if (part.codeExecutionResult !== undefined) {
    const outcome = part.codeExecutionResult.outcome ?? "OUTCOME_UNSPECIFIED";
    const info = (CODE_OUTCOME_FENCE_INFO as Record<string, string>)[outcome] ?? "output";
    const text = fenceBlock(info, part.codeExecutionResult.output ?? "");
    return withSignature({ kind: "code" as const, text, raw: part }, part);
  }
  const inline = part.inlineData;
  if (inline !== undefined && inline.data !== undefined && isMediaMime(inline.mimeType ?? "")) {
    return withSignature({ kind: "media" as const, mimeType: inline.mimeType ?? "", data: inline.data }, part);
  }
  if (part.text !== undefined) {
    return withSignature({ kind: part.thought === true ? ("thought" as const) : ("text" as const), text: part.text }, part);
  }
  const keys = Object.keys(part).filter((key) => key !== "thoughtSignature" && key !== "thought");
  // A part with nothing but a signature (`{ thoughtSignature }`) is a signature-carrying empty text part.
  if (keys.length === 0 && part.thoughtSignature !== undefined) {
    return withSignature({ kind: part.thought === true ? ("thought" as const) : ("text" as const), text: "" }, part);
  }
  return withSignature({ kind: "opaque" as const, raw: part }, part);
}
