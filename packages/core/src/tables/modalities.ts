/**
 * Output modalities, both directions: OpenAI `modalities[]` → Gemini `generationConfig.responseModalities[]`
 * (https://ai.google.dev/api/generate-content#Modality) and back. Converters:
 * `request/openai-to-gemini-generation-config.ts`, `request/gemini-to-openai-modalities.ts`.
 */

/** `modalities[]` → `responseModalities[]`. */
export const RESPONSE_MODALITY_BY_OPENAI = { text: "TEXT", image: "IMAGE", audio: "AUDIO" } as const satisfies Record<string, string>;

/** `responseModalities[]` → `modalities[]` (inverse of the request table; `image` is Google's/OpenRouter's addition). */
export const OPENAI_MODALITY_BY_GEMINI = { TEXT: "text", IMAGE: "image", AUDIO: "audio" } as const satisfies Record<string, "text" | "image" | "audio">;
