import type { GeminiFunctionCallingConfig } from "../wire/gemini";
import { type RequestState, unsupported } from "./openai-to-gemini-options";
import { expectArray, expectRecord, expectString, invalidParam, type JsonRecord, readOptional } from "./read-json";
import { FUNCTION_CALLING_MODE_BY_TOOL_CHOICE, FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE } from "../tables/tool-choice";

/**
 * `tool_choice` (or legacy `function_call`) → `functionCallingConfig`. Only meaningful with function
 * declarations: without them a choice that asks for a call is a 400, `none`/`auto` are simply not sent.
 */
export function openaiToolChoiceToGemini(
  request: JsonRecord,
  declared: ReadonlySet<string>,
  state: RequestState,
): GeminiFunctionCallingConfig | undefined {
  const legacy = readOptional(request, "function_call");
  const raw = readOptional(request, "tool_choice") ?? legacy;
  const path = readOptional(request, "tool_choice") === undefined ? "function_call" : "tool_choice";
  if (raw === undefined) return undefined;
  const config = choiceToConfig(raw, path, declared, state);
  if (config === undefined) return undefined;
  if (declared.size === 0) {
    if (config.mode === "NONE" || config.mode === "AUTO") return undefined;
    throw invalidParam(path, `'${path}' asks for a function call but no function tools are declared.`);
  }
  return config;
}

function choiceToConfig(
  raw: unknown,
  path: string,
  declared: ReadonlySet<string>,
  state: RequestState,
): GeminiFunctionCallingConfig | undefined {
  if (typeof raw === "string") {
    if (!Object.hasOwn(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE, raw)) {
      throw invalidParam(path, `Invalid value for '${path}': '${raw}'.`);
    }
    return { mode: FUNCTION_CALLING_MODE_BY_TOOL_CHOICE[raw as keyof typeof FUNCTION_CALLING_MODE_BY_TOOL_CHOICE] };
  }
  const choice = expectRecord(raw, path);
  // Legacy `function_call: { name }` has no `type`.
  const type = readOptional(choice, "type") ?? (path === "function_call" ? "function" : undefined);
  if (type === "function") {
    const fn = path === "function_call" ? choice : expectRecord(choice.function, `${path}.function`);
    const namePath = path === "function_call" ? `${path}.name` : `${path}.function.name`;
    return { mode: "ANY", allowedFunctionNames: [declaredName(fn.name, namePath, declared)] };
  }
  if (type === "allowed_tools") {
    const allowed = expectRecord(choice.allowed_tools, `${path}.allowed_tools`);
    const mode = expectString(allowed.mode, `${path}.allowed_tools.mode`);
    if (!Object.hasOwn(FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE, mode)) {
      throw invalidParam(`${path}.allowed_tools.mode`, `Invalid value for '${path}.allowed_tools.mode': '${mode}'.`);
    }
    const tools = expectArray(allowed.tools, `${path}.allowed_tools.tools`);
    const names: string[] = [];
    for (let i = 0; i < tools.length; i++) {
      const toolPath = `${path}.allowed_tools.tools[${i}]`;
      const tool = expectRecord(tools[i], toolPath);
      if ((readOptional(tool, "type") ?? "function") !== "function") {
        unsupported(state, toolPath, "only function tools can be allowed on Gemini");
        continue;
      }
      const fn = expectRecord(tool.function, `${toolPath}.function`);
      names.push(declaredName(fn.name, `${toolPath}.function.name`, declared));
    }
    const modeName = FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE[mode as keyof typeof FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE];
    return names.length === 0 ? { mode: modeName } : { mode: modeName, allowedFunctionNames: names };
  }
  if (type === "custom") {
    unsupported(state, path, "custom tools have no Gemini equivalent");
    return undefined;
  }
  throw invalidParam(`${path}.type`, `Invalid value for '${path}.type'.`);
}

function declaredName(raw: unknown, path: string, declared: ReadonlySet<string>): string {
  const name = expectString(raw, path);
  if (!declared.has(name)) throw invalidParam(path, `'${path}' names '${name}', which is not a declared function.`);
  return name;
}
