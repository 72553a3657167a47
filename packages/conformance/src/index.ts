export {
  type OfficialKind,
  type OfficialOptions,
  type OfficialResult,
  payloadsOf,
  validateOfficial,
} from "@gembridge/testkit";
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
} from "@gembridge/testkit";
export { jsonSchemaArbitrary, type OpenAIChatRequestArbitraryOptions, openAIChatRequestArbitrary } from "@gembridge/testkit";
export { openAIChatCompletionArbitrary, openAIChunkStreamArbitrary, openAILogprobsArbitrary, openAIUsageArbitrary } from "@gembridge/testkit";
export { type GeminiDialect, type GeminiRequestArbitraryOptions, geminiMediaPartArbitrary, geminiRequestArbitrary, geminiSchemaArbitrary } from "@gembridge/testkit";
export {
  GEMINI_COMMON_FINISH_REASONS,
  type GeminiResponseArbitraryOptions,
  geminiGroundingMetadataArbitrary,
  geminiModelPartArbitrary,
  geminiResponseArbitrary,
  geminiUsageArbitrary,
} from "@gembridge/testkit";
export { type GeminiStreamArbitraryOptions, geminiSseArbitrary, geminiSseText, geminiStreamArbitrary, jsonPathOf, partialArgsOf } from "@gembridge/testkit";
export { corruptedArbitrary, deeplyNested, hostileJsonArbitrary, hostileValueArbitrary, jsonPaths, withValueAt } from "@gembridge/testkit";
export { geminiErrorArbitrary, openAIErrorArbitrary } from "@gembridge/testkit";
