import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { translate } from "../../test/helpers/openai-to-gemini-test-helpers";

/**
 * The forward-side losses of docs/decisions/0086 each warn with a JSON path (docs/decisions/0130), and the cases
 * next to them that lose nothing stay silent. Whole bodies are asserted where the warning is about the body.
 */
const hi = [{ role: "user", content: "hi" }];
const codes = (warnings: readonly { path: string; code: string }[]) => warnings.map((w) => `${w.path} ${w.code}`);

describe("reasoning_effort values that collapse onto a neighbour", () => {
  it.each([
    ["gemini-3-flash-preview", "xhigh", { thinkingLevel: "HIGH" }, ["reasoning_effort approximated"]],
    ["gemini-3-flash-preview", "max", { thinkingLevel: "HIGH" }, ["reasoning_effort approximated"]],
    ["gemini-3-flash-preview", "high", { thinkingLevel: "HIGH" }, []],
    ["gemini-2.5-flash", "minimal", { thinkingBudget: 1024 }, ["reasoning_effort approximated"]],
    ["gemini-2.5-flash", "low", { thinkingBudget: 1024 }, []],
    ["gemini-2.5-pro", "max", { thinkingBudget: 32768 }, []],
  ] as const)("%s %s", (model, effort, thinkingConfig, expected) => {
    const { value, warnings } = translate({ model, messages: hi, reasoning_effort: effort });
    expect(value.body.generationConfig).toEqual({ thinkingConfig });
    expect(codes(warnings)).toEqual(expected);
  });

  it("one warning per path: a clamped budget and the collapse share it", () => {
    const { warnings } = translate({ model: "gemini-2.5-flash", messages: hi, reasoning_effort: "xhigh" });
    expect(warnings).toEqual([
      { path: "reasoning_effort", code: "approximated", message: "thinking budget 32768 is outside this model's range [1, 24576]; sent 24576" },
    ]);
    const minimal = translate({ model: "gemini-2.5-flash", messages: hi, reasoning_effort: "minimal" }).warnings;
    expect(minimal).toEqual([{ path: "reasoning_effort", code: "approximated", message: "Gemini 2.5 has no thinking budget step for 'minimal'; sent the budget of 'low'" }]);
  });
});

describe("response_format.json_schema and function strict", () => {
  it("name and description are dropped with warnings; strict needs no field (Gemini always constrains to the schema)", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: hi,
      response_format: { type: "json_schema", json_schema: { name: "thing", description: "A thing", strict: true, schema: { type: "object" } } },
    });
    expect(value.body.generationConfig).toEqual({ responseMimeType: "application/json", responseJsonSchema: { type: "object" } });
    expect(warnings).toEqual([
      { path: "response_format.json_schema.name", code: "dropped", message: "Gemini response schemas have no name" },
      { path: "response_format.json_schema.description", code: "dropped", message: "Gemini response schemas have no description" },
    ]);
  });

  const tool = (strict: boolean) => ({ type: "function", function: { name: "f", strict, parameters: { type: "object" } } });
  it.each([
    ["absent (AUTO)", undefined, ["tools[0].function.strict dropped"]],
    ["auto", "auto", ["tools[0].function.strict dropped"]],
    ["required (ANY guarantees schema adherence)", "required", []],
    ["a named function (ANY)", { type: "function", function: { name: "f" } }, []],
    ["validated (constrained decoding)", "validated", []],
    ["none (no calls at all)", "none", []],
  ] as const)("strict: true with tool_choice %s", (_name, toolChoice, expected) => {
    const { warnings } = translate({ model: "gemini-3-flash-preview", messages: hi, tools: [tool(true), tool(false)], ...(toolChoice === undefined ? {} : { tool_choice: toolChoice }) });
    expect(codes(warnings)).toEqual(expected);
  });

  it("the mode set through extra_body.google.tool_config decides too", () => {
    const { value, warnings } = translate({ model: "gemini-3-flash-preview", messages: hi, tools: [tool(true)], extra_body: { google: { tool_config: { function_calling_config: { mode: "ANY" } } } } });
    expect(value.body.toolConfig).toEqual({ functionCallingConfig: { mode: "ANY" } });
    expect(warnings).toEqual([]);
  });
});

