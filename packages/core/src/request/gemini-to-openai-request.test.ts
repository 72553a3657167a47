import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { isGembridgeError } from "../errors/gembridge-error";
import { REASONING_EFFORT_TABLE } from "../tables/reasoning-effort";
import type { GeminiGenerateContentRequest } from "../wire/gemini";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";
import { effortForBudget } from "./gemini-to-openai-thinking";
import { EFFORT_BY_THINKING_LEVEL } from "../tables/reasoning-effort";
import { TOOL_CHOICE_BY_MODE } from "../tables/tool-choice";

const weatherTurns: GeminiGenerateContentRequest = {
  systemInstruction: { parts: [{ text: "Be brief." }] },
  contents: [
    {
      role: "user",
      parts: [
        { text: "Weather in Paris and Rome?" },
        { inlineData: { mimeType: "image/png", data: "iVBO" }, mediaResolution: { level: "MEDIA_RESOLUTION_LOW" } },
      ],
    },
    {
      role: "model",
      parts: [
        { text: "Let me think", thought: true },
        { functionCall: { name: "weather", args: { city: "Paris" } }, thoughtSignature: "c2ln" },
        { functionCall: { name: "weather", args: { city: "Rome" } } },
      ],
    },
    {
      role: "user",
      parts: [
        { functionResponse: { name: "weather", response: { output: "sunny" } } },
        { functionResponse: { name: "weather", response: { temp: 20 } } },
      ],
    },
  ],
  generationConfig: {
    temperature: 0,
    maxOutputTokens: 100,
    stopSequences: ["END"],
    thinkingConfig: { thinkingLevel: "LOW", includeThoughts: true },
    responseMimeType: "application/json",
  },
  tools: [
    {
      functionDeclarations: [
        {
          name: "weather",
          description: "Get weather",
          parameters: { type: "OBJECT", properties: { city: { type: "STRING" } }, required: ["city"] },
        },
      ],
    },
    { googleSearch: {} },
  ],
  toolConfig: { functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["weather"] } },
  safetySettings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_NONE" }],
};

