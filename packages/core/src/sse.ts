// `@gembridge/core/sse`: Web-stream adapters over SSE bytes, built on the pure stream translators.
// A plain list of named exports (no `export *`).

export { geminiSseToOpenAISse } from "./stream/gemini-to-openai-sse";
export type { GeminiSseToOpenAISseStream } from "./stream/gemini-to-openai-sse";
export { createGeminiSseToOpenAISseTranslator } from "./stream/gemini-to-openai-sse-translator";
export type { GeminiSseToOpenAISseTranslator } from "./stream/gemini-to-openai-sse-translator";
export { createSseDecoder, createSseParser } from "./stream/sse-parser";
export type { SseDecoder, SseEvent, SseParser } from "./stream/sse-parser";
export { SSE_DONE_EVENT, serializeSseEvent } from "./stream/sse-serializer";
export { openaiSseToGeminiSse } from "./stream/openai-to-gemini-sse";
export { createOpenAISseToGeminiSseTranslator, serializeGeminiSseEvent } from "./stream/openai-to-gemini-sse-translator";
export type { OpenAISseToGeminiSseTranslator } from "./stream/openai-to-gemini-sse-translator";
