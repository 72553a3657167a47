import type { GeminiFunctionDeclaration, GeminiTool, GeminiToolConfig } from "../wire/gemini";
import { convertRequestSchema } from "./convert-request-schema";
import { STAGE } from "./openai-request-params";
import { type GoogleExtensions, NO_GOOGLE_EXTENSIONS } from "./openai-to-gemini-google-extensions";
import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { openaiToolChoiceToGemini } from "./openai-to-gemini-tool-choice";
import { expectArray, expectBoolean, expectRecord, expectString, isRecord, type JsonRecord, optionalString, readOptional, hasAnyParam } from "./read-json";
import { snakeToCamelKeys } from "./snake-to-camel-keys";

export interface GeminiToolsResult {
  tools: GeminiTool[] | undefined;
  toolConfig: GeminiToolConfig | undefined;
}

/** `extra_body.google` keys this stage reads besides `tool_config` (without them and STAGE.tools it has nothing to build). */
const GOOGLE_TOOL_KEYS: ReadonlySet<string> = new Set(["tools", "stream_function_call_arguments"]);

/**
 * `tools`, legacy `functions`, `web_search_options` and `extra_body.google.tools` → `tools` (function
 * declarations in one Tool, each built-in in its own Tool entry, https://ai.google.dev/api/caching#Tool); `tool_choice` /
 * `function_call`, `parallel_tool_calls`, `stream_function_call_arguments` and `extra_body.google.tool_config`
 * → `toolConfig`.
 */
export function openaiToolsToGemini(request: JsonRecord, google: GoogleExtensions, state: RequestState): GeminiToolsResult {
  if ((state.stages & STAGE.tools) === 0 && (google === NO_GOOGLE_EXTENSIONS || !hasAnyParam(google.values, GOOGLE_TOOL_KEYS))) {
    return withToolConfig([], {}, google);
  }
  const declarations: GeminiFunctionDeclaration[] = [];
  /** Paths of `strict: true` functions: honoured or not depending on the final calling mode (checked at the end). */
  const strict: string[] = [];
  const rawTools = readOptional(request, "tools");
  if (rawTools !== undefined) {
    const tools = expectArray(rawTools, "tools");
    for (let i = 0; i < tools.length; i++) {
      const tool = expectRecord(tools[i], `tools[${i}]`);
      const type = readOptional(tool, "type") ?? "function";
      if (type === "function") declarations.push(declaration(tool.function, `tools[${i}].function`, state, strict));
      // Describe non-string types by kind: String() of client JSON can throw (`[{"toString": 1}]`).
      else unsupported(state, `tools[${i}]`, `tool type '${typeof type === "string" ? type : Array.isArray(type) ? "(array)" : `(${type === null ? "null" : typeof type})`}' has no Gemini equivalent`);
    }
  }
  const legacy = readOptional(request, "functions");
  if (legacy !== undefined) {
    const functions = expectArray(legacy, "functions");
    for (let i = 0; i < functions.length; i++) declarations.push(declaration(functions[i], `functions[${i}]`, state, strict));
  }
  const tools: GeminiTool[] = declarations.length === 0 ? [] : [{ functionDeclarations: declarations }];
  for (const builtIn of builtInTools(request, google, state)) tools.push(builtIn);

  // Native declarations passed through extra_body.google.tools count too (tool_choice may name them).
  const names = new Set<string>();
  for (const tool of tools) {
    const list: unknown = tool.functionDeclarations;
    if (!Array.isArray(list)) continue;
    for (const d of list) if (isRecord(d) && typeof d.name === "string") names.add(d.name);
  }
  const functionCallingConfig = openaiToolChoiceToGemini(request, names, state);
  const parallel = readOptional(request, "parallel_tool_calls");
  if (parallel !== undefined && expectBoolean(parallel, "parallel_tool_calls") === false) {
    unsupported(state, "parallel_tool_calls", "Gemini cannot be told to make at most one call per turn");
  }
  let config = functionCallingConfig;
  const stream = google.values.stream_function_call_arguments;
  if (stream !== undefined && stream !== null) {
    const path = google.pathOf("stream_function_call_arguments");
    const flag = expectBoolean(stream, path);
    if (state.dialect !== "vertex") unsupported(state, path, "streamed function-call arguments exist on Vertex AI only");
    else if (state.capabilities.streamFunctionCallArguments !== "vertex") {
      unsupported(state, path, `model family ${state.capabilities.family} (${state.model}) does not stream function-call arguments`);
    } else config = { ...config, streamFunctionCallArguments: flag };
  }
  const result = withToolConfig(tools, config === undefined ? {} : { functionCallingConfig: config }, google);
  warnUnenforcedStrict(strict, result.toolConfig, state);
  return result;
}

