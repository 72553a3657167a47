/**
 * `chat.completion` (https://platform.openai.com/docs/api-reference/chat/object) and `chat.completion.chunk`
 * (https://platform.openai.com/docs/api-reference/chat-streaming) with Google's extensions, as shape data for
 * `readShape`: field for field the zod schemas in wire/openai (a property test holds the two to the same verdicts
 * and values). These are what an OpenAI-compatible backend answers a Gemini client's request with.
 */
import { OPENAI_FINISH_REASONS } from "../wire/openai/enums";
import { extraContent, functionCall, imageURLPart, toolCall } from "./openai-request-shape";
import { array, nullable, oneOf, plainObject as obj, record, type Shape } from "./shape";

const str = "string" as const;
const int = "int" as const;
const num = "number" as const;

const usage = obj(
  {
    prompt_tokens: int,
    completion_tokens: int,
    total_tokens: int,
    prompt_tokens_details: nullable(obj({ cached_tokens: int, audio_tokens: int, text_tokens: int, image_tokens: int, cache_write_tokens: int })),
    completion_tokens_details: nullable(
      obj({ reasoning_tokens: int, audio_tokens: int, accepted_prediction_tokens: int, rejected_prediction_tokens: int, text_tokens: int, image_tokens: int }),
    ),
    extra_properties: obj({ google: obj({ traffic_type: str }) }),
  },
  ["prompt_tokens", "completion_tokens", "total_tokens"],
);

const topLogprob = obj({ token: str, logprob: num, bytes: nullable(array(int)) }, ["token", "logprob", "bytes"]);
const tokenLogprob = obj({ token: str, logprob: num, bytes: nullable(array(int)), top_logprobs: array(topLogprob) }, ["token", "logprob", "bytes", "top_logprobs"]);
const logprobs = obj({ content: nullable(array(tokenLogprob)), refusal: nullable(array(tokenLogprob)) }, ["content"]);
const finishReason = oneOf(OPENAI_FINISH_REASONS);
const moderation = obj({ input: record("any"), output: record("any") });

const annotation = obj(
  {
    type: oneOf(["url_citation"]),
    url_citation: obj({ start_index: int, end_index: int, url: str, title: str }, ["start_index", "end_index", "url", "title"]),
  },
  ["type", "url_citation"],
);

const message = obj(
  {
    role: oneOf(["assistant"]),
    content: nullable(str),
    refusal: nullable(str),
    tool_calls: array(toolCall),
    annotations: array(annotation),
    audio: nullable(obj({ id: str, expires_at: int, data: str, transcript: str, extra_content: extraContent })),
    function_call: nullable(functionCall),
    reasoning_content: nullable(str),
    images: array(imageURLPart),
    extra_content: extraContent,
    thought_signature: str,
  },
  ["role"],
);

const completionFields: Record<string, Shape> = {
  id: str,
  object: oneOf(["chat.completion"]),
  created: int,
  model: str,
  choices: array(obj({ index: int, message, finish_reason: nullable(finishReason), logprobs: nullable(logprobs) }, ["index", "message", "finish_reason"])),
  usage,
  service_tier: nullable(str),
  system_fingerprint: nullable(str),
  metadata: nullable(record(str)),
  moderation: nullable(moderation),
};
const ENVELOPE = ["id", "object", "created", "model"] as const;

export const OPENAI_CHAT_COMPLETION_SHAPE: Shape = obj(completionFields, [...ENVELOPE, "choices"]);

/**
 * A backend's envelope as the reverse translators read it (decision 0153): `id`, `object`, `created`, `model` may be
 * missing (a `null` one is removed before reading), and a present one needs only its JSON type.
 */
const upstreamEnvelope: Record<string, Shape> = { id: str, object: str, created: num, model: str };

const toolCallDelta = obj(
  {
    index: int,
    id: str,
    type: oneOf(["function", "custom"]),
    function: obj({ name: str, arguments: str }),
    custom: obj({ name: str, input: str }),
    extra_content: extraContent,
  },
  ["index"],
);

const delta = obj({
  role: oneOf(["assistant", "developer", "system", "user", "tool"]),
  content: nullable(str),
  reasoning_content: nullable(str),
  refusal: nullable(str),
  tool_calls: array(toolCallDelta),
  function_call: obj({ name: str, arguments: str }),
  images: array(imageURLPart),
  extra_content: extraContent,
});

const chunkFields: Record<string, Shape> = {
  id: str,
  object: oneOf(["chat.completion.chunk"]),
  created: int,
  model: str,
  choices: array(obj({ index: int, delta, finish_reason: nullable(finishReason), logprobs: nullable(logprobs) }, ["index", "delta"])),
  usage: nullable(usage),
  service_tier: nullable(str),
  system_fingerprint: nullable(str),
  obfuscation: str,
  moderation: nullable(moderation),
};

export const OPENAI_CHAT_COMPLETION_CHUNK_SHAPE: Shape = obj(chunkFields, [...ENVELOPE, "choices"]);

export const OPENAI_UPSTREAM_CHAT_COMPLETION_SHAPE: Shape = obj({ ...completionFields, ...upstreamEnvelope }, ["choices"]);
export const OPENAI_UPSTREAM_CHAT_COMPLETION_CHUNK_SHAPE: Shape = obj({ ...chunkFields, ...upstreamEnvelope }, ["choices"]);
