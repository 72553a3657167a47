/**
 * `GenerateContentResponse` (GA ∪ VX, https://ai.google.dev/api/generate-content#generatecontentresponse) as shape
 * data for `readShape`. Field for field the same as the zod schemas in wire/gemini (a property test holds the two to
 * the same verdicts and values); every enum is an open string, every message keeps its unknown fields.
 */
import { array, object, type Shape } from "./shape";

const str = "string";
const int = "int";
const num = "number";
const bool = "boolean";

const blob = object({ mimeType: str, data: str, displayName: str });
const fileData = object({ mimeType: str, fileUri: str, displayName: str }, ["fileUri"]);
const partialArg = object({ jsonPath: str, stringValue: str, numberValue: num, boolValue: bool, nullValue: "nullValue", willContinue: bool });

const part = object({
  text: str,
  inlineData: blob,
  fileData,
  functionCall: object({ id: str, name: str, args: "struct", partialArgs: array(partialArg), willContinue: bool }),
  functionResponse: object(
    {
      id: str,
      name: str,
      response: "struct",
      parts: array(object({ inlineData: blob, fileData })),
      willContinue: bool,
      scheduling: str,
    },
    ["name", "response"],
  ),
  executableCode: object({ id: str, language: str, code: str }),
  codeExecutionResult: object({ id: str, outcome: str, output: str }),
  toolCall: object({ id: str, toolType: str, args: "struct" }),
  toolResponse: object({ id: str, toolType: str, response: "struct" }),
  thought: bool,
  thoughtSignature: str,
  videoMetadata: object({ startOffset: str, endOffset: str, fps: num }),
  mediaResolution: object({ level: str, numTokens: int }),
  partMetadata: "struct",
  audioTranscription: object({ text: str, speakerLabel: str, words: array(object({ word: str, startOffset: str, endOffset: str })) }),
});

export const GEMINI_CONTENT_SHAPE = object({ role: str, parts: array(part) });

const safetyRating = object({
  category: str,
  probability: str,
  blocked: bool,
  probabilityScore: num,
  severity: str,
  severityScore: num,
  overwrittenThreshold: str,
});

const citation = object({
  startIndex: int,
  endIndex: int,
  uri: str,
  title: str,
  license: str,
  publicationDate: object({ year: int, month: int, day: int }),
});

const groundingChunk = object({
  web: object({ uri: str, title: str, domain: str }),
  retrievedContext: object({
    uri: str,
    title: str,
    text: str,
    documentName: str,
    ragChunk: object({ chunkId: str, fileId: str, text: str, pageSpan: object({ firstPage: int, lastPage: int }) }),
  }),
  maps: object({
    uri: str,
    title: str,
    text: str,
    placeId: str,
    placeAnswerSources: object({ reviewSnippets: array(object({ reviewId: str, googleMapsUri: str, title: str })) }),
    route: object({ distanceMeters: int, duration: str, encodedPolyline: str }),
  }),
  image: object({ sourceUri: str, imageUri: str, title: str, domain: str }),
});

const groundingMetadata = object({
  webSearchQueries: array(str),
  imageSearchQueries: array(str),
  retrievalQueries: array(str),
  searchEntryPoint: object({ renderedContent: str, sdkBlob: str }),
  groundingChunks: array(groundingChunk),
  groundingSupports: array(
    object({
      segment: object({ partIndex: int, startIndex: int, endIndex: int, text: str }),
      groundingChunkIndices: array(int),
      confidenceScores: array(num),
      renderedParts: array(int),
    }),
  ),
  retrievalMetadata: object({ googleSearchDynamicRetrievalScore: num }),
  googleMapsWidgetContextToken: str,
  sourceFlaggingUris: array(object({ sourceId: str, flagContentUri: str })),
});

const logprobsCandidate = object({ token: str, tokenId: int, logProbability: num });

const candidate = object({
  index: "index",
  content: GEMINI_CONTENT_SHAPE,
  finishReason: str,
  finishMessage: str,
  safetyRatings: array(safetyRating),
  citationMetadata: object({ citationSources: array(citation), citations: array(citation) }),
  groundingMetadata,
  urlContextMetadata: object({ urlMetadata: array(object({ retrievedUrl: str, urlRetrievalStatus: str })) }),
  avgLogprobs: num,
  logprobsResult: object({
    chosenCandidates: array(logprobsCandidate),
    topCandidates: array(object({ candidates: array(logprobsCandidate) })),
    logProbabilitySum: num,
  }),
  tokenCount: int,
  groundingAttributions: array(
    object({
      sourceId: object({
        groundingPassage: object({ passageId: str, partIndex: int }),
        semanticRetrieverChunk: object({ source: str, chunk: str }),
      }),
      content: GEMINI_CONTENT_SHAPE,
    }),
  ),
  score: num,
});

const modalityTokens = array(object({ modality: str, tokenCount: int }));

export const GEMINI_USAGE_SHAPE = object({
  promptTokenCount: int,
  cachedContentTokenCount: int,
  candidatesTokenCount: int,
  thoughtsTokenCount: int,
  toolUsePromptTokenCount: int,
  totalTokenCount: int,
  promptTokensDetails: modalityTokens,
  cacheTokensDetails: modalityTokens,
  candidatesTokensDetails: modalityTokens,
  toolUsePromptTokensDetails: modalityTokens,
  trafficType: str,
  serviceTier: str,
});

export const GEMINI_RESPONSE_SHAPE: Shape = object({
  candidates: array(candidate),
  promptFeedback: object({ blockReason: str, blockReasonMessage: str, safetyRatings: array(safetyRating) }),
  usageMetadata: GEMINI_USAGE_SHAPE,
  modelVersion: str,
  responseId: str,
  createTime: str,
  modelStatus: object({ modelStage: str, retirementTime: str, message: str }),
});
