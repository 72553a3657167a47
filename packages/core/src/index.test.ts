import { describe, expect, it } from "vitest";
import ts from "typescript";
import * as core from "./index";
import * as internal from "./internal";
import * as sse from "./sse";

// The names in the README's API table (the public contract): gateways and the conformance kit call these, so they never disappear
// (a rename keeps the old name as a deprecated alias, with a decision record).
const CONTRACT = [
  "openaiToGeminiRequest",
  "geminiToOpenAIResponse",
  "createGeminiToOpenAIStream",
  "geminiToOpenAIError",
  "geminiToOpenAIRequest",
  "openaiToGeminiResponse",
  "createOpenAIToGeminiStream",
  "openaiToGeminiError",
  "jsonSchemaToGeminiSchema",
  "geminiSchemaToJsonSchema",
  "accumulateOpenAIChatChunks",
  "accumulateGeminiChunks",
  "parseOpenAIChatRequest",
  "parseGeminiRequest",
  "parseGeminiResponse",
  "parseOpenAIChatCompletion",
  "parseOpenAIChatCompletionChunk",
  "parseGeminiChunk",
  "GembridgeError",
] as const;

describe("public surface", () => {
  it("exports every contract name", () => {
    for (const name of CONTRACT) expect(core, name).toHaveProperty(name);
    expect(sse).toHaveProperty("geminiSseToOpenAISse");
    expect(sse).toHaveProperty("openaiSseToGeminiSse");
  });

  it("exports exactly this list (a change here is a change to the published API)", () => {
    expect(Object.keys(core).sort()).toEqual([
      "GembridgeError",
      "SKIP_THOUGHT_SIGNATURE",
      "accumulateGeminiChunks",
      "accumulateOpenAIChatChunks",
      "checkThoughtSignatures",
      "chooseSchemaTarget",
      "collectSignatureKeys",
      "createGeminiToOpenAIStream",
      "createMemorySignatureStore",
      "createOpenAIToGeminiStream",
      "geminiEndpoint",
      "geminiSchemaToJsonSchema",
      "geminiToOpenAIError",
      "geminiToOpenAIRequest",
      "geminiToOpenAIResponse",
      "isGembridgeError",
      "isParameterlessSchema",
      "jsonSchemaToGeminiSchema",
      "modelCapabilities",
      "openaiToGeminiError",
      "openaiToGeminiRequest",
      "openaiToGeminiResponse",
      "parseGeminiChunk",
      "parseGeminiError",
      "parseGeminiRequest",
      "parseGeminiResponse",
      "parseOpenAIChatCompletion",
      "parseOpenAIChatCompletionChunk",
      "parseOpenAIChatRequest",
      "parseOpenAIError",
      "readGeminiRequest",
      "readGeminiResponse",
      "readOpenAIChatCompletion",
      "readOpenAIChatCompletionChunk",
      "readOpenAIChatRequest",
      "responseFormatFromZod",
    ]);
    expect(Object.keys(internal).sort()).toEqual([
      "DEFAULT_MAX_TOOL_CALL_ID_LENGTH",
      "GEMINI_BLOCK_REASONS",
      "GEMINI_FINISH_REASONS",
      "GEMINI_FUNCTION_CALLING_MODES",
      "GEMINI_HARM_BLOCK_THRESHOLDS",
      "GEMINI_HARM_CATEGORIES",
      "GEMINI_HARM_PROBABILITIES",
      "GEMINI_MEDIA_RESOLUTIONS",
      "GEMINI_MODALITIES",
      "GEMINI_SCHEMA_TYPES",
      "GEMINI_THINKING_LEVELS",
      "GEMINI_TO_OPENAI_FINISH_REASON",
      "GEMINI_TRAFFIC_TYPES",
      "MODEL_CAPABILITIES",
      "MODEL_TABLE",
      "OPENAI_FINISH_REASONS",
      "OPENAI_MESSAGE_ROLES",
      "OPENAI_MODALITIES",
      "OPENAI_REASONING_EFFORTS",
      "OPENAI_TOOL_CHOICE_MODES",
      "OPENAI_TO_GEMINI_FINISH_REASON",
      "REASONING_EFFORT_TABLE",
      "SCHEMA_CAPABILITIES",
      "SKIP_THOUGHT_SIGNATURE_VALUES",
      "THOUGHT_SIGNATURE_RULES",
      "UNKNOWN_MODEL_CAPABILITIES",
      "decodeToolCallIdSignature",
      "encodeToolCallIdSignature",
      "geminiGenerateContentRequestSchema",
      "geminiGenerateContentResponseSchema",
      "geminiPartToOpenAI",
      "geminiStatusOrArraySchema",
      "geminiStatusSchema",
      "googleStatus",
      "mapLogprobs",
      "mapUsage",
      "modelMatch",
      "normalizeModelName",
      "normalizeUsage",
      "openAIChatCompletionChunkSchema",
      "openAIChatCompletionSchema",
      "openAIChatRequestSchema",
      "openAIErrorResponseSchema",
      "openAIErrorType",
      "openaiToGeminiLogprobs",
      "openaiToGeminiUsage",
      "partSignatureKey",
      "readOpenAIUpstreamChatCompletion",
      "readOpenAIUpstreamChatCompletionChunk",
      "resolveFinishReason",
      "thinkingFromReasoningEffort",
      "thoughtSignatureRule",
      "toolCallSignatureKey",
    ]);
    for (const name of Object.keys(core)) expect(internal, `${name} is in both entry points`).not.toHaveProperty(name);
    expect(Object.keys(sse).sort()).toEqual([
      "SSE_DONE_EVENT",
      "createGeminiSseToOpenAISseTranslator",
      "createOpenAISseToGeminiSseTranslator",
      "createSseDecoder",
      "createSseParser",
      "geminiSseToOpenAISse",
      "openaiSseToGeminiSse",
      "serializeGeminiSseEvent",
      "serializeSseEvent",
    ]);
  });

  it("documents every value of the stable surface with JSDoc", () => {
    const entry = new URL("./index.ts", import.meta.url).pathname;
    const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
    const checker = program.getTypeChecker();
    const file = program.getSourceFile(entry);
    const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    expect(module).toBeDefined();
    const undocumented: string[] = [];
    for (const symbol of checker.getExportsOfModule(module as ts.Symbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if ((target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) === 0) continue;
      if (ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === "") undocumented.push(symbol.name);
    }
    expect(undocumented).toEqual([]);
  }, 30_000);
});
