/**
 * `POST /v1/chat/completions` (https://platform.openai.com/docs/api-reference/chat/create) with Google's
 * extensions, as shape data for `readShape`: field for field the zod schemas in wire/openai (a property test holds
 * the two to the same verdicts and values). Plain JSON: names are exact; `null` is a value only where OpenAI
 * marks a field nullable.
 */
import { OPENAI_IMAGE_DETAILS, OPENAI_MODALITIES, OPENAI_REASONING_EFFORTS, OPENAI_TOOL_CHOICE_MODES } from "../wire/openai/enums";
import { array, byKind, nullable, oneOf, plainObject as obj, record, type Shape, tagged } from "./shape";

const str = "string";
const int = "int";
const num = "number";
const bool = "boolean";

const googleExtraContent = obj({
  thought_signature: str,
  thought: bool,
  parts: array(
    obj({
      inline_data: obj({ mime_type: str, data: str, display_name: str }, ["data"]),
      file_data: obj({ mime_type: str, file_uri: str, display_name: str }, ["file_uri"]),
    }),
  ),
  mime_type: str,
  finish_reason: str,
  finish_message: str,
});
export const extraContent = obj({ google: googleExtraContent });
const common = { prompt_cache_breakpoint: obj({ mode: str }, ["mode"]), extra_content: extraContent };

const textPart = obj({ text: str, ...common }, ["text"]);
export const imageURLPart = obj({ image_url: byKind({ object: obj({ url: str, detail: oneOf(OPENAI_IMAGE_DETAILS) }, ["url"]), string: str }), ...common }, ["image_url"]);
const inputAudioPart = obj({ input_audio: obj({ data: str, format: str }, ["data", "format"]), ...common }, ["input_audio"]);
const filePart = obj({ file: obj({ file_id: str, file_data: str, filename: str }), ...common }, ["file"]);
const refusalPart = obj({ refusal: str, ...common }, ["refusal"]);
const videoURLPart = obj({ video_url: byKind({ object: obj({ url: str }, ["url"]), string: str }), ...common }, ["video_url"]);

const textContent = byKind({ string: str, array: array(tagged("type", { text: textPart })) });
const userContent = byKind({
  string: str,
  array: array(tagged("type", { text: textPart, image_url: imageURLPart, input_audio: inputAudioPart, file: filePart, video_url: videoURLPart })),
});
const assistantContent = byKind({ string: str, array: array(tagged("type", { text: textPart, refusal: refusalPart })) });

export const functionCall = obj({ name: str, arguments: str }, ["name", "arguments"]);
export const toolCall = tagged("type", {
  function: obj({ id: str, function: functionCall, extra_content: extraContent }, ["id", "function"]),
  custom: obj({ id: str, custom: obj({ name: str, input: str }, ["name", "input"]), extra_content: extraContent }, ["id", "custom"]),
});

const message = tagged("role", {
  system: obj({ content: textContent, name: str, extra_content: extraContent }, ["content"]),
  developer: obj({ content: textContent, name: str, extra_content: extraContent }, ["content"]),
  user: obj({ content: userContent, name: str, extra_content: extraContent }, ["content"]),
  assistant: obj({
    content: nullable(assistantContent),
    refusal: nullable(str),
    name: str,
    tool_calls: array(toolCall),
    function_call: nullable(functionCall),
    audio: nullable(obj({ id: str, expires_at: int, data: str, transcript: str, extra_content: extraContent })),
    reasoning_content: nullable(str),
    images: array(imageURLPart),
    extra_content: extraContent,
  }),
  tool: obj({ tool_call_id: str, content: textContent, extra_content: extraContent }, ["tool_call_id", "content"]),
  function: obj({ name: str, content: nullable(str), extra_content: extraContent }, ["name", "content"]),
});

