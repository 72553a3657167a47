import type { TranslationWarning } from "../shared/result";

/** Options of `geminiToOpenAIRequest`. */
export interface GeminiToOpenAIRequestOptions {
  /** The backend's model id (the Gemini request names its model in the URL, not the body). */
  model: string;
  /** `streamGenerateContent` → `stream: true` (with `stream_options.include_usage`, since Gemini always reports usage). */
  stream?: boolean;
  /**
   * The backend understands Google's `extra_body.google` (Google's own OpenAI-compatible endpoint, a gembridge
   * gateway): Gemini-only settings (safety settings, cached content, exact thinking config, built-in tools, media
   * resolution) travel there instead of being dropped with a warning. Default false.
   */
  forwardGoogleExtensions?: boolean;
  /**
   * Emit `extra_content.google` on messages, parts and tool calls (thought signatures, multimodal tool results,
   * parts with no OpenAI slot). Default true: Google's endpoint reads it and lenient backends ignore it. Set false
   * for backends that reject unknown message fields; every dropped item then becomes a warning.
   */
  extraContent?: boolean;
  /**
   * Where thought parts of `model` turns go (docs/decisions/0080):
   * `"reasoning_content"` (default) — the assistant field vLLM/SGLang chat templates and DeepSeek-style APIs read;
   * `"content_part"` — assistant text parts marked `extra_content.google.thought: true` (Google's documented form;
   * only Google-aware backends hide them); `"drop"` — not sent (warning).
   */
  thoughts?: "reasoning_content" | "content_part" | "drop";
}

/** Mutable state threaded through the converters of one request. */
export interface GeminiToOpenAIState {
  options: GeminiToOpenAIRequestOptions;
  warnings: TranslationWarning[];
}

export function warn(state: GeminiToOpenAIState, path: string, code: string, message: string): void {
  state.warnings.push({ path, code, message });
}

/** Camel-case Gemini key → the snake_case spelling Google's compat endpoint uses inside `extra_*.google`. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Deep copy with every object key in snake_case (values untouched). Iterative, so depth cannot blow the stack. */
export function snakeCaseKeys(value: unknown): unknown {
  const root: { value: unknown } = { value: undefined };
  const stack: { source: unknown; assign: (copy: unknown) => void }[] = [
    { source: value, assign: (copy) => (root.value = copy) },
  ];
  while (stack.length > 0) {
    const { source, assign } = stack.pop() as (typeof stack)[number];
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      source.forEach((item, index) => {
        stack.push({ source: item, assign: (c) => (copy[index] = c) });
      });
    } else if (typeof source === "object" && source !== null) {
      const copy: Record<string, unknown> = {};
      assign(copy);
      for (const [key, item] of Object.entries(source)) stack.push({ source: item, assign: (c) => (copy[snakeCase(key)] = c) });
    } else assign(source);
  }
  return root.value;
}
