import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson, repoRoot } from "../../../test/openai-fixtures";
import { openAIChatCompletionChunkSchema, openAIChunkChoiceSchema, openAIChunkDeltaSchema, openAIChunkToolCallDeltaSchema } from "./chunk";
import {
  openAIFilePartSchema,
  openAIImageURLPartSchema,
  openAIImageURLSchema,
  openAIInputAudioPartSchema,
  openAIRefusalPartSchema,
  openAITextPartSchema,
} from "./content-parts";
import { openAIErrorResponseSchema } from "./error";
import {
  openAIAssistantMessageSchema,
  openAIDeveloperMessageSchema,
  openAIFunctionMessageSchema,
  openAISystemMessageSchema,
  openAIToolMessageSchema,
  openAIUserMessageSchema,
} from "./messages";
import { openAIChatRequestSchema, openAIStreamOptionsSchema, openAIWebSearchOptionsSchema } from "./request";
import { openAIAnnotationSchema, openAIChatCompletionChoiceSchema, openAIChatCompletionMessageSchema, openAIChatCompletionSchema } from "./response";
import { openAIResponseAudioSchema } from "./response-audio";
import {
  openAICustomToolCallSchema,
  openAICustomToolSchema,
  openAIFunctionDefinitionSchema,
  openAIFunctionToolCallSchema,
  openAIFunctionToolSchema,
} from "./tools";
import { openAILogprobsSchema, openAITokenLogprobSchema, openAIUsageSchema } from "./usage";

// The official OpenAI schema (project copy of OpenAI's OpenAPI subset) names every property of the current API.
// For each official object, our zod object must declare every one of its properties (extra ones are ours/Google's).
type Node = Record<string, unknown>;
const spec = readJson(`${repoRoot}fixtures/spec/openai-chat.schema.json`) as { components: { schemas: Record<string, Node> } };
const definitions = spec.components.schemas;

/** Follows `$ref`, merges `allOf`, and picks the object branches of `anyOf`/`oneOf` (skipping `null`). */
function objectBranches(node: Node | undefined): Node[] {
  if (node === undefined) return [];
  if (typeof node.$ref === "string") return objectBranches(definitions[node.$ref.split("/").at(-1) ?? ""]);
  const branches: Node[] = node.properties ? [node] : [];
  for (const key of ["allOf", "anyOf", "oneOf"] as const) {
    for (const child of (node[key] as Node[] | undefined) ?? []) branches.push(...objectBranches(child));
  }
  return branches;
}

/** Property names at `definition` then down `steps` (`"[]"` = array items), across all object branches. */
function officialKeys(definition: string, ...steps: string[]): string[] {
  let nodes = objectBranches(definitions[definition]);
  for (const step of steps) {
    nodes = nodes.flatMap((node) => {
      if (step === "[]") return objectBranches(node.items as Node);
      const props = node.properties as Record<string, Node> | undefined;
      const child = props?.[step];
      if (child === undefined) return [];
      return child.type === "array" ? [child] : objectBranches(child).concat(child.items ? [child] : []);
    });
  }
  const keys = new Set(nodes.flatMap((node) => Object.keys((node.properties as Node | undefined) ?? {})));
  return [...keys].sort();
}

/** Our object's keys, unwrapping optional/nullable wrappers. */
function ourKeys(schema: z.ZodType): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) throw new Error("not an object schema");
  return Object.keys(inner.shape);
}

const field = (schema: z.ZodObject, key: string) => schema.shape[key] as z.ZodType;

