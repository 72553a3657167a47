import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { GembridgeError } from "../errors/gembridge-error";
import seed from "../../test/fixtures/request/seed-multimodal-function-response.request.json" with { type: "json" };
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const call = (id: string, name: string, args: string) => ({ id, type: "function", function: { name, arguments: args } });

describe("tool calls and tool results", () => {
  it("tool_calls → functionCall parts with ids; tool messages → functionResponse parts in one user turn", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "Weather in Paris and Rome?" },
        {
          role: "assistant",
          content: "Checking.",
          tool_calls: [call("c1", "weather", '{"city":"Paris"}'), call("c2", "weather", '{"city":"Rome"}')],
        },
        { role: "tool", tool_call_id: "c1", content: '{"temp":21}' },
        { role: "tool", tool_call_id: "c2", content: "sunny" },
      ],
    });
    expect(value.body.contents).toEqual([
      { role: "user", parts: [{ text: "Weather in Paris and Rome?" }] },
      {
        role: "model",
        parts: [
          { text: "Checking." },
          { functionCall: { id: "c1", name: "weather", args: { city: "Paris" } } },
          { functionCall: { id: "c2", name: "weather", args: { city: "Rome" } } },
        ],
      },
      {
        role: "user",
        parts: [
          { functionResponse: { id: "c1", name: "weather", response: { temp: 21 } } },
          { functionResponse: { id: "c2", name: "weather", response: { output: "sunny" } } },
        ],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("ids are kept on the vertex dialect too (Vertex v1 discovery has FunctionCall.id / FunctionResponse.id)", () => {
    const { value } = translate(
      {
        model: "gemini-2.5-flash",
        messages: [
          { role: "user", content: "q" },
          { role: "assistant", tool_calls: [call("c1", "f", "{}")] },
          { role: "tool", tool_call_id: "c1", content: "ok" },
        ],
      },
      { dialect: "vertex" },
    );
    expect(value.body.contents[1]?.parts?.[0]?.functionCall?.id).toBe("c1");
    expect(value.body.contents[2]?.parts?.[0]?.functionResponse?.id).toBe("c1");
    expect(validateOfficial("gemini-request", value.body, { dialect: "vertex", strict: true })).toEqual({ valid: true, errors: [] });
  });

  it("non-object results are wrapped as { output: text } (arrays, numbers and JSON-looking text included)", () => {
    const results = ["[1,2]", "42", "", "{not json", '"quoted"'];
    const { value } = translate({
      model: "m",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: results.map((_, i) => call(`c${i}`, "f", "")) },
        ...results.map((content, i) => ({ role: "tool", tool_call_id: `c${i}`, content })),
      ],
    });
    expect(value.body.contents[2]?.parts?.map((part) => part.functionResponse?.response)).toEqual(
      results.map((text) => ({ output: text })),
    );
    expect(value.body.contents[1]?.parts?.[0]?.functionCall?.args).toEqual({});
  });

  it("text-part array content is concatenated; images become functionResponse.parts on Gemini 3", () => {
    const { value } = translate({
      model: "gemini-3-flash-preview",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: [call("c1", "snap", "{}")], extra_content: { google: { thought_signature: "U0lH" } } },
        {
          role: "tool",
          tool_call_id: "c1",
          content: [
            { type: "text", text: '{"ok":' },
            { type: "text", text: "true}" },
            { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
          ],
        },
      ],
    });
    expect(value.body.contents[2]).toEqual({
      role: "user",
      parts: [
        {
          functionResponse: {
            id: "c1",
            name: "snap",
            response: { ok: true },
            parts: [{ inlineData: { mimeType: "image/png", data: "AAAA" } }],
          },
        },
      ],
    });
  });

  it("older models get function-result media as sibling parts, with a warning", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: [call("c1", "snap", "{}")] },
        { role: "tool", tool_call_id: "c1", content: [{ type: "image_url", image_url: "gs://b/p.png" }] },
      ],
    });
    expect(value.body.contents[2]?.parts).toEqual([
      { functionResponse: { id: "c1", name: "snap", response: { output: "" } } },
      { fileData: { mimeType: "image/png", fileUri: "gs://b/p.png" } },
    ]);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([["messages[2]", "approximated"]]);
  });

  it("the seed's multimodal function response (Vertex): whole output", () => {
    const { value, warnings } = translate(seed, { dialect: "vertex" });
    expect(value).toEqual({
      model: "gemini-3-pro-preview",
      stream: false,
      body: {
        contents: [
          { role: "user", parts: [{ text: "Show me the green shirt I ordered last month." }] },
          {
            role: "model",
            parts: [
              {
                functionCall: {
                  id: "function-call-a350228d-0283-4792-8bfa-40da064fb959",
                  name: "get_image",
                  args: { item_name: "green shirt" },
                },
                thoughtSignature: "<THOUGHT_SIGNATURE>",
              },
            ],
          },
          {
            role: "user",
            parts: [
              {
                functionResponse: {
                  id: "function-call-a350228d-0283-4792-8bfa-40da064fb959",
                  name: "get_image",
                  response: { image_ref: { $ref: "dress.jpg" } },
                  parts: [
                    {
                      fileData: {
                        mimeType: "image/jpg",
                        fileUri: "gs://cloud-samples-data/generative-ai/image/dress.jpg",
                        displayName: "dress.jpg",
                      },
                    },
                  ],
                },
              },
            ],
          },
        ],
        tools: [
          {
            functionDeclarations: [
              {
                name: "get_image",
                description: "Retrieves the image file reference for a specific order item.",
                parametersJsonSchema: {
                  type: "object",
                  properties: {
                    item_name: {
                      type: "string",
                      description: "The name or description of the item ordered (e.g., 'green shirt').",
                    },
                  },
                  required: ["item_name"],
                },
              },
            ],
          },
        ],
      },
      context: { model: "google/gemini-3-pro-preview", signatureMode: "extra_content" },
    });
    expect(warnings).toEqual([]);
    // The page's signature is a placeholder, not base64 (a bytes field): validate with a real-looking one.
    const real = JSON.parse(JSON.stringify(seed).replace("<THOUGHT_SIGNATURE>", "c2lnbmF0dXJl"));
    const body = translate(real, { dialect: "vertex" }).value.body;
    expect(validateOfficial("gemini-request", body, { dialect: "vertex", strict: true })).toEqual({ valid: true, errors: [] });
  });

  it("the seed on the gemini dialect: file_data moves beside the response (GA FunctionResponsePart has inlineData only)", () => {
    const { value, warnings } = translate(seed);
    expect(value.body.contents[2]?.parts).toEqual([
      {
        functionResponse: {
          id: "function-call-a350228d-0283-4792-8bfa-40da064fb959",
          name: "get_image",
          response: { image_ref: { $ref: "dress.jpg" } },
        },
      },
      { fileData: { mimeType: "image/jpg", fileUri: "gs://cloud-samples-data/generative-ai/image/dress.jpg" } },
    ]);
    expect(warnings.map((w) => w.path)).toEqual(["messages[2].extra_content.google.parts[0].file_data.display_name", "messages[2]"]);
    const real = JSON.parse(JSON.stringify(seed).replace("<THOUGHT_SIGNATURE>", "c2lnbmF0dXJl"));
    const body = translate(real).value.body;
    expect(validateOfficial("gemini-request", body, { dialect: "gemini", strict: true })).toEqual({ valid: true, errors: [] });
  });

  it("legacy function_call / function messages", () => {
    const { value } = translate({
      model: "m",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", content: null, function_call: { name: "f", arguments: '{"a":1}' } },
        { role: "function", name: "f", content: "done" },
      ],
    });
    expect(value.body.contents.slice(1)).toEqual([
      { role: "model", parts: [{ functionCall: { name: "f", args: { a: 1 } } }] },
      { role: "user", parts: [{ functionResponse: { name: "f", response: { output: "done" } } }] },
    ]);
  });

  it("invalid JSON arguments and unknown tool_call_id are 400s naming the parameter", () => {
    const badArgs = thrown(() =>
      translate({ model: "m", messages: [{ role: "user", content: "q" }, { role: "assistant", tool_calls: [call("c", "f", "{oops")] }] }),
    ) as GembridgeError;
    expect([badArgs.status, badArgs.param]).toEqual([400, "messages[1].tool_calls[0].function.arguments"]);
    const arrayArgs = thrown(() =>
      translate({ model: "m", messages: [{ role: "user", content: "q" }, { role: "assistant", tool_calls: [call("c", "f", "[1]")] }] }),
    ) as GembridgeError;
    expect(arrayArgs.param).toBe("messages[1].tool_calls[0].function.arguments");
    const unknown = thrown(() =>
      translate({ model: "m", messages: [{ role: "user", content: "q" }, { role: "tool", tool_call_id: "nope", content: "x" }] }),
    ) as GembridgeError;
    expect([unknown.status, unknown.param, unknown.code]).toEqual([400, "messages[1].tool_call_id", "unknown_tool_call_id"]);
  });
});
