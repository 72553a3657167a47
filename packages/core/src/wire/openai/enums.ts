/**
 * OpenAI's closed enums as plain lists, in a module without zod: the zod schemas beside it and the zod-free readers in
 * normalize/ both build on them, so a bundle that only reads and translates never pulls zod in.
 */
export const OPENAI_IMAGE_DETAILS = ["auto", "low", "high"] as const;

/** Every message role, in the order OpenAI documents them. */
export const OPENAI_MESSAGE_ROLES = ["developer", "system", "user", "assistant", "tool", "function"] as const;

/** `reasoning_effort` values (https://platform.openai.com/docs/api-reference/chat/create). */
export const OPENAI_REASONING_EFFORTS = ["none", "minimal", "low", "medium", "high", "xhigh", "max"] as const;

/** Output modalities; `image` is Google's addition (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). */
export const OPENAI_MODALITIES = ["text", "audio", "image"] as const;

/** `finish_reason` values; `function_call` is deprecated but still defined. */
export const OPENAI_FINISH_REASONS = ["stop", "length", "tool_calls", "content_filter", "function_call"] as const;

/** String forms of `tool_choice`; `validated` is Google-specific (→ `FunctionCallingConfig.mode = VALIDATED`). */
export const OPENAI_TOOL_CHOICE_MODES = ["none", "auto", "required", "validated"] as const;
