/**
 * The model name to send upstream. Vertex's OpenAI-compatible endpoint takes `google/gemini-…` (Google's API reference (https://ai.google.dev/api/generate-content)
 * §1.2); native generateContent wants the bare id, so the `google/` publisher prefix is stripped. Resource
 * paths (`models/…`, `tunedModels/…`, `publishers/…`, `projects/…`, `endpoints/…`) are kept as they are:
 * `geminiEndpoint` places them in the URL.
 *
 * @example normalizeModelName("google/gemini-2.0-flash-001") // "gemini-2.0-flash-001"
 */
export function normalizeModelName(model: string): string {
  return model.startsWith("google/") ? model.slice("google/".length) : model;
}