describe("geminiToOpenAIRequest", () => {
  it("translates a tool-calling conversation, pairing responses to calls by order and name", () => {
    const { value, warnings } = geminiToOpenAIRequest(weatherTurns, { model: "gpt-4o", stream: true });
    expect(value).toEqual({
      model: "gpt-4o",
      messages: [
        { role: "system", content: "Be brief." },
        {
          role: "user",
          content: [
            { type: "text", text: "Weather in Paris and Rome?" },
            { type: "image_url", image_url: { url: "data:image/png;base64,iVBO", detail: "low" } },
          ],
        },
        {
          role: "assistant",
          content: null,
          reasoning_content: "Let me think",
          tool_calls: [
            {
              id: "call_1_1",
              type: "function",
              function: { name: "weather", arguments: '{"city":"Paris"}' },
              extra_content: { google: { thought_signature: "c2ln" } },
            },
            { id: "call_1_2", type: "function", function: { name: "weather", arguments: '{"city":"Rome"}' } },
          ],
        },
        { role: "tool", tool_call_id: "call_1_1", content: "sunny" },
        { role: "tool", tool_call_id: "call_1_2", content: '{"temp":20}' },
      ],
      temperature: 0,
      max_completion_tokens: 100,
      stop: ["END"],
      response_format: { type: "json_object" },
      reasoning_effort: "low",
      tools: [
        {
          type: "function",
          function: {
            name: "weather",
            description: "Get weather",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          },
        },
      ],
      tool_choice: { type: "function", function: { name: "weather" } },
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ["generationConfig.thinkingConfig.includeThoughts", "dropped"],
      ["tools[1].googleSearch", "unsupported"],
      ["safetySettings", "dropped"],
    ]);
    // `reasoning_content` is not in OpenAI's schema (lenient backends read it): strict minus that one field.
    expect(validateOfficial("openai-request", value).errors).toEqual([]);
    const strict = geminiToOpenAIRequest(weatherTurns, { model: "gpt-4o", thoughts: "content_part" }).value;
    expect(strict.messages[2]).toMatchObject({ content: [{ type: "text", text: "Let me think", extra_content: { google: { thought: true } } }] });
    expect(validateOfficial("openai-request", strict, { strict: true }).errors).toEqual([]);
  });

  it("forwards Gemini-only settings under extra_body.google when the backend understands them", () => {
    const { value, warnings } = geminiToOpenAIRequest(
      { ...weatherTurns, cachedContent: "cachedContents/abc", generationConfig: { thinkingConfig: { thinkingBudget: 2048, includeThoughts: true }, mediaResolution: "MEDIA_RESOLUTION_HIGH" } },
      { model: "gemini-2.5-flash", forwardGoogleExtensions: true },
    );
    expect(value.reasoning_effort).toBeUndefined();
    expect(value.extra_body).toEqual({
      google: {
        thinking_config: { include_thoughts: true, thinking_budget: 2048 },
        media_resolution: "MEDIA_RESOLUTION_HIGH",
        tools: [{ google_search: {} }],
        safety_settings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_NONE" }],
        cached_content: "cachedContents/abc",
      },
    });
    expect(warnings).toEqual([]);
  });

  it("uses Gemini's call ids when present and keeps text signatures and unrepresentable parts in extra_content", () => {
    const { value, warnings } = geminiToOpenAIRequest(
      {
        contents: [
          { role: "user", parts: [{ text: "run" }] },
          {
            role: "model",
            parts: [
              { text: "Running.", thoughtSignature: "dGV4dA==" },
              { executableCode: { language: "PYTHON", code: "print(1)" } },
              { functionCall: { id: "fc-9", name: "run", args: {} } },
            ],
          },
          {
            role: "user",
            parts: [
              { text: "here:" },
              { functionResponse: { id: "fc-9", name: "run", response: { ok: true }, parts: [{ inlineData: { mimeType: "image/png", data: "AA==" } }] } },
            ],
          },
        ],
      },
      { model: "m" },
    );
    expect(value.messages.slice(1)).toEqual([
      {
        role: "assistant",
        content: "Running.",
        tool_calls: [{ id: "fc-9", type: "function", function: { name: "run", arguments: "{}" } }],
        extra_content: {
          google: { thought_signature: "dGV4dA==", parts: [{ executableCode: { language: "PYTHON", code: "print(1)" } }] },
        },
      },
      {
        role: "tool",
        tool_call_id: "fc-9",
        content: '{"ok":true}',
        extra_content: { google: { parts: [{ inline_data: { mime_type: "image/png", data: "AA==" } }] } },
      },
      { role: "user", content: "here:" },
    ]);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ["contents[1].parts[1]", "unsupported"],
      ["contents[2].parts[1]", "reordered"],
      ["contents[2].parts[1].functionResponse.parts", "approximated"],
    ]);
  });

  it("maps media by MIME type: audio → input_audio, documents → file, image URIs → image_url", () => {
    const { value } = geminiToOpenAIRequest(
      {
        contents: [
          {
            parts: [
              { inlineData: { mimeType: "audio/mpeg", data: "SUQz" } },
              { inlineData: { mimeType: "audio/wav", data: "UklG" } },
              { inlineData: { mimeType: "application/pdf", data: "JVBE", displayName: "a.pdf" } },
              { fileData: { mimeType: "image/jpeg", fileUri: "gs://b/cat.jpg" } },
            ],
          },
        ],
      },
      { model: "m" },
    );
    expect(value.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "input_audio", input_audio: { data: "SUQz", format: "mp3" } },
          { type: "input_audio", input_audio: { data: "UklG", format: "wav" } },
          { type: "file", file: { file_data: "data:application/pdf;base64,JVBE", filename: "a.pdf" } },
          { type: "image_url", image_url: { url: "gs://b/cat.jpg" } },
        ],
      },
    ]);
  });

  it.each([
    [{ contents: [{ role: "user", parts: [{ functionResponse: { name: "x", response: {} } }] }] }, "contents[0].parts[0].functionResponse", "unknown_tool_call_id"],
    [{ contents: [{ role: "system", parts: [{ text: "x" }] }] }, "contents[0].role", "invalid_role"],
    [{ contents: [{ parts: [{ fileData: { mimeType: "application/pdf", fileUri: "gs://b/a.pdf" } }] }] }, "contents[0].parts[0].fileData.fileUri", "unsupported_file_uri"],
  ] as const)("rejects what an OpenAI backend cannot take with a GembridgeError (%#)", (request, param, code) => {
    let thrown: unknown;
    try {
      geminiToOpenAIRequest(request as unknown as GeminiGenerateContentRequest, { model: "m" });
    } catch (error) {
      thrown = error;
    }
    expect(isGembridgeError(thrown) && { status: thrown.status, param: thrown.param, code: thrown.code }).toEqual({ status: 400, param, code });
  });

  it.each([
    [{ mode: "AUTO" }, "auto"],
    [{ mode: "NONE" }, "none"],
    [{ mode: "ANY" }, "required"],
    [{ mode: "ANY", allowedFunctionNames: ["a", "b"] }, { type: "allowed_tools", allowed_tools: { mode: "required", tools: [{ type: "function", function: { name: "a" } }, { type: "function", function: { name: "b" } }] } }],
    [{ mode: "VALIDATED" }, "auto"],
  ] as const)("functionCallingConfig %j → tool_choice %j", (config, choice) => {
    const { value } = geminiToOpenAIRequest({ contents: [], toolConfig: { functionCallingConfig: structuredClone(config) as { mode: string } } }, { model: "m" });
    expect(value.tool_choice).toEqual(choice);
  });

  it("covers every mode in the tool_choice table", () => {
    expect(Object.keys(TOOL_CHOICE_BY_MODE).sort()).toEqual(["ANY", "AUTO", "NONE", "VALIDATED"]);
  });
});

describe("thinking → reasoning_effort is the inverse of REASONING_EFFORT_TABLE", () => {
  it.each(Object.entries(EFFORT_BY_THINKING_LEVEL))("level %s → %s, whose forward level is the same", (level, effort) => {
    expect(REASONING_EFFORT_TABLE[effort].level).toBe(level);
  });

  it.each(["none", "low", "medium", "high", "xhigh"] as const)("the forward budget of %s maps back to it", (effort) => {
    expect(effortForBudget(REASONING_EFFORT_TABLE[effort].budget)).toBe(effort);
  });

  it("rounds budgets between rows up and leaves dynamic (-1) to the backend", () => {
    expect([effortForBudget(-1), effortForBudget(1), effortForBudget(5000), effortForBudget(100000)]).toEqual([undefined, "low", "medium", "xhigh"]);
  });
});