/**
 * Modes in which Gemini itself guarantees schema-conforming arguments (ANY per Google's function-calling guide,
 * VALIDATED by constrained decoding), or makes no calls at all (NONE). Elsewhere `strict: true` is not enforced.
 */
const STRICT_HONOURED_MODES: ReadonlySet<unknown> = new Set(["ANY", "VALIDATED", "NONE"]);

function warnUnenforcedStrict(paths: readonly string[], toolConfig: GeminiToolConfig | undefined, state: RequestState): void {
  const raw: unknown = toolConfig?.functionCallingConfig?.mode;
  const mode = typeof raw === "string" ? raw.toUpperCase() : "AUTO";
  if (STRICT_HONOURED_MODES.has(mode)) return;
  for (const path of paths) {
    warn(state, path, "dropped", `Gemini has no per-function strict flag and does not enforce the schema in ${mode} mode; tool_choice 'required', a named function or 'validated' would (docs/decisions/0132-strict-on-gemini.md)`);
  }
}

/** What a request without tools or tool settings gets. */
const NO_TOOLS: GeminiToolsResult = Object.freeze({ tools: undefined, toolConfig: undefined });

function withToolConfig(tools: GeminiTool[], base: GeminiToolConfig, google: GoogleExtensions): GeminiToolsResult {
  const extra = google.values.tool_config;
  const noExtra = extra === undefined || extra === null;
  if (noExtra && tools.length === 0 && base.functionCallingConfig === undefined) return NO_TOOLS;
  let toolConfig: GeminiToolConfig = base;
  if (!noExtra) {
    const converted = snakeToCamelKeys(expectRecord(extra, google.pathOf("tool_config"))) as GeminiToolConfig;
    // Explicit Google settings win; the function-calling block is merged field by field.
    const functionCallingConfig = { ...base.functionCallingConfig, ...converted.functionCallingConfig };
    toolConfig = { ...base, ...converted };
    if (Object.keys(functionCallingConfig).length > 0) toolConfig.functionCallingConfig = functionCallingConfig;
  }
  return {
    tools: tools.length === 0 ? undefined : tools,
    toolConfig: Object.keys(toolConfig).length === 0 ? undefined : toolConfig,
  };
}

function declaration(raw: unknown, path: string, state: RequestState, strict: string[]): GeminiFunctionDeclaration {
  const fn = expectRecord(raw, path);
  const name = expectString(fn.name, `${path}.name`);
  // The Gemini API proto marks `description` required: an absent one is sent as "".
  const out: GeminiFunctionDeclaration = { name, description: optionalString(fn, "description", `${path}.description`) ?? "" };
  const parameters = readOptional(fn, "parameters");
  if (parameters !== undefined) {
    const converted = convertRequestSchema(expectRecord(parameters, `${path}.parameters`), `${path}.parameters`, "parameters", state);
    if (converted.key === "json") out.parametersJsonSchema = converted.value;
    else out.parameters = converted.value as GeminiFunctionDeclaration["parameters"];
  }
  // `strict` has no Gemini knob; whether the calling mode enforces the schema anyway is checked once it is known.
  if (fn.strict === true) strict.push(`${path}.strict`);
  return out;
}

function builtInTools(request: JsonRecord, google: GoogleExtensions, state: RequestState): GeminiTool[] {
  const out: GeminiTool[] = [];
  const extra = google.values.tools;
  if (extra !== undefined && extra !== null) {
    const path = google.pathOf("tools");
    const items = expectArray(extra, path);
    for (let i = 0; i < items.length; i++) out.push(snakeToCamelKeys(expectRecord(items[i], `${path}[${i}]`)) as GeminiTool);
  }
  const search = readOptional(request, "web_search_options");
  if (search !== undefined) {
    const options = expectRecord(search, "web_search_options");
    for (const key of Object.keys(options)) {
      if (options[key] !== null) warn(state, `web_search_options.${key}`, "dropped", "Google Search grounding takes no such option");
    }
    if (!out.some((tool) => tool.googleSearch !== undefined)) out.push({ googleSearch: {} });
  }
  return out;
}
