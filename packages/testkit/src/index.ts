// Test support shared by core and the conformance kit, by package name: fast-check arbitraries of valid (and
// corrupted) wire payloads, and validation against the official OpenAI / Gemini / Vertex schemas in fixtures/spec.
// Private (never published); the conformance kit bundles what it re-exports.
export * from "./arbitraries/error-arbitraries";
export * from "./arbitraries/gemini-request-arbitrary";
export * from "./arbitraries/gemini-response-arbitrary";
export * from "./arbitraries/gemini-stream-arbitrary";
export * from "./arbitraries/hostile-json-arbitrary";
export * from "./arbitraries/openai-request-arbitrary";
export * from "./arbitraries/openai-response-arbitrary";
export * from "./arbitraries/primitives";
export * from "./official-schemas";
