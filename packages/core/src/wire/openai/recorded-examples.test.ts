import { describe, expect, it } from "vitest";
import { listFiles, readJson, readSseData, repoRoot } from "../../../test/openai-fixtures";
import { openAIChatCompletionChunkSchema } from "./chunk";
import { openAIChatRequestSchema } from "./request";
import { openAIChatCompletionSchema } from "./response";
import {
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
  parseOpenAIError,
} from "./parse-openai";

// Real payloads (fixtures/recorded, provenance in its SOURCES.md) and OpenAI's reference examples
// (fixtures/specvalidate-testdata, see its README) parse; the hand-made `.bad` ones fail where they should.
const recorded = `${repoRoot}fixtures/recorded/`;
const testdata = `${repoRoot}fixtures/specvalidate-testdata/`;
const json = (name: string) => name.endsWith(".json");

/** Every issue path of a failed safeParse, joined like `messages[1].tool_call_id`. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) =>
    issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join(""),
  );
}

describe("recorded OpenAI payloads", () => {
  it.each(listFiles(`${recorded}openai-requests/`, json))("request %s parses unchanged", (name) => {
    const input = readJson(`${recorded}openai-requests/${name}`);
    expect(parseOpenAIChatRequest(input)).toEqual(input);
  });

  it.each(listFiles(`${recorded}openai-compat/`, json))("Google compat response %s parses unchanged", (name) => {
    const input = readJson(`${recorded}openai-compat/${name}`);
    expect(parseOpenAIChatCompletion(input)).toEqual(input);
  });
});

describe("OpenAI reference examples and specvalidate samples", () => {
  const files = listFiles(testdata, (name) => name.startsWith("openai-") && !name.includes(".bad."));
  it.each(files.filter((name) => name.endsWith(".request.json")))("%s parses as a request", (name) => {
    const input = readJson(testdata + name);
    expect(parseOpenAIChatRequest(input)).toEqual(input);
  });
  it.each(files.filter((name) => name.endsWith(".response.json") || name === "openai-response.ok.json"))(
    "%s parses as a chat.completion",
    (name) => {
      const input = readJson(testdata + name);
      expect(parseOpenAIChatCompletion(input)).toEqual(input);
    },
  );
  it.each(files.filter((name) => name.endsWith(".sse")))("%s chunks parse", (name) => {
    const chunks = readSseData(testdata + name);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(parseOpenAIChatCompletionChunk(chunk)).toEqual(chunk);
  });
  it("openai-request.ok.json and openai-error.ok.json parse", () => {
    expect(parseOpenAIChatRequest(readJson(`${testdata}openai-request.ok.json`))).toBeTruthy();
    const error = readJson(`${testdata}openai-error.ok.json`);
    expect(parseOpenAIError(error)).toEqual(error);
  });

  it("openai-request.bad.json fails at every wrong field and keeps the misspelt key", () => {
    const input = readJson(`${testdata}openai-request.bad.json`);
    expect(() => parseOpenAIChatRequest(input)).toThrow(
      expect.objectContaining({ param: "messages[1].tool_call_id", status: 400 }),
    );
    expect(issuePaths(openAIChatRequestSchema.safeParse(input))).toEqual([
      "messages[1].tool_call_id",
      "messages[2].role",
      "temperature",
      "tool_choice",
    ]);
  });

  it("openai-response.bad.json fails at created and finish_reason", () => {
    const input = readJson(`${testdata}openai-response.bad.json`);
    expect(() => parseOpenAIChatCompletion(input)).toThrow(expect.objectContaining({ param: "created" }));
    expect(issuePaths(openAIChatCompletionSchema.safeParse(input))).toEqual(["created", "choices[0].finish_reason"]);
  });

  it("openai-chunks.bad.sse fails at object, then at the missing index and unknown finish_reason", () => {
    const [first, second] = readSseData(`${testdata}openai-chunks.bad.sse`);
    expect(() => parseOpenAIChatCompletionChunk(first)).toThrow(expect.objectContaining({ param: "object" }));
    expect(issuePaths(openAIChatCompletionChunkSchema.safeParse(second))).toEqual([
      "choices[0].index",
      "choices[0].finish_reason",
    ]);
  });
});
