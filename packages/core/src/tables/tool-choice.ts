/**
 * Tool choice, both directions: OpenAI `tool_choice` → Gemini `toolConfig.functionCallingConfig.mode`
 * (https://ai.google.dev/api/caching#FunctionCallingConfig) and the mode back to `tool_choice`.
 * Converters: `request/openai-to-gemini-tool-choice.ts` and `request/gemini-to-openai-tools.ts`.
 */
import type { GeminiFunctionCallingConfig } from "../wire/gemini";

/**
 * String `tool_choice` values → `functionCallingConfig.mode` (https://ai.google.dev/api/caching#ToolConfig, §6.1). `validated` is Google's
 * extension (call-or-text with schema-constrained calls).
 */
export const FUNCTION_CALLING_MODE_BY_TOOL_CHOICE = {
  none: "NONE",
  auto: "AUTO",
  required: "ANY",
  validated: "VALIDATED",
} as const satisfies Record<string, GeminiFunctionCallingConfig["mode"]>;

/** `allowed_tools.mode` → mode. `allowedFunctionNames` is documented for ANY and VALIDATED only, so `auto` → VALIDATED. */
export const FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE = {
  auto: "VALIDATED",
  required: "ANY",
} as const satisfies Record<string, GeminiFunctionCallingConfig["mode"]>;

/** Function-calling mode → `tool_choice` without a name restriction (inverse of README "Requests"). */
export const TOOL_CHOICE_BY_MODE = {
  AUTO: "auto",
  ANY: "required",
  NONE: "none",
  // VALIDATED = call-or-text with schema-constrained calls: `auto` is the OpenAI meaning; the constraint is lost.
  VALIDATED: "auto",
} as const satisfies Record<string, "auto" | "required" | "none">;