const pairs: [string, string[], z.ZodType][] = [
  ["CreateChatCompletionRequest", officialKeys("CreateChatCompletionRequest"), openAIChatRequestSchema],
  ["CreateChatCompletionRequest.stream_options", officialKeys("ChatCompletionStreamOptions"), openAIStreamOptionsSchema],
  ["CreateChatCompletionRequest.web_search_options", officialKeys("CreateChatCompletionRequest", "web_search_options"), openAIWebSearchOptionsSchema],
  ["CreateChatCompletionRequest.audio", officialKeys("CreateChatCompletionRequest", "audio"), field(openAIChatRequestSchema, "audio")],
  ["CreateChatCompletionRequest.prediction", officialKeys("PredictionContent"), field(openAIChatRequestSchema, "prediction")],
  ["CreateChatCompletionRequest.prompt_cache_options", officialKeys("PromptCacheOptionsParam"), field(openAIChatRequestSchema, "prompt_cache_options")],
  ["CreateChatCompletionRequest.moderation", officialKeys("ModerationParam"), field(openAIChatRequestSchema, "moderation")],
  ["ChatCompletionRequestSystemMessage", officialKeys("ChatCompletionRequestSystemMessage"), openAISystemMessageSchema],
  ["ChatCompletionRequestDeveloperMessage", officialKeys("ChatCompletionRequestDeveloperMessage"), openAIDeveloperMessageSchema],
  ["ChatCompletionRequestUserMessage", officialKeys("ChatCompletionRequestUserMessage"), openAIUserMessageSchema],
  ["ChatCompletionRequestAssistantMessage", officialKeys("ChatCompletionRequestAssistantMessage"), openAIAssistantMessageSchema],
  ["ChatCompletionRequestAssistantMessage.audio", officialKeys("ChatCompletionRequestAssistantMessage", "audio"), field(openAIAssistantMessageSchema, "audio")],
  ["ChatCompletionRequestToolMessage", officialKeys("ChatCompletionRequestToolMessage"), openAIToolMessageSchema],
  ["ChatCompletionRequestFunctionMessage", officialKeys("ChatCompletionRequestFunctionMessage"), openAIFunctionMessageSchema],
  ["ChatCompletionRequestMessageContentPartText", officialKeys("ChatCompletionRequestMessageContentPartText"), openAITextPartSchema],
  ["ChatCompletionRequestMessageContentPartImage", officialKeys("ChatCompletionRequestMessageContentPartImage"), openAIImageURLPartSchema],
  ["ChatCompletionRequestMessageContentPartImage.image_url", officialKeys("ChatCompletionRequestMessageContentPartImage", "image_url"), openAIImageURLSchema],
  ["ChatCompletionRequestMessageContentPartAudio", officialKeys("ChatCompletionRequestMessageContentPartAudio"), openAIInputAudioPartSchema],
  ["ChatCompletionRequestMessageContentPartAudio.input_audio", officialKeys("ChatCompletionRequestMessageContentPartAudio", "input_audio"), field(openAIInputAudioPartSchema, "input_audio")],
  ["ChatCompletionRequestMessageContentPartFile", officialKeys("ChatCompletionRequestMessageContentPartFile"), openAIFilePartSchema],
  ["ChatCompletionRequestMessageContentPartFile.file", officialKeys("ChatCompletionRequestMessageContentPartFile", "file"), field(openAIFilePartSchema, "file")],
  ["ChatCompletionRequestMessageContentPartRefusal", officialKeys("ChatCompletionRequestMessageContentPartRefusal"), openAIRefusalPartSchema],
  ["ChatCompletionTool", officialKeys("ChatCompletionTool"), openAIFunctionToolSchema],
  ["FunctionObject", officialKeys("FunctionObject"), openAIFunctionDefinitionSchema],
  ["CustomToolChatCompletions", officialKeys("CustomToolChatCompletions"), openAICustomToolSchema],
  ["CustomToolChatCompletions.custom", officialKeys("CustomToolChatCompletions", "custom"), field(openAICustomToolSchema, "custom")],
  ["ChatCompletionMessageToolCall", officialKeys("ChatCompletionMessageToolCall"), openAIFunctionToolCallSchema],
  ["ChatCompletionMessageCustomToolCall", officialKeys("ChatCompletionMessageCustomToolCall"), openAICustomToolCallSchema],
  ["CreateChatCompletionResponse", officialKeys("CreateChatCompletionResponse"), openAIChatCompletionSchema],
  ["CreateChatCompletionResponse.choices[]", officialKeys("CreateChatCompletionResponse", "choices", "[]"), openAIChatCompletionChoiceSchema],
  ["CreateChatCompletionResponse.choices[].logprobs", officialKeys("CreateChatCompletionResponse", "choices", "[]", "logprobs"), openAILogprobsSchema],
  ["ChatCompletionResponseMessage", officialKeys("ChatCompletionResponseMessage"), openAIChatCompletionMessageSchema],
  ["ChatCompletionResponseMessage.audio", officialKeys("ChatCompletionResponseMessage", "audio"), openAIResponseAudioSchema],
  ["ChatCompletionResponseMessage.annotations[]", officialKeys("ChatCompletionResponseMessage", "annotations", "[]"), openAIAnnotationSchema],
  ["ChatCompletionResponseMessage.annotations[].url_citation", officialKeys("ChatCompletionResponseMessage", "annotations", "[]", "url_citation"), field(openAIAnnotationSchema, "url_citation")],
  ["ChatCompletionTokenLogprob", officialKeys("ChatCompletionTokenLogprob"), openAITokenLogprobSchema],
  ["CompletionUsage", officialKeys("CompletionUsage"), openAIUsageSchema],
  ["CompletionUsage.prompt_tokens_details", officialKeys("CompletionUsage", "prompt_tokens_details"), field(openAIUsageSchema, "prompt_tokens_details")],
  ["CompletionUsage.completion_tokens_details", officialKeys("CompletionUsage", "completion_tokens_details"), field(openAIUsageSchema, "completion_tokens_details")],
  ["CreateChatCompletionStreamResponse", officialKeys("CreateChatCompletionStreamResponse"), openAIChatCompletionChunkSchema],
  ["CreateChatCompletionStreamResponse.choices[]", officialKeys("CreateChatCompletionStreamResponse", "choices", "[]"), openAIChunkChoiceSchema],
  ["ChatCompletionStreamResponseDelta", officialKeys("ChatCompletionStreamResponseDelta"), openAIChunkDeltaSchema],
  ["ChatCompletionMessageToolCallChunk", officialKeys("ChatCompletionMessageToolCallChunk"), openAIChunkToolCallDeltaSchema],
  ["ErrorResponse", officialKeys("ErrorResponse"), openAIErrorResponseSchema],
  ["Error", officialKeys("Error"), field(openAIErrorResponseSchema, "error")],
];

describe("our zod shapes cover every property of the official OpenAI schema", () => {
  it.each(pairs)("%s", (_name, official, ours) => {
    expect(official.length).toBeGreaterThan(0);
    const missing = official.filter((key) => !ourKeys(ours).includes(key));
    expect(missing).toEqual([]);
  });

  it("walks the whole request definition (allOf included)", () => {
    expect(officialKeys("CreateChatCompletionRequest").length).toBeGreaterThanOrEqual(35);
  });
});
