import { z } from "zod";

/**
 * Built-in (server-side) tools, GA ∪ VX (https://ai.google.dev/api/caching#Tool). Translators mostly pass these through unchanged, but
 * their fields are typed so a wrong type is caught at the edge with an exact path instead of as a Google 400.
 */

const emptyObject = z.looseObject({});
const stringArray = z.array(z.string());

/** GA `Interval`: RFC 3339 timestamps. */
const intervalSchema = z.looseObject({ startTime: z.string().optional(), endTime: z.string().optional() });

/** `timeRangeFilter` is GA; `excludeDomains`, `blockingConfidence` are VX; `searchTypes` VX + SDK. */
export const geminiGoogleSearchSchema = z.looseObject({
  timeRangeFilter: intervalSchema.optional(),
  excludeDomains: stringArray.optional(),
  blockingConfidence: z.string().optional(),
  searchTypes: z.looseObject({ webSearch: emptyObject.optional(), imageSearch: emptyObject.optional() }).optional(),
});

/** Legacy Gemini 1.5 search grounding. */
export const geminiGoogleSearchRetrievalSchema = z.looseObject({
  dynamicRetrievalConfig: z
    .looseObject({ mode: z.string().optional(), dynamicThreshold: z.number().optional() })
    .optional(),
});

/** `groundingTypes` and `authConfig` are VX. */
export const geminiGoogleMapsSchema = z.looseObject({
  enableWidget: z.boolean().optional(),
  groundingTypes: z.looseObject({ places: emptyObject.optional(), routing: emptyObject.optional() }).optional(),
  authConfig: emptyObject.optional(),
});

/** VX adds `ENVIRONMENT_MOBILE`/`_DESKTOP` and `enablePromptInjectionDetection`. */
export const geminiComputerUseSchema = z.looseObject({
  environment: z.string().optional(),
  excludedPredefinedFunctions: stringArray.optional(),
  enablePromptInjectionDetection: z.boolean().optional(),
});

/** GA only. The proto nests stores under `retrievalResources`; the SDK/docs use the flat `fileSearchStoreNames`. */
export const geminiFileSearchSchema = z.looseObject({
  retrievalResources: z.array(z.looseObject({ ragStoreName: z.string().optional() })).optional(),
  retrievalConfig: z.looseObject({ topK: z.number().int().optional(), metadataFilter: z.string().optional() }).optional(),
  fileSearchStoreNames: stringArray.optional(),
  metadataFilter: z.string().optional(),
  topK: z.number().int().optional(),
});

/**
 * VX `Retrieval`: Vertex AI Search, RAG Engine or an external search API. `externalApi` and
 * `vertexRagStore.ragRetrievalConfig` are deep product configs we never read: kept as open objects.
 */
export const geminiRetrievalSchema = z.looseObject({
  disableAttribution: z.boolean().optional(),
  externalApi: emptyObject.optional(),
  vertexAiSearch: z
    .looseObject({
      datastore: z.string().optional(),
      engine: z.string().optional(),
      filter: z.string().optional(),
      maxResults: z.number().int().optional(),
      dataStoreSpecs: z.array(z.looseObject({ dataStore: z.string().optional(), filter: z.string().optional() })).optional(),
    })
    .optional(),
  vertexRagStore: z
    .looseObject({
      ragResources: z
        .array(z.looseObject({ ragCorpus: z.string().optional(), ragFileIds: stringArray.optional() }))
        .optional(),
      ragRetrievalConfig: emptyObject.optional(),
      similarityTopK: z.number().int().optional(),
      vectorDistanceThreshold: z.number().optional(),
    })
    .optional(),
});

/** VX grounding on a compliance-friendly web index. */
export const geminiEnterpriseWebSearchSchema = z.looseObject({
  excludeDomains: stringArray.optional(),
  blockingConfidence: z.string().optional(),
});

/** VX third-party search backends: `customConfigs` is a free-form struct. */
export const geminiThirdPartySearchSchema = z.looseObject({
  apiKey: z.string().optional(),
  customConfigs: z.record(z.string(), z.unknown()).optional(),
  enableDataRetention: z.boolean().optional(),
  enableZeroDataRetention: z.boolean().optional(),
});
