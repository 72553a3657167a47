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
