import type { GeminiTool, GeminiToolConfig } from "../wire/gemini";
import type { OpenAITool, OpenAIToolChoice } from "../wire/openai";
import { joinPath } from "../shared/result";
import { type GeminiToOpenAIState, snakeCaseKeys, warn } from "./gemini-to-openai-options";
import { TOOL_CHOICE_BY_MODE } from "../tables/tool-choice";

/**
 * `tools[].functionDeclarations` → function tools; built-in tools (googleSearch, codeExecution, …) → Google's
 * `extra_body.google.tools` when the backend understands it, else a warning each.
 */
export function geminiToolsToOpenAI(
  tools: readonly GeminiTool[],
  state: GeminiToOpenAIState,
  convertSchema: (schema: unknown, path: string, warnings: GeminiToOpenAIState["warnings"]) => Record<string, unknown>,
  google: Record<string, unknown>,
): OpenAITool[] {
  const out: OpenAITool[] = [];
  const builtIns: Record<string, unknown>[] = [];
  tools.forEach((tool, i) => {
    for (const [key, value] of Object.entries(tool)) {
      const path = joinPath("tools", i, key);
      if (key !== "functionDeclarations") {
        if (state.options.forwardGoogleExtensions === true) builtIns.push(snakeCaseKeys({ [key]: value }) as Record<string, unknown>);
        else warn(state, path, "unsupported", `built-in tool ${key} has no OpenAI equivalent`);
        continue;
      }
      (tool.functionDeclarations ?? []).forEach((declaration, j) => {
        const declarationPath = joinPath(path, j);
        const fn: { name: string; description?: string; parameters?: Record<string, unknown> } = { name: declaration.name };
        // `""` says nothing; the forward direction writes it for every undescribed tool, so it is not echoed back.
        if (declaration.description !== undefined && declaration.description !== "") fn.description = declaration.description;
        if (declaration.parametersJsonSchema !== undefined) fn.parameters = declaration.parametersJsonSchema as Record<string, unknown>;
        else if (declaration.parameters !== undefined) fn.parameters = convertSchema(declaration.parameters, joinPath(declarationPath, "parameters"), state.warnings);
        for (const dropped of ["response", "responseJsonSchema", "behavior"] as const) {
          if (declaration[dropped] !== undefined) warn(state, joinPath(declarationPath, dropped), "dropped", `functionDeclaration.${dropped} has no OpenAI field`);
        }
        out.push({ type: "function", function: fn });
      });
    }
  });
  if (builtIns.length > 0) google.tools = builtIns;
  return out;
}

/** `toolConfig.functionCallingConfig` → `tool_choice`; `allowedFunctionNames` → a named or `allowed_tools` choice. */
export function geminiToolConfigToOpenAI(config: GeminiToolConfig, state: GeminiToOpenAIState, google: Record<string, unknown>): OpenAIToolChoice | undefined {
  if (config.retrievalConfig !== undefined) warn(state, "toolConfig.retrievalConfig", "dropped", "retrieval location has no OpenAI field");
  if (config.includeServerSideToolInvocations !== undefined) warn(state, "toolConfig.includeServerSideToolInvocations", "dropped", "no OpenAI field");
  const calling = config.functionCallingConfig;
  if (calling === undefined) return undefined;
  if (calling.streamFunctionCallArguments !== undefined) {
    // OpenAI always streams argument fragments; our stream translator buffers them (no setting needed).
    if (state.options.forwardGoogleExtensions === true) google.stream_function_call_arguments = calling.streamFunctionCallArguments;
  }
  const mode = calling.mode ?? "MODE_UNSPECIFIED";
  const base = (TOOL_CHOICE_BY_MODE as Record<string, "auto" | "required" | "none">)[mode];
  if (base === undefined) return undefined;
  if (mode === "VALIDATED") warn(state, "toolConfig.functionCallingConfig.mode", "approximated", "VALIDATED sent as auto (schema-constrained decoding is not an OpenAI option)");
  const names = calling.allowedFunctionNames ?? [];
  if (names.length === 0 || base === "none") return base;
  if (base === "required" && names.length === 1) return { type: "function", function: { name: names[0] ?? "" } };
  return { type: "allowed_tools", allowed_tools: { mode: base, tools: names.map((name) => ({ type: "function", function: { name } })) } };
}
