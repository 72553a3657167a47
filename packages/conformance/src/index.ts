export {
  type OfficialKind,
  type OfficialOptions,
  type OfficialResult,
  payloadsOf,
  validateOfficial,
} from "./official-schemas";
export { CASE_DIRECTIONS, type Case, type CaseDirection, caseJsonSchema, caseSchema } from "./case-schema";
export { defaultCasesDir, type LoadedCase, loadCase, loadCases } from "./cases/load-cases";
export { parsePayload, toSse } from "./cases/parse-payload";
export { comparePayloads } from "./compare/compare-payloads";
export { type CaseResult, type ConformanceImpl, caseContext, executeCase, runCase, runConformance } from "./run-conformance";
export { OUTPUT_KIND, outputPayloads } from "./output-kind";
export {
  createMockGeminiUpstream,
  type MockGeminiUpstream,
  type MockGeminiUpstreamOptions,
  type ReceivedRequest,
} from "./mock-upstream/create-mock-gemini-upstream";
export { routeGeminiUrl, type GeminiRoute } from "./mock-upstream/route-gemini-url";
export { probeGateway, type ProbeOptions, type ProbeResult } from "./cli/probe";
export { featureScores, formatReport } from "./cli/report";
// fast-check arbitraries of valid wire payloads, reusable by any gateway's tests (docs/readme/hardening.md).
export {
  base64Arbitrary,
  bytesToBase64,
  functionNameArbitrary,
  type JsonObject,
  jsonObjectArbitrary,
  type JsonValue,
  jsonValueArbitrary,
  keyArbitrary,
  textArbitrary,
  thoughtSignatureArbitrary,
} from "./arbitraries/primitives";
export { jsonSchemaArbitrary, type OpenAIChatRequestArbitraryOptions, openAIChatRequestArbitrary } from "./arbitraries/openai-request-arbitrary";
export { openAIChatCompletionArbitrary, openAIChunkStreamArbitrary, openAILogprobsArbitrary, openAIUsageArbitrary } from "./arbitraries/openai-response-arbitrary";
export { type GeminiDialect, type GeminiRequestArbitraryOptions, geminiMediaPartArbitrary, geminiRequestArbitrary, geminiSchemaArbitrary } from "./arbitraries/gemini-request-arbitrary";
export {
  GEMINI_COMMON_FINISH_REASONS,
  type GeminiResponseArbitraryOptions,
  geminiGroundingMetadataArbitrary,
  geminiModelPartArbitrary,
  geminiResponseArbitrary,
  geminiUsageArbitrary,
} from "./arbitraries/gemini-response-arbitrary";
export { type GeminiStreamArbitraryOptions, geminiSseArbitrary, geminiSseText, geminiStreamArbitrary, jsonPathOf, partialArgsOf } from "./arbitraries/gemini-stream-arbitrary";
export { corruptedArbitrary, deeplyNested, hostileJsonArbitrary, hostileValueArbitrary, jsonPaths, withValueAt } from "./arbitraries/hostile-json-arbitrary";
export { geminiErrorArbitrary, openAIErrorArbitrary } from "./arbitraries/error-arbitraries";
