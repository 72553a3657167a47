import { decodeToolCallIdSignature } from "@gembridge/core/internal";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { FakeHandler } from "./helpers/fake-upstream";
import { replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { recorded, recordedChunks } from "./helpers/fixtures";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";


// The official `openai` SDK against the gateway, in front of a scripted Gemini upstream answering with recorded
// Gemini payloads. Each test queues the upstream's replies and asserts both what the SDK got and what Gemini got.
const replies: FakeHandler[] = [];
const upstream = await startFakeUpstream((request, response, raw) => {
  const reply = replies.shift();
  if (reply === undefined) return replyJson(response, 500, { error: { code: 500, message: "no reply queued", status: "INTERNAL" } });
  return reply(request, response, raw);
});
let gateway: TestGateway;
let idGateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ geminiBaseUrl: upstream.url });
  idGateway = await startTestGateway({ geminiBaseUrl: upstream.url, signatureMode: "tool_call_id" });
});
afterEach(() => {
  upstream.received.length = 0;
  replies.length = 0;
});
afterAll(async () => {
  await gateway.close();
  await idGateway.close();
  await upstream.close();
});

const client = (target: TestGateway) => new OpenAI({ apiKey: "unused", baseURL: `${target.url}/v1`, maxRetries: 0 });
const json = (body: unknown): FakeHandler => (_request, response) => replyJson(response, 200, body);

