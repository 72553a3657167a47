import type { GeminiToOpenAIContext, OpenAIOutputProfile } from "../context/translation-context";

export type { OpenAIOutputProfile };

/** The response side's options: the same object the stream translator takes. */
export type GeminiToOpenAIResponseContext = GeminiToOpenAIContext;
