// Hand-written readings of Portkey's probe failures (scripts/peer/probe-peers.mjs), each checked against the diffs
// and the bytes on the wire; `explain` returns the first matching note for a failing check.

/** Checks not counted for either gateway because the mock, not the gateway, caused the failure (none since the relay). */
export const MOCK_LIMITED = [];

const has = (pattern) => (_r, text) => pattern.test(text);
const NOTES = [
  { test: has(/answered 500: \{"status":"failure","message":"Something went wrong"\}/), why: "Portkey threw while translating the request (HTTP 500 \"Something went wrong\"); nothing reached Google." },
  { test: (r) => r.kind === "response" && r.dialect === "vertex" && r.diffs[0]?.startsWith("status: expected 200, got 500"), why: "Vertex stream: Portkey answers 500; its log shows `TypeError: immutable` from appending headers to the upstream fetch Response (Portkey bug, same bytes work with provider google)." },
  { test: has(/Invalid response received from google: \[/), why: "Google's one-element array error envelope is not unwrapped: the raw body becomes the message, type/code null." },
  { test: has(/Invalid response received from google/), why: "An error body with HTTP 200 is not recognised as an error." },
  { test: (r, text) => r.kind === "error" && /got "google error: /.test(text), why: "Message prefixed with `google error: `, Google's status name (`INVALID_ARGUMENT`) as `type` and the number as `code` instead of OpenAI's `invalid_request_error` / string code." },
  { test: (r) => r.kind === "error", why: "Error shape differs from OpenAI's (see first difference)." },
  { test: (r) => r.kind === "request" && r.diffs.every((d) => d.startsWith("$.model: expected absent")), why: "Only difference: the model is also copied into the body as `model` (Google takes the URL's; lenient pass)." },
  { test: has(/gateway-tool-filler-name|role: expected "user", got "function"|functionCall\.id: expected/), why: "Tool-call ids dropped; tool results sent as role `function` (a placeholder name when it cannot match the call); Gemini 3 then cannot pair calls and results." },
  { test: has(/thinkingLevel: expected "[A-Z]+", got "[a-z]+"|thinkingLevel: expected absent, got/), why: "`reasoning_effort` copied verbatim into `thinkingLevel` (`high`, `max`, `minimal`, `xhigh`): not Gemini's enum, no budget for 2.5 models." },
  { test: has(/parametersJsonSchema: expected .*got absent|parameters\.type: expected "OBJECT", got "object"/), why: "OpenAI JSON Schema passed through as `parameters` (lowercase types, unsupported keywords kept) instead of `parametersJsonSchema` or a converted Schema." },
  { test: has(/inlineData: expected absent, got \{"data":"gs:/), why: "A gs:// audio URI is sent as base64 `inlineData.data` (no MIME type) instead of `fileData`." },
  { test: has(/\$\.contents\[0\]\.parts: expected \d+ items, got \d+/), why: "Content parts dropped (bare-string `image_url`, files or audio without a recognised form)." },
  { test: has(/systemInstruction\.role/), why: "`systemInstruction` sent with role `system` (Gemini expects no role or `user`); Vertex-only fields not forwarded." },
  { test: has(/generationConfig: expected \{"thinkingConfig"/), why: "Google's `extra_body.google.thinking_config` is not read: thinking settings are lost." },
  { test: has(/presencePenalty|candidateCount|stopSequences/), why: "Sampling parameters dropped or mis-shaped (`stop` as a string, penalties and `n` missing)." },
  { test: has(/toolConfig: expected|tools: expected/), why: "`tool_choice` / legacy `functions` / Google tool extensions not mapped to `tools` / `toolConfig`." },
  { test: has(/cachedContent|retrievalConfig/), why: "Google extensions in `extra_body` (cachedContent, retrievalConfig, …) not forwarded." },
  { test: has(/extra_content: expected \{"google":\{"thought_signature"/), why: "Thought signatures not returned (multi-turn tool use on Gemini 3 breaks); `completion_tokens` excludes thinking tokens." },
  { test: (r) => r.kind === "response", why: "Answer differs from the mapping (see first difference)." },
];

export function explain(result) {
  const text = result.diffs.join("\n");
  return NOTES.find((note) => note.test(result, text))?.why ?? "";
}