describe("openai SDK → gateway → Gemini", () => {
  it("unary: a recorded Gemini 3 answer becomes a chat.completion", async () => {
    replies.push(json(recorded("gemini-native/vercel-gemini3-pro-text-thoughtsig.json")));
    const completion = await client(gateway).chat.completions.create({
      model: "gemini-3-pro-preview",
      messages: [{ role: "user", content: "How many r's are in strawberry?" }],
    });
    expect(completion.choices[0]?.message.content).toBe("There are **3** r's in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.");
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.id).toBe("Un6LacrVMcjUxs0PmJfWoQc");
    expect(completion.model).toBe("gemini-3-pro-preview");
    expect(upstream.received[0]?.url).toBe("/v1beta/models/gemini-3-pro-preview:generateContent");
    expect(upstream.received[0]?.headers["x-goog-api-key"]).toBe("test-key");
    expect(upstream.received[0]?.body).toEqual({ contents: [{ role: "user", parts: [{ text: "How many r's are in strawberry?" }] }] });
  });

  it("streaming: ChatCompletionStream assembles our chunks (finalChatCompletion)", async () => {
    const chunks = recordedChunks("gemini-native/vercel-gemini3-pro-text-stream.jsonl");
    replies.push((_request, response) => replySse(response, chunks, "gemini"));
    const stream = client(gateway).chat.completions.stream({
      model: "gemini-3-pro-preview",
      messages: [{ role: "user", content: "How many r's are in strawberry?" }],
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    stream.on("content.delta", ({ delta }) => deltas.push(delta));
    const final = await stream.finalChatCompletion();
    const expectedText = chunks
      .flatMap((chunk) => (chunk as { candidates: Array<{ content: { parts: Array<{ text?: string }> } }> }).candidates)
      .flatMap((candidate) => candidate.content.parts.map((part) => part.text ?? ""))
      .join("");
    expect(final.choices[0]?.message.content).toBe(expectedText);
    expect(deltas.join("")).toBe(expectedText);
    expect(final.choices[0]?.finish_reason).toBe("stop");
    expect(final.usage?.prompt_tokens).toBe(9);
    expect(upstream.received[0]?.url).toBe("/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse");
  });

  const tools: OpenAI.ChatCompletionTool[] = [
    {
      type: "function",
      function: { name: "weather", parameters: { type: "object", properties: { location: { type: "string" } }, required: ["location"] } },
    },
  ];
  const toolCallResponse = recorded<{ candidates: Array<{ content: { parts: Array<{ thoughtSignature: string }> } }> }>(
    "gemini-native/vercel-gemini3-pro-toolcall.json",
  );
  const signature = toolCallResponse.candidates[0]?.content.parts[0]?.thoughtSignature;

  /** Turn 1 returns the recorded function call; turn 2 sends the result back. Returns the functionCall part Gemini got in turn 2. */
  async function twoTurns(target: TestGateway, keepExtraContent: boolean) {
    replies.push(json(toolCallResponse));
    replies.push(json(recorded("gemini-native/vercel-gemini3-pro-text-thoughtsig.json")));
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: "user", content: "Weather in San Francisco?" }];
    const first = await client(target).chat.completions.create({ model: "gemini-3-pro-preview", messages, tools });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe("tool_calls");
    expect(call?.type === "function" && call.function).toEqual({ name: "weather", arguments: '{"location":"San Francisco"}' });
    if (call === undefined) throw new Error("no tool call");
    // A client that keeps only the typed fields sends back { id, type, function } and nothing else.
    const echoed = keepExtraContent ? call : { id: call.id, type: call.type, function: (call as OpenAI.ChatCompletionMessageFunctionToolCall).function };
    messages.push({ role: "assistant", content: null, tool_calls: [echoed as OpenAI.ChatCompletionMessageToolCall] });
    messages.push({ role: "tool", tool_call_id: call.id, content: '{"temperature":"18C"}' });
    await client(target).chat.completions.create({ model: "gemini-3-pro-preview", messages, tools });
    const turn2 = upstream.received[1]?.body as { contents: Array<{ role: string; parts: Array<Record<string, unknown>> }> };
    return { call, turn2, modelTurn: turn2.contents[1] };
  }

  it("tools over two turns: the thought signature returns via extra_content", async () => {
    const { call, modelTurn, turn2 } = await twoTurns(gateway, true);
    expect((call as unknown as { extra_content: unknown }).extra_content).toEqual({ google: { thought_signature: signature } });
    const functionCall = { id: call.id, name: "weather", args: { location: "San Francisco" } };
    expect(modelTurn).toEqual({ role: "model", parts: [{ functionCall, thoughtSignature: signature }] });
    expect(turn2.contents[2]?.parts[0]).toMatchObject({ functionResponse: { id: call.id, name: "weather" } });
  });

  it("tools over two turns: signatureMode tool_call_id survives a client that drops unknown fields", async () => {
    const { call, modelTurn } = await twoTurns(idGateway, false);
    const { id, signature: fromId } = decodeToolCallIdSignature(call.id);
    expect(call.id.startsWith("gbts1_")).toBe(true);
    expect(fromId).toBe(signature);
    // Gemini gets the original id back, and the signature on the functionCall part it belongs to.
    const functionCall = { id, name: "weather", args: { location: "San Francisco" } };
    expect(modelTurn).toEqual({ role: "model", parts: [{ functionCall, thoughtSignature: signature }] });
  });

  it("without the id mode, a client that drops unknown fields gets the real signature back from the default signature store", async () => {
    const { modelTurn } = await twoTurns(gateway, false);
    expect(modelTurn?.parts[0]?.thoughtSignature).toMatch(/^Eqo\+/);
    expect(modelTurn?.parts[0]?.thoughtSignature).not.toBe("skip_thought_signature_validator");
  });

  it("structured output: parse() + zodResponseFormat", async () => {
    const Person = z.object({ name: z.string(), age: z.number() });
    replies.push(
      json({
        candidates: [{ content: { role: "model", parts: [{ text: '{"name":"Ada Lovelace","age":36}' }] }, finishReason: "STOP", index: 0 }],
        usageMetadata: { promptTokenCount: 12, candidatesTokenCount: 11, totalTokenCount: 23 },
        modelVersion: "gemini-2.5-flash",
        responseId: "constructed-structured-1",
      }),
    );
    const completion = await client(gateway).chat.completions.parse({
      model: "gemini-2.5-flash",
      messages: [{ role: "user", content: "Who wrote the first program? Name and age at death." }],
      response_format: zodResponseFormat(Person, "person"),
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ name: "Ada Lovelace", age: 36 });
    const body = upstream.received[0]?.body as { generationConfig: Record<string, unknown> };
    const config = body.generationConfig;
    expect(config.responseMimeType).toBe("application/json");
    const schema = (config.responseJsonSchema ?? config.responseSchema) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["name", "age"]);
  });

  it("image input: a data URI becomes inlineData", async () => {
    const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    replies.push(json(recorded("gemini-native/vercel-gemini3-pro-text-thoughtsig.json")));
    await client(gateway).chat.completions.create({
      model: "gemini-3-pro-preview",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is in this image?" },
            { type: "image_url", image_url: { url: `data:image/png;base64,${png}` } },
          ],
        },
      ],
    });
    const body = upstream.received[0]?.body as { contents: Array<{ parts: unknown[] }> };
    const parts = body.contents[0]?.parts;
    expect(parts).toEqual([{ text: "What is in this image?" }, { inlineData: { mimeType: "image/png", data: png } }]);
  });

  it("image output: a generated image reaches the client", async () => {
    const gemini = recorded<{ candidates: Array<{ content: { parts: Array<{ inlineData: { data: string } }> } }> }>(
      "gemini-native/pai-vertex-gemini-image-output.json",
    );
    replies.push(json(gemini));
    const completion = await client(gateway).chat.completions.create({
      model: "gemini-2.5-flash-image",
      messages: [{ role: "user", content: "Draw a cat." }],
      modalities: ["text", "image" as "text"],
    });
    const message = completion.choices[0]?.message as OpenAI.ChatCompletionMessage & { audio: { data: string } };
    expect(message.audio.data).toBe(gemini.candidates[0]?.content.parts[0]?.inlineData.data);
    expect(completion.usage?.completion_tokens).toBe(1290);
  });
});
