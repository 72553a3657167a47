import { describe, expect, it } from "vitest";
import { encodeToolCallIdSignature } from "../signature/tool-call-id-signature";
import { SKIP_THOUGHT_SIGNATURE } from "./openai-to-gemini-options";
import { translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const call = (id: string, name = "f", extra?: unknown) => ({
  id,
  type: "function",
  function: { name, arguments: "{}" },
  ...(extra === undefined ? {} : { extra_content: { google: { thought_signature: extra } } }),
});

describe("thought signatures", () => {
  it("tool-call and message signatures land on their own parts, never moved or duplicated", () => {
    const { value } = translate({
      model: "gemini-3-pro-preview",
      messages: [
        { role: "user", content: "q" },
        {
          role: "assistant",
          content: "Let me look.",
          extra_content: { google: { thought_signature: "TVNH" } },
          tool_calls: [call("c1", "f", "Q0FMTDE="), call("c2")],
        },
        { role: "tool", tool_call_id: "c1", content: "{}" },
        { role: "tool", tool_call_id: "c2", content: "{}" },
      ],
    });
    expect(value.body.contents[1]?.parts).toEqual([
      { text: "Let me look.", thoughtSignature: "TVNH" },
      { functionCall: { id: "c1", name: "f", args: {} }, thoughtSignature: "Q0FMTDE=" },
      { functionCall: { id: "c2", name: "f", args: {} } },
    ]);
  });

  it("a message signature with no text goes to the first call when no call is signed, else on an empty text part", () => {
    const first = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: [call("c1"), call("c2")], extra_content: { google: { thought_signature: "TVNH" } } },
      ],
    });
    expect(first.value.body.contents[1]?.parts?.map((p) => p.thoughtSignature)).toEqual(["TVNH", undefined]);
    const image = translate({
      model: "gemini-3-pro-image-preview",
      messages: [
        { role: "user", content: "cat" },
        { role: "assistant", content: null, extra_content: { google: { thought_signature: "SU1H" } } },
        { role: "user", content: "another" },
      ],
    });
    expect(image.value.body.contents[1]).toEqual({ role: "model", parts: [{ text: "", thoughtSignature: "SU1H" }] });
  });

  it("signatures encoded into tool-call ids are decoded; the tool message matches the decoded id", () => {
    const encoded = encodeToolCallIdSignature("call_1", "RW5jb2RlZA==");
    if (encoded === null) throw new Error("encoding failed");
    const { value, warnings } = translate({
      model: "gemini-3-flash-preview",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: [call(encoded, "lookup")] },
        { role: "tool", tool_call_id: encoded, content: "ok" },
      ],
    });
    expect(value.body.contents.slice(1)).toEqual([
      { role: "model", parts: [{ functionCall: { id: "call_1", name: "lookup", args: {} }, thoughtSignature: "RW5jb2RlZA==" }] },
      { role: "user", parts: [{ functionResponse: { id: "call_1", name: "lookup", response: { output: "ok" } } }] },
    ]);
    expect(warnings).toEqual([]);
  });

  it("extra_content wins over an id-encoded signature (no duplication)", () => {
    const encoded = encodeToolCallIdSignature("c", "SUQ=") ?? "";
    const { value } = translate({
      model: "gemini-3-flash-preview",
      messages: [{ role: "user", content: "q" }, { role: "assistant", tool_calls: [call(encoded, "f", "RVhUUkE=")] }],
    });
    expect(value.body.contents[1]?.parts).toEqual([{ functionCall: { id: "c", name: "f", args: {} }, thoughtSignature: "RVhUUkE=" }]);
  });

  it("Gemini 3: unsigned current-turn steps get the bypass value on their first call, with a warning", () => {
    const { value, warnings } = translate({
      model: "gemini-3-pro-preview",
      messages: [
        { role: "user", content: "old question" },
        { role: "assistant", tool_calls: [call("o1")] },
        { role: "tool", tool_call_id: "o1", content: "x" },
        { role: "assistant", content: "old answer" },
        { role: "user", content: "new question" },
        { role: "assistant", tool_calls: [call("a"), call("b")] },
        { role: "tool", tool_call_id: "a", content: "1" },
        { role: "tool", tool_call_id: "b", content: "2" },
        { role: "assistant", tool_calls: [call("c", "f", "U0lH")] },
        { role: "tool", tool_call_id: "c", content: "3" },
      ],
    });
    const steps = value.body.contents.filter((c) => c.role === "model").map((c) => c.parts?.map((p) => p.thoughtSignature));
    // Old turn untouched; step 1: bypass on the first call only; step 2 already signed.
    expect(steps).toEqual([[undefined], [undefined], [SKIP_THOUGHT_SIGNATURE, undefined], ["U0lH"]]);
    expect(warnings).toEqual([
      {
        path: "messages[5].tool_calls",
        code: "defaulted",
        message: `function call without a thought signature in the current turn; sent the bypass value ${SKIP_THOUGHT_SIGNATURE}`,
      },
    ]);
  });

  it("the bypass is off for older models by default, and both ways by option", () => {
    const request = { model: "gemini-2.5-pro", messages: [{ role: "user", content: "q" }, { role: "assistant", tool_calls: [call("a")] }] };
    expect(translate(request).value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBeUndefined();
    expect(translate(request, { skipThoughtSignature: true }).value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBe(
      SKIP_THOUGHT_SIGNATURE,
    );
    const gemini3 = { ...request, model: "gemini-3-pro-preview" };
    expect(translate(gemini3, { skipThoughtSignature: false }).value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBeUndefined();
  });
});

describe("thoughts in history", () => {
  it("reasoning_content → a leading thought part; thought_tag_marker text → thought parts (Google's endpoint does this)", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", reasoning_content: "hmm", content: "<think>plan</think>Answer <think>more</think>done" },
        { role: "user", content: "next" },
      ],
      extra_body: { google: { thought_tag_marker: "think" } },
    });
    expect(value.body.contents[1]?.parts).toEqual([
      { text: "hmm", thought: true },
      { text: "plan", thought: true },
      { text: "Answer " },
      { text: "more", thought: true },
      { text: "done" },
    ]);
    expect(value.context.thoughtTagMarker).toBe("think");
    expect(warnings).toEqual([]);
  });

  it("an unclosed tag stays text; without a marker tags are plain text; historyThoughts: drop removes thoughts", () => {
    const base = { model: "m", messages: [{ role: "user", content: "q" }, { role: "assistant", reasoning_content: "r", content: "<t>x" }] };
    expect(translate({ ...base, google: { thought_tag_marker: "t" } }).value.body.contents[1]?.parts).toEqual([
      { text: "r", thought: true },
      { text: "<t>x" },
    ]);
    const dropped = { ...base, messages: [base.messages[0], { role: "assistant", reasoning_content: "r", content: "<t>x</t>y" }] };
    expect(translate({ ...dropped, google: { thought_tag_marker: "t" } }, { historyThoughts: "drop" }).value.body.contents[1]?.parts).toEqual([
      { text: "y" },
    ]);
    expect(translate(dropped).value.body.contents[1]?.parts).toEqual([{ text: "r", thought: true }, { text: "<t>x</t>y" }]);
  });

  it("message-level extra_content.google.thought marks the message text as thought", () => {
    const { value } = translate({
      model: "m",
      messages: [{ role: "user", content: "q" }, { role: "assistant", content: "step", extra_content: { google: { thought: true } } }],
    });
    expect(value.body.contents[1]?.parts).toEqual([{ text: "step", thought: true }]);
  });
});
