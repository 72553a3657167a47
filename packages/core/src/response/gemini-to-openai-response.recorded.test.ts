import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import { parseGeminiResponse } from "../wire/gemini";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import type { GeminiToOpenAIResponseContext } from "./response-options";
import { expectValidOpenAI, FIXTURES, RECORDED, readJson, recordedFiles } from "../../test/helpers/response-test-helpers";

// biome-ignore lint/suspicious/noExplicitAny: recorded JSON is navigated ad hoc inside assertions.
type Json = Record<string, any>;

/** The recorded Gemini body (one file wraps it in an exchange record with headers). */
function recorded(name: string): Json {
  const file = readJson(join(RECORDED, "gemini-native", name)) as Json;
  return (file.response?.body ?? file) as Json;
}

function run(name: string, context: GeminiToOpenAIResponseContext = { model: "m" }) {
  const input = recorded(name);
  const before = structuredClone(input);
  const result = geminiToOpenAIResponse(parseGeminiResponse(input), context);
  expect(input).toEqual(before);
  expectValidOpenAI("openai-response", result.value);
  return { input, ...result };
}

describe("Google's seed responses come out field for field (constructed Gemini input, recorded OpenAI output)", () => {
  const cases = [
    ["seed-image-generation", "google/gemini-3-pro-image-preview"],
    ["seed-multimodal-function-response", "google/gemini-3-pro-preview"],
  ] as const;

  it.each(cases)('%s with outputProfile "google" equals the seed exactly', (name, model) => {
    const gemini = readJson(join(FIXTURES, `${name}.gemini.json`)) as GeminiGenerateContentResponse;
    const seed = readJson(join(FIXTURES, `${name}.openai.json`));
    const { value, warnings } = geminiToOpenAIResponse(gemini, { model, outputProfile: "google" });
    expect(value).toEqual(seed);
    expect(warnings).toEqual([]);
  });

  it("seed image example, default profile: the seed plus exactly the fields OpenAI's schema requires", () => {
    const gemini = readJson(join(FIXTURES, "seed-image-generation.gemini.json")) as GeminiGenerateContentResponse;
    const seed = readJson(join(FIXTURES, "seed-image-generation.openai.json")) as Json;
    const { value } = geminiToOpenAIResponse(gemini, { model: "google/gemini-3-pro-image-preview" });
    const message = seed.choices[0].message;
    expect(value).toEqual({
      ...seed,
      system_fingerprint: "gemini-3-pro-image-preview",
      choices: [
        {
          ...seed.choices[0],
          message: {
            ...message,
            refusal: null,
            audio: { ...message.audio, id: "hAmNaZb8BZOX4_UPlNXoEA-audio-0", expires_at: 1770850692, transcript: "" },
          },
        },
      ],
      usage: {
        ...seed.usage,
        completion_tokens: 1371,
        completion_tokens_details: { reasoning_tokens: 251, image_tokens: 1120 },
        prompt_tokens_details: { text_tokens: 7 },
      },
    });
    expectValidOpenAI("openai-response", value);
  });

  it("seed text example, default profile", () => {
    const gemini = readJson(join(FIXTURES, "seed-multimodal-function-response.gemini.json")) as GeminiGenerateContentResponse;
    const seed = readJson(join(FIXTURES, "seed-multimodal-function-response.openai.json")) as Json;
    const { value } = geminiToOpenAIResponse(gemini, { model: "google/gemini-3-pro-preview" });
    expect(value).toEqual({
      ...seed,
      system_fingerprint: "gemini-3-pro-preview",
      choices: [{ ...seed.choices[0], message: { ...seed.choices[0].message, refusal: null } }],
    });
    expectValidOpenAI("openai-response", value);
  });
});

describe("every recorded Gemini response translates, validates and leaves its input untouched", () => {
  it.each(recordedFiles("gemini-native"))("%s", (name) => {
    for (const context of [{}, { model: "m", includeThoughts: true, thoughtTagMarker: "think", imageOutput: "images", signatureMode: "tool_call_id" }, { outputProfile: "google" }] as GeminiToOpenAIResponseContext[]) {
      const input = recorded(name);
      const { value } = geminiToOpenAIResponse(parseGeminiResponse(input), context);
      expect(value.object).toBe("chat.completion");
      if (context.outputProfile !== "google") expectValidOpenAI("openai-response", value);
    }
  });
});

