import { describe, expect, it } from "vitest";
import type { GembridgeError } from "../errors/gembridge-error";
import { FUNCTION_CALLING_MODE_BY_TOOL_CHOICE } from "../tables/tool-choice";
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const messages = [{ role: "user", content: "q" }];
const fn = (name: string, parameters?: unknown) => ({
  type: "function",
  function: { name, ...(parameters === undefined ? {} : { parameters }) },
});
const params = { type: "object", properties: { city: { type: ["string", "null"] } }, required: ["city"] };

describe("tools", () => {
  it("function tools → functionDeclarations; parametersJsonSchema where the target takes JSON Schema", () => {
    const { value } = translate({ model: "gemini-2.5-flash", messages, tools: [fn("a", params), fn("b")] }, { schemaTarget: "json-schema" });
    expect(value.body.tools).toEqual([
      { functionDeclarations: [{ name: "a", description: "", parametersJsonSchema: params }, { name: "b", description: "" }] },
    ]);
  });

  it("converted OpenAPI-subset parameters when the target is schema", () => {
    const { value } = translate({ model: "gemini-2.0-flash", messages, tools: [fn("a", params)] }, { schemaTarget: "schema" });
    expect(value.body.tools?.[0]?.functionDeclarations?.[0]).toEqual({
      name: "a",
      description: "",
      parameters: { type: "OBJECT", properties: { city: { type: "STRING", nullable: true } }, required: ["city"] },
    });
  });

  it.each(Object.entries(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE))("tool_choice %s → mode %s", (choice, mode) => {
    const { value } = translate({ model: "m", messages, tools: [fn("a")], tool_choice: choice });
    expect(value.body.toolConfig).toEqual({ functionCallingConfig: { mode } });
  });

  it("named choice → ANY + allowedFunctionNames; allowed_tools auto → VALIDATED, required → ANY", () => {
    const tools = [fn("a"), fn("b")];
    const named = translate({ model: "m", messages, tools, tool_choice: { type: "function", function: { name: "b" } } });
    expect(named.value.body.toolConfig).toEqual({ functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["b"] } });
    const allowed = (mode: string) =>
      translate({
        model: "m",
        messages,
        tools,
        tool_choice: { type: "allowed_tools", allowed_tools: { mode, tools: [{ type: "function", function: { name: "a" } }] } },
      }).value.body.toolConfig;
    expect(allowed("auto")).toEqual({ functionCallingConfig: { mode: "VALIDATED", allowedFunctionNames: ["a"] } });
    expect(allowed("required")).toEqual({ functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["a"] } });
  });

  it("legacy functions + function_call", () => {
    const { value } = translate({ model: "m", messages, functions: [{ name: "f" }], function_call: { name: "f" } });
    expect(value.body.tools).toEqual([{ functionDeclarations: [{ name: "f", description: "" }] }]);
    expect(value.body.toolConfig).toEqual({ functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["f"] } });
  });

  it("choices naming undeclared functions, or requiring a call without tools, are 400s", () => {
    const undeclared = thrown(() =>
      translate({ model: "m", messages, tools: [fn("a")], tool_choice: { type: "function", function: { name: "zz" } } }),
    ) as GembridgeError;
    expect(undeclared.param).toBe("tool_choice.function.name");
    expect((thrown(() => translate({ model: "m", messages, tool_choice: "required" })) as GembridgeError).param).toBe("tool_choice");
    expect(translate({ model: "m", messages, tool_choice: "none" }).value.body.toolConfig).toBeUndefined();
  });

  it("parallel_tool_calls: false cannot be enforced: warning, or 400 when strict", () => {
    const request = { model: "m", messages, tools: [fn("a")], parallel_tool_calls: false };
    expect(translate(request).warnings).toEqual([
      { path: "parallel_tool_calls", code: "dropped", message: "Gemini cannot be told to make at most one call per turn" },
    ]);
    expect((thrown(() => translate(request, { strict: true })) as GembridgeError).param).toBe("parallel_tool_calls");
    expect(translate({ ...request, parallel_tool_calls: true }).warnings).toEqual([]);
  });

  it("Google built-in tools via extra_body.google.tools (snake_case → camelCase), web_search_options → googleSearch", () => {
    const { value, warnings } = translate({
      model: "m",
      messages,
      tools: [fn("a")],
      web_search_options: { search_context_size: "high" },
      extra_body: {
        google: { tools: [{ code_execution: {} }, { url_context: {} }, { google_search: { time_range_filter: { start_time: "t" } } }] },
      },
    });
    expect(value.body.tools).toEqual([
      { functionDeclarations: [{ name: "a", description: "" }] },
      { codeExecution: {} },
      { urlContext: {} },
      { googleSearch: { timeRangeFilter: { startTime: "t" } } },
    ]);
    expect(warnings.map((w) => w.path)).toEqual(["web_search_options.search_context_size"]);
    expect(translate({ model: "m", messages, web_search_options: {} }).value.body.tools).toEqual([{ googleSearch: {} }]);
  });

  it("stream_function_call_arguments → toolConfig flag on Vertex; a warning on the Gemini API", () => {
    const request = { model: "gemini-3-pro-preview", messages, tools: [fn("a")], extra_body: { google: { stream_function_call_arguments: true } } };
    expect(translate(request, { dialect: "vertex" }).value.body.toolConfig).toEqual({
      functionCallingConfig: { streamFunctionCallArguments: true },
    });
    const gemini = translate(request);
    expect(gemini.value.body.toolConfig).toBeUndefined();
    expect(gemini.warnings).toEqual([
      { path: "extra_body.google.stream_function_call_arguments", code: "dropped", message: "streamed function-call arguments exist on Vertex AI only" },
    ]);
  });

  it("extra_body.google.tool_config merges (retrieval config, explicit mode wins)", () => {
    const { value } = translate({
      model: "m",
      messages,
      tools: [fn("a")],
      tool_choice: "auto",
      google: { tool_config: { retrieval_config: { lat_lng: { latitude: 1, longitude: 2 } }, function_calling_config: { mode: "ANY" } } },
    });
    expect(value.body.toolConfig).toEqual({
      functionCallingConfig: { mode: "ANY" },
      retrievalConfig: { latLng: { latitude: 1, longitude: 2 } },
    });
  });

  it("tool_choice may name a function declared natively in extra_body.google.tools", () => {
    const { value } = translate({
      model: "m",
      messages,
      tool_choice: { type: "function", function: { name: "native" } },
      extra_body: { google: { tools: [{ function_declarations: [{ name: "native", parameters_json_schema: { type: "object", properties: { a_b: {} } } }] }] } },
    });
    expect(value.body.tools).toEqual([
      { functionDeclarations: [{ name: "native", parametersJsonSchema: { type: "object", properties: { a_b: {} } } }] },
    ]);
    expect(value.body.toolConfig).toEqual({ functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["native"] } });
  });

  it("custom tools are unsupported: dropped with a warning", () => {
    const { value, warnings } = translate({ model: "m", messages, tools: [{ type: "custom", custom: { name: "g" } }] });
    expect(value.body.tools).toBeUndefined();
    expect(warnings.map((w) => [w.path, w.code])).toEqual([["tools[0]", "dropped"]]);
  });
});
