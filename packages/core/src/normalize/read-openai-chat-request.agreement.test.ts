import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { corruptedArbitrary, openAIChatRequestArbitrary, jsonValueArbitrary } from "@gembridge/testkit";
import type { GembridgeError } from "../errors/gembridge-error";
import { parseOpenAIChatRequest } from "../wire/openai";
import { expectAgreement, verdict } from "../../test/helpers/reader-agreement";
import { readOpenAIChatRequest } from "./read-openai-chat-request";

const agree = (input: unknown): void => expectAgreement(readOpenAIChatRequest, parseOpenAIChatRequest, input);

describe("readOpenAIChatRequest agrees with parseOpenAIChatRequest (zod)", () => {
  test.prop([openAIChatRequestArbitrary()], { numRuns: 300 })("valid requests: same value", agree);
  test.prop([corruptedArbitrary(openAIChatRequestArbitrary())], { numRuns: 500 })("corrupted requests: same verdict, same param", ({ value }) => agree(value));
  test.prop([jsonValueArbitrary], { numRuns: 200 })("any JSON: same verdict", agree);

  it("returns the input itself and reports the first bad parameter as a 400", () => {
    const request = { model: "m", messages: [{ role: "user", content: "hi" }] };
    expect(readOpenAIChatRequest(request)).toBe(request);
    const cases: Array<[unknown, string, string]> = [
      [{ messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: 1 } }] }] }, "messages[0].content[0].image_url.url", "invalid_type"],
      [{ messages: [{ role: "robot", content: "x" }] }, "messages[0].role", "invalid_value"],
      [{ messages: [{ role: "tool", content: "x" }] }, "messages[0].tool_call_id", "missing_required_parameter"],
      [{ messages: [], reasoning_effort: "extreme" }, "reasoning_effort", "invalid_value"],
    ];
    for (const [input, param, code] of cases) {
      const error = verdict(() => readOpenAIChatRequest(input));
      expect(error).toEqual({ ok: false, param });
      try {
        readOpenAIChatRequest(input);
      } catch (e) {
        expect([(e as GembridgeError).status, (e as GembridgeError).code]).toEqual([400, code]);
      }
    }
  });
});
