/**
 * `GenerateContentRequest` (GA ∪ VX, https://ai.google.dev/api/generate-content#request-body) as shape data for
 * `readShape`: field for field the zod schemas in wire/gemini (a property test holds the two to the same verdicts
 * and values). proto3 JSON input rules as everywhere on the Gemini side: snake_case names renamed, `null` = unset,
 * except on `google.protobuf.Value` fields (JSON Schema documents, `example`, `default`) where `null` is a value.
 */
import { GEMINI_CONTENT_SHAPE } from "./gemini-response-shape";
import { array, lazy, object, record, type Shape } from "./shape";

const str = "string";
const int = "int";
const num = "number";
const bool = "boolean";
const int64 = "int64";
const strings = array(str);
const empty = object({});

/** Gemini's `Schema` (OpenAPI 3.0 subset), recursive through `items`, `properties`, `anyOf` and `defs`. */
const schema: Shape = lazy(() => SCHEMA);
const SCHEMA: Shape = object({
  type: str,
  format: str,
  title: str,
  description: str,
  nullable: bool,
  enum: strings,
  items: schema,
  minItems: int64,
  maxItems: int64,
  properties: record(schema),
  required: strings,
  propertyOrdering: strings,
  minProperties: int64,
  maxProperties: int64,
  minimum: num,
  maximum: num,
  minLength: int64,
  maxLength: int64,
  pattern: str,
  example: "any",
  default: "any",
  anyOf: array(schema),
  additionalProperties: "any",
  ref: str,
  defs: record(schema),
});

const functionDeclaration = object(
  { name: str, description: str, parameters: schema, parametersJsonSchema: "any", response: schema, responseJsonSchema: "any", behavior: str },
  ["name"],
);

const thirdPartySearch = object({ apiKey: str, customConfigs: "struct", enableDataRetention: bool, enableZeroDataRetention: bool });

const tool = object({
  functionDeclarations: array(functionDeclaration),
  googleSearch: object({
    timeRangeFilter: object({ startTime: str, endTime: str }),
    excludeDomains: strings,
    blockingConfidence: str,
    searchTypes: object({ webSearch: empty, imageSearch: empty }),
  }),
  googleSearchRetrieval: object({ dynamicRetrievalConfig: object({ mode: str, dynamicThreshold: num }) }),
  codeExecution: empty,
  urlContext: empty,
  googleMaps: object({ enableWidget: bool, groundingTypes: object({ places: empty, routing: empty }), authConfig: empty }),
  computerUse: object({ environment: str, excludedPredefinedFunctions: strings, enablePromptInjectionDetection: bool }),
  fileSearch: object({
    retrievalResources: array(object({ ragStoreName: str })),
    retrievalConfig: object({ topK: int, metadataFilter: str }),
    fileSearchStoreNames: strings,
    metadataFilter: str,
    topK: int,
  }),
  mcpServers: array(empty),
  retrieval: object({
    disableAttribution: bool,
    externalApi: empty,
    vertexAiSearch: object({ datastore: str, engine: str, filter: str, maxResults: int, dataStoreSpecs: array(object({ dataStore: str, filter: str })) }),
    vertexRagStore: object({
      ragResources: array(object({ ragCorpus: str, ragFileIds: strings })),
      ragRetrievalConfig: empty,
      similarityTopK: int,
      vectorDistanceThreshold: num,
    }),
  }),
  enterpriseWebSearch: object({ excludeDomains: strings, blockingConfidence: str }),
  parallelAiSearch: thirdPartySearch,
  exaAiSearch: thirdPartySearch,
});

const toolConfig = object({
  functionCallingConfig: object({ mode: str, allowedFunctionNames: strings, streamFunctionCallArguments: bool }),
  retrievalConfig: object({ latLng: object({ latitude: num, longitude: num }), languageCode: str }),
  includeServerSideToolInvocations: bool,
});

const voiceConfig = object({
  prebuiltVoiceConfig: object({ voiceName: str }),
  replicatedVoiceConfig: object({ mimeType: str, voiceSampleAudio: str, consentAudio: str, voiceConsentSignature: empty }),
});

const generationConfig = object({
  candidateCount: int,
  stopSequences: strings,
  maxOutputTokens: int,
  temperature: num,
  topP: num,
  topK: num,
  seed: int,
  presencePenalty: num,
  frequencyPenalty: num,
  responseLogprobs: bool,
  logprobs: int,
  responseMimeType: str,
  responseSchema: schema,
  responseJsonSchema: "any",
  _responseJsonSchema: "any",
  responseModalities: strings,
  speechConfig: object({
    voiceConfig,
    multiSpeakerVoiceConfig: object({ speakerVoiceConfigs: array(object({ speaker: str, voiceConfig })) }),
    languageCode: str,
  }),
  thinkingConfig: object({ includeThoughts: bool, thinkingBudget: int, thinkingLevel: str }),
  imageConfig: object({
    aspectRatio: str,
    imageSize: str,
    personGeneration: str,
    prominentPeople: str,
    imageOutputOptions: object({ mimeType: str, compressionQuality: int }),
    outputMimeType: str,
    outputCompressionQuality: int,
  }),
  mediaResolution: str,
  enableEnhancedCivicAnswers: bool,
  audioTimestamp: bool,
  audioTranscriptionConfig: object({
    adaptationPhrases: strings,
    customVocabulary: strings,
    diarization: bool,
    languageAuto: empty,
    languageCodes: strings,
    languageHints: object({ languageCodes: strings }),
    mode: str,
    wordTimestamp: bool,
  }),
  enableAffectiveDialog: bool,
  routingConfig: object({ autoMode: object({ modelRoutingPreference: str }), manualMode: object({ modelName: str }) }),
  modelSelectionConfig: object({ featureSelectionPreference: str }),
  responseFormat: array(
    object({
      text: object({ mimeType: str, schema: "any" }),
      image: object({ aspectRatio: str, delivery: str, imageSize: str, mimeType: str }),
      audio: object({ bitRate: int, delivery: str, mimeType: str, sampleRate: int }),
      video: object({ aspectRatio: str, delivery: str, duration: str, gcsUri: str, resolution: str }),
    }),
  ),
});

export const GEMINI_REQUEST_SHAPE: Shape = object(
  {
    model: str,
    contents: array(GEMINI_CONTENT_SHAPE),
    systemInstruction: GEMINI_CONTENT_SHAPE,
    tools: array(tool),
    toolConfig,
    safetySettings: array(object({ category: str, threshold: str, method: str })),
    generationConfig,
    cachedContent: str,
    labels: record(str),
    modelArmorConfig: object({ promptTemplateName: str, responseTemplateName: str }),
    serviceTier: str,
  },
  ["contents"],
);