describe("message content", () => {
  const file = (file: Record<string, unknown>) => [{ role: "user", content: [{ type: "file", file }] }];

  it.each([
    ["data URI gives the MIME type: the name is dropped", { file_data: "data:application/pdf;base64,JVBE", filename: "a.pdf" }, { inlineData: { mimeType: "application/pdf", data: "JVBE" } }, ["messages[0].content[0].file.filename dropped"]],
    ["bare base64: the name gives the MIME type (no warning)", { file_data: "JVBE", filename: "a.pdf" }, { inlineData: { mimeType: "application/pdf", data: "JVBE" } }, []],
    ["bare base64, name without a known extension", { file_data: "JVBE", filename: "notes" }, { inlineData: { mimeType: "application/pdf", data: "JVBE" } }, ["messages[0].content[0].file.filename dropped", "messages[0].content[0].file.file_data defaulted"]],
    ["URI: the name gives the MIME type (no warning)", { file_id: "gs://b/doc", filename: "doc.pdf" }, { fileData: { mimeType: "application/pdf", fileUri: "gs://b/doc" } }, []],
    ["URI: a name that tells nothing", { file_id: "gs://b/doc.pdf", filename: "doc" }, { fileData: { mimeType: "application/pdf", fileUri: "gs://b/doc.pdf" } }, ["messages[0].content[0].file.filename dropped"]],
  ] as const)("file.filename — %s", (_name, input, part, expected) => {
    const { value, warnings } = translate({ model: "gemini-2.5-flash", messages: file(input) });
    expect(value.body.contents).toEqual([{ role: "user", parts: [part] }]);
    expect(codes(warnings)).toEqual(expected);
  });

  it("a refusal in assistant history becomes model text, with a warning", () => {
    const { value, warnings } = translate({ model: "gemini-2.5-flash", messages: [...hi, { role: "assistant", content: null, refusal: "I can't." }, { role: "user", content: "ok" }] });
    expect(value.body.contents[1]).toEqual({ role: "model", parts: [{ text: "I can't." }] });
    expect(warnings).toEqual([{ path: "messages[1].refusal", code: "approximated", message: "Gemini has no refusal field; the refusal was sent as model text" }]);
  });

  it("tool results in several text parts are joined, with a warning; one part is not", () => {
    const call = { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] };
    const result = (content: unknown) => translate({ model: "gemini-2.5-flash", messages: [...hi, call, { role: "tool", tool_call_id: "c1", content }] });
    const joined = result([{ type: "text", text: "a" }, { type: "text", text: "b" }]);
    expect(joined.value.body.contents[2]).toEqual({ role: "user", parts: [{ functionResponse: { id: "c1", name: "f", response: { output: "ab" } } }] });
    expect(joined.warnings).toEqual([{ path: "messages[2].content", code: "approximated", message: "2 text parts were joined into one function result" }]);
    expect(result([{ type: "text", text: "a" }]).warnings).toEqual([]);
  });
});

describe("image detail on models with one media resolution per request (Gemini 2.5)", () => {
  const image = (url: string, detail?: string) => ({ type: "image_url", image_url: detail === undefined ? { url } : { url, detail } });
  const run = (content: unknown[], extra: Record<string, unknown> = {}) => translate({ model: "gemini-2.5-flash", messages: [{ role: "user", content }], ...extra });

  it("images without a detail (absent, auto, a bare string) get the request-level resolution, with a warning each", () => {
    const { value, warnings } = run([image("https://x.test/a.png", "high"), image("https://x.test/b.png"), image("https://x.test/c.png", "auto"), { type: "image_url", image_url: "https://x.test/d.png" }]);
    expect(value.body.generationConfig).toEqual({ mediaResolution: "MEDIA_RESOLUTION_HIGH" });
    expect(codes(warnings)).toEqual([
      "messages[0].content[1].image_url approximated",
      "messages[0].content[2].image_url.detail approximated",
      "messages[0].content[3].image_url approximated",
    ]);
    expect(validateOfficial("gemini-request", value.body, { strict: true }).errors).toEqual([]);
  });

  it("no detail anywhere, or the same detail everywhere: nothing changes, nothing warns", () => {
    expect(run([image("https://x.test/a.png"), image("https://x.test/b.png")]).warnings).toEqual([]);
    const same = run([image("https://x.test/a.png", "low"), image("https://x.test/b.png", "low")]);
    expect(same.value.body.generationConfig).toEqual({ mediaResolution: "MEDIA_RESOLUTION_LOW" });
    expect(same.warnings).toEqual([]);
  });

  it("extra_body.google.media_resolution wins over every detail, with a warning for each", () => {
    const { value, warnings } = run([image("https://x.test/a.png", "high"), image("https://x.test/b.png")], { extra_body: { google: { media_resolution: "low" } } });
    expect(value.body.generationConfig).toEqual({ mediaResolution: "MEDIA_RESOLUTION_LOW" });
    expect(codes(warnings)).toEqual(["messages[0].content[0].image_url.detail dropped"]);
  });

  it("Gemini 3 takes a resolution per part: an image without detail keeps the model default silently", () => {
    const { value, warnings } = translate({ model: "gemini-3-flash-preview", messages: [{ role: "user", content: [image("https://x.test/a.png", "high"), image("https://x.test/b.png")] }] });
    expect(value.body.contents[0]?.parts).toEqual([
      { fileData: { mimeType: "image/png", fileUri: "https://x.test/a.png" }, mediaResolution: { level: "MEDIA_RESOLUTION_HIGH" } },
      { fileData: { mimeType: "image/png", fileUri: "https://x.test/b.png" } },
    ]);
    expect(warnings).toEqual([]);
  });
});