const tool = tagged("type", {
  function: obj({ function: obj({ name: str, description: str, parameters: "struct", strict: nullable(bool) }, ["name"]) }, ["function"]),
  custom: obj(
    {
      custom: obj(
        {
          name: str,
          description: str,
          format: tagged("type", {
            text: obj({}),
            grammar: obj({ grammar: obj({ definition: str, syntax: oneOf(["lark", "regex"]) }, ["definition", "syntax"]) }, ["grammar"]),
          }),
        },
        ["name"],
      ),
    },
    ["custom"],
  ),
});

const toolChoice = byKind({
  string: oneOf(OPENAI_TOOL_CHOICE_MODES),
  object: tagged("type", {
    function: obj({ function: obj({ name: str }, ["name"]) }, ["function"]),
    custom: obj({ custom: obj({ name: str }, ["name"]) }, ["custom"]),
    allowed_tools: obj({ allowed_tools: obj({ mode: oneOf(["auto", "required"]), tools: array("struct") }, ["mode", "tools"]) }, ["allowed_tools"]),
  }),
});

const googleExtraBody = obj({
  thinking_config: obj({ include_thoughts: bool, thinking_budget: int, thinking_level: str }),
  thought_tag_marker: str,
  safety_settings: array(obj({ category: str, threshold: str, method: str }, ["category", "threshold"])),
  cached_content: str,
  labels: record(str),
  stream_function_call_arguments: bool,
  tools: array("struct"),
  media_resolution: str,
});

const low_medium_high = oneOf(["low", "medium", "high"]);

export const OPENAI_CHAT_REQUEST_SHAPE: Shape = obj(
  {
    model: str,
    messages: array(message),
    max_tokens: nullable(int),
    max_completion_tokens: nullable(int),
    temperature: nullable(num),
    top_p: nullable(num),
    n: nullable(int),
    stop: nullable(byKind({ string: str, array: array(str) })),
    presence_penalty: nullable(num),
    frequency_penalty: nullable(num),
    logit_bias: nullable(record(num)),
    seed: nullable(int),
    logprobs: nullable(bool),
    top_logprobs: nullable(int),
    response_format: tagged("type", {
      text: obj({}),
      json_object: obj({}),
      json_schema: obj({ json_schema: obj({ name: str, description: str, schema: "struct", strict: nullable(bool) }, ["name"]) }, ["json_schema"]),
    }),
    tools: array(tool),
    tool_choice: toolChoice,
    parallel_tool_calls: bool,
    functions: array(obj({ name: str, description: str, parameters: "struct" }, ["name"])),
    function_call: byKind({ string: oneOf(["none", "auto"]), object: obj({ name: str }, ["name"]) }),
    stream: nullable(bool),
    stream_options: nullable(obj({ include_usage: bool, include_obfuscation: bool })),
    modalities: nullable(array(oneOf(OPENAI_MODALITIES))),
    audio: nullable(obj({ voice: byKind({ string: str, object: obj({ id: str }, ["id"]) }), format: str }, ["voice", "format"])),
    reasoning_effort: nullable(oneOf(OPENAI_REASONING_EFFORTS)),
    verbosity: nullable(low_medium_high),
    prediction: nullable(tagged("type", { content: obj({ content: textContent }, ["content"]) })),
    web_search_options: obj({
      search_context_size: low_medium_high,
      user_location: nullable(
        tagged("type", { approximate: obj({ approximate: obj({ city: str, country: str, region: str, timezone: str }) }, ["approximate"]) }),
      ),
    }),
    service_tier: nullable(str),
    store: nullable(bool),
    metadata: nullable(record(str)),
    user: str,
    safety_identifier: nullable(str),
    prompt_cache_key: nullable(str),
    prompt_cache_retention: nullable(str),
    prompt_cache_options: nullable(obj({ ttl: str, mode: str })),
    moderation: nullable(obj({ model: str, policy: nullable("struct") })),
    extra_body: obj({ google: googleExtraBody }),
    google: googleExtraBody,
  },
  ["messages"],
);