describe("recorded responses, whole outputs", () => {
  it("parallel function calls: signature only on the first call, distinct ids, tool_calls", () => {
    const { input, value, warnings } = run("pai-gemini3-flash-parallel-function-calls.json");
    const call = (i: number) => ({ id: `call_wOd8abGuO5rgz7IP5tLEGA_${i}`, type: "function", function: { name: "generate_topic", arguments: "{}" } });
    expect(value).toEqual({
      id: "wOd8abGuO5rgz7IP5tLEGA",
      object: "chat.completion",
      created: 0,
      model: "m",
      system_fingerprint: "gemini-3-flash-preview",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            refusal: null,
            tool_calls: [
              { ...call(0), extra_content: { google: { thought_signature: input.candidates[0].content.parts[0].thoughtSignature } } },
              call(1),
              call(2),
            ],
          },
          finish_reason: "tool_calls",
          logprobs: null,
          extra_content: { google: { finish_reason: "STOP", finish_message: "Model generated function call(s)." } },
        },
      ],
      usage: {
        prompt_tokens: 83,
        completion_tokens: 220,
        total_tokens: 303,
        prompt_tokens_details: { text_tokens: 83 },
        completion_tokens_details: { reasoning_tokens: 190 },
      },
    });
    expect(warnings).toEqual([]);
  });

  it("text with a thought signature", () => {
    const { value } = run("vercel-gemini3-pro-text-thoughtsig.json");
    expect(value.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: "There are **3** r's in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.",
          refusal: null,
          extra_content: { google: { thought_signature: "EtoFCtcFAb4+9vtfe4MXRxQjw48U1WKrR/7lYsgFkVi/bepqsSPjY0VU7HEzkeCBIfy1fu5t9aUZ4IZ65aWagqbBrV45fc97olcg" } },
        },
        finish_reason: "stop",
        logprobs: null,
      },
    ]);
    expect(value.usage).toEqual({
      prompt_tokens: 9,
      completion_tokens: 272,
      total_tokens: 281,
      prompt_tokens_details: { text_tokens: 9 },
      completion_tokens_details: { reasoning_tokens: 244 },
    });
  });

  it("thought parts with includeThoughts and a marker", () => {
    const { input, value, warnings } = run("pai-gemini3-pro-thought-parts.json", { model: "m", includeThoughts: true, thoughtTagMarker: "think" });
    const [thought, answer] = input.candidates[0].content.parts;
    expect(value.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: `<think>${thought.text}</think>${answer.text}`,
          refusal: null,
          reasoning_content: thought.text,
          extra_content: { google: { thought_signature: answer.thoughtSignature } },
        },
        finish_reason: "stop",
        logprobs: null,
      },
    ]);
    expect(value.usage?.completion_tokens).toBe(736 + 1001);
    expect(warnings).toEqual([]);
  });

  it("image output (Vertex)", () => {
    const { value } = run("pai-vertex-gemini-image-output.json");
    expect(value).toEqual({
      id: "k0lDaayLFJLF8eEP_I2c6Q4",
      object: "chat.completion",
      created: 1766017427,
      model: "m",
      system_fingerprint: "gemini-2.5-flash-image",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            refusal: null,
            audio: {
              id: "k0lDaayLFJLF8eEP_I2c6Q4-audio-0",
              expires_at: 1766017427,
              data: "YmFzZTY0IHRydW5jYXRlZCBieSBjb3JwdXMgY29sbGVjdG9yOyBvcmlnaW5hbCBsZW5ndGg9MzA5NzU2",
              transcript: "",
              extra_content: { google: { mime_type: "image/jpeg" } },
            },
          },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: 9,
        completion_tokens: 1290,
        total_tokens: 1299,
        prompt_tokens_details: { text_tokens: 9 },
        completion_tokens_details: { image_tokens: 1290 },
        extra_properties: { google: { traffic_type: "ON_DEMAND" } },
      },
    });
  });

  it("logprobs", () => {
    const { input, value } = run("pai-vertex-gemini25-flash-logprobs.json");
    const result = input.candidates[0].logprobsResult;
    const choice = value.choices[0];
    expect(choice?.logprobs?.refusal).toBeNull();
    expect(choice?.logprobs?.content).toHaveLength(result.chosenCandidates.length);
    expect(choice?.logprobs?.content?.slice(0, 2)).toEqual([
      {
        token: "2",
        logprob: -0.01972555,
        bytes: [50],
        top_logprobs: [
          { token: "2", logprob: -0.01972555, bytes: [50] },
          { token: "4", logprob: -4.1320033, bytes: [52] },
          { token: "Four", logprob: -6.808355, bytes: [70, 111, 117, 114] },
          { token: "$", logprob: -6.889938, bytes: [36] },
          { token: "**", logprob: -7.830156, bytes: [42, 42] },
        ],
      },
      {
        token: " +",
        logprob: -0.006128676,
        bytes: [32, 43],
        top_logprobs: [
          { token: " +", logprob: -0.006128676, bytes: [32, 43] },
          { token: "+", logprob: -5.1196923, bytes: [43] },
          { token: " plus", logprob: -9.429066, bytes: [32, 112, 108, 117, 115] },
          { token: " increased", logprob: -12.47383, bytes: [32, 105, 110, 99, 114, 101, 97, 115, 101, 100] },
          { token: " add", logprob: -12.602639, bytes: [32, 97, 100, 100] },
        ],
      },
    ]);
    expect(choice?.message.content).toBe("2 + 2 = 4");
    expect((choice as Json).extra_content).toEqual({ google: { avg_logprobs: input.candidates[0].avgLogprobs } });
  });

  it("google search grounding → url_citation annotations (character offsets) + raw metadata", () => {
    const { input, value } = run("pai-gemini25-pro-google-search.json");
    const candidate = input.candidates[0];
    const web = (i: number) => candidate.groundingMetadata.groundingChunks[i].web;
    const cite = (start: number, end: number, chunk: number) => ({
      type: "url_citation",
      url_citation: { start_index: start, end_index: end, url: web(chunk).uri.replaceAll(" ", "%20"), title: web(chunk).title },
    });
    expect(value.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: candidate.content.parts[0].text,
          refusal: null,
          annotations: [cite(55, 215, 0), cite(216, 270, 0), cite(272, 433, 1), cite(434, 492, 2), cite(494, 613, 1), cite(614, 700, 0)],
          extra_content: { google: { grounding_metadata: candidate.groundingMetadata } },
        },
        finish_reason: "stop",
        logprobs: null,
      },
    ]);
    expect(value.usage).toEqual({
      prompt_tokens: 136,
      completion_tokens: 414,
      total_tokens: 550,
      prompt_tokens_details: { text_tokens: 136 },
      completion_tokens_details: { reasoning_tokens: 213 },
      extra_properties: { google: { tool_use_prompt_tokens: 119 } },
    });
  });

  it("url context", () => {
    const { input, value } = run("pai-gemini25-flash-urlcontext.json");
    const candidate = input.candidates[0];
    expect(value.choices[0]?.message).toEqual({
      role: "assistant",
      content: candidate.content.parts[0].text,
      refusal: null,
      annotations: [{ type: "url_citation", url_citation: { start_index: 0, end_index: 131, url: "https://ai.pydantic.dev", title: "Pydantic AI" } }],
      extra_content: { google: { grounding_metadata: candidate.groundingMetadata, url_context_metadata: candidate.urlContextMetadata } },
    });
  });

  it("unexpected tool call: the call is delivered, native reason and message kept", () => {
    const { input, value } = run("pai-vertex-gemini-unexpected-tool-call.json");
    expect(value.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: null,
          refusal: null,
          tool_calls: [
            {
              id: "call_Yu6TaYC3BcuQq7UPp8rOsAY_0",
              type: "function",
              function: { name: "list_files", arguments: "{}" },
              extra_content: { google: { thought_signature: input.candidates[0].content.parts[0].thoughtSignature } },
            },
          ],
        },
        finish_reason: "tool_calls",
        logprobs: null,
        extra_content: {
          google: {
            finish_reason: "UNEXPECTED_TOOL_CALL",
            finish_message: "Unexpected tool call: Model tried to call an undeclared function: list_files",
            avg_logprobs: -18.224568342149926,
          },
        },
      },
    ]);
  });

  it("model armor response block", () => {
    const { value } = run("pai-vertex-gemini25-flash-model-armor-response-block.json");
    expect(value.choices).toEqual([
      {
        index: 0,
        message: { role: "assistant", content: null, refusal: null },
        finish_reason: "content_filter",
        logprobs: null,
        extra_content: {
          google: {
            finish_reason: "MODEL_ARMOR",
            finish_message: "The response violated Responsible AI Safety settings (Hate Speech, Harassment, Dangerous) filters.",
            avg_logprobs: -1.1124393939971924,
          },
        },
      },
    ]);
  });

  it("safety blocked candidate: ratings kept", () => {
    const { input, value } = run("pai-gemini15-flash-safety-blocked.json");
    expect(value.choices).toEqual([
      {
        index: 0,
        message: { role: "assistant", content: null, refusal: null },
        finish_reason: "content_filter",
        logprobs: null,
        extra_content: { google: { finish_reason: "SAFETY", safety_ratings: input.candidates[0].safetyRatings } },
      },
    ]);
    expect(value.usage).toEqual({ prompt_tokens: 14, completion_tokens: 0, total_tokens: 14, prompt_tokens_details: { text_tokens: 14 } });
  });

  it.each([
    ["vercel-gemini31-flash-image-promptfeedback-block.json", { block_reason: "PROHIBITED_CONTENT" }],
    [
      "pai-vertex-gemini25-flash-promptfeedback-model-armor.json",
      { block_reason: "MODEL_ARMOR", block_reason_message: "The prompt violated Prompt Injection and Jailbreak filters." },
    ],
  ])("prompt feedback block %s", (name, google) => {
    const { value } = run(name);
    expect(value.choices).toEqual([
      { index: 0, message: { role: "assistant", content: null, refusal: null }, finish_reason: "content_filter", logprobs: null, extra_content: { google } },
    ]);
  });

  it("max tokens with an empty message", () => {
    const { value } = run("pai-gemini25-pro-max-tokens-empty.json");
    expect(value).toEqual({
      id: "fH8oaunbEbr9qtsPjYGX4A0",
      object: "chat.completion",
      created: 0,
      model: "m",
      system_fingerprint: "gemini-2.5-pro",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: null, refusal: null },
          finish_reason: "length",
          logprobs: null,
          extra_content: { google: { finish_reason: "MAX_TOKENS" } },
        },
      ],
      usage: {
        prompt_tokens: 15,
        completion_tokens: 2,
        total_tokens: 17,
        prompt_tokens_details: { text_tokens: 15 },
        completion_tokens_details: { reasoning_tokens: 2 },
        extra_properties: { google: { service_tier: "standard" } },
      },
    });
  });

  it("code execution (multiple results)", () => {
    const { input, value, warnings } = run("vercel-gemini3-flash-codeexec-multiple-results.json");
    const parts = input.candidates[0].content.parts;
    expect(value.choices[0]?.message).toEqual({
      role: "assistant",
      content: `\`\`\`python\nprint('ok')\nprint(1/0)\n\`\`\`\n\`\`\`output\nok\n\`\`\`\n\`\`\`error\n${parts[2].codeExecutionResult.output}${parts[2].codeExecutionResult.output.endsWith("\n") ? "" : "\n"}\`\`\`\n${parts[3].text}`,
      refusal: null,
      extra_content: {
        google: {
          thought_signature: parts[3].thoughtSignature,
          gemini_parts: [
            { index: 0, part: parts[0] },
            { index: 1, part: parts[1] },
            { index: 2, part: parts[2] },
          ],
        },
      },
    });
    expect(warnings).toEqual([]);
  });
});
