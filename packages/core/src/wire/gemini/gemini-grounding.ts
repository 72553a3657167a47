import { z } from "zod";
import { geminiContentSchema } from "./gemini-content";

/** Grounding metadata of a candidate (https://ai.google.dev/api/generate-content#candidate), GA ∪ VX ∪ SDK. */

const str = () => z.string().optional();
const int = () => z.number().int().optional();

/** Byte offsets into a part's text (not UTF-16 indices). */
const segmentSchema = z.looseObject({ partIndex: int(), startIndex: int(), endIndex: int(), text: str() });

const reviewSnippetSchema = z.looseObject({ reviewId: str(), googleMapsUri: str(), title: str() });

/** VX: a RAG Engine chunk behind a `retrievedContext`. */
const ragChunkSchema = z.looseObject({
  chunkId: str(),
  fileId: str(),
  text: str(),
  pageSpan: z.looseObject({ firstPage: int(), lastPage: int() }).optional(),
});

/** One grounding source: one of `web`, `retrievedContext`, `maps`, `image` (VX/SDK). */
export const geminiGroundingChunkSchema = z.looseObject({
  web: z.looseObject({ uri: str(), title: str(), domain: str() }).optional(),
  retrievedContext: z
    .looseObject({ uri: str(), title: str(), text: str(), documentName: str(), ragChunk: ragChunkSchema.optional() })
    .optional(),
  maps: z
    .looseObject({
      uri: str(),
      title: str(),
      text: str(),
      placeId: str(),
      placeAnswerSources: z.looseObject({ reviewSnippets: z.array(reviewSnippetSchema).optional() }).optional(),
      route: z.looseObject({ distanceMeters: int(), duration: str(), encodedPolyline: str() }).optional(),
    })
    .optional(),
  image: z.looseObject({ sourceUri: str(), imageUri: str(), title: str(), domain: str() }).optional(),
});

/** Which chunks support which span of the answer; `renderedParts` is VX. */
export const geminiGroundingSupportSchema = z.looseObject({
  segment: segmentSchema.optional(),
  groundingChunkIndices: z.array(z.number().int()).optional(),
  confidenceScores: z.array(z.number()).optional(),
  renderedParts: z.array(z.number().int()).optional(),
});

/** Search / Maps / RAG grounding of a candidate; `imageSearchQueries`, `retrievalQueries`, `sourceFlaggingUris` are VX/SDK. */
export const geminiGroundingMetadataSchema = z.looseObject({
  webSearchQueries: z.array(z.string()).optional(),
  imageSearchQueries: z.array(z.string()).optional(),
  retrievalQueries: z.array(z.string()).optional(),
  searchEntryPoint: z.looseObject({ renderedContent: str(), sdkBlob: str() }).optional(),
  groundingChunks: z.array(geminiGroundingChunkSchema).optional(),
  groundingSupports: z.array(geminiGroundingSupportSchema).optional(),
  retrievalMetadata: z.looseObject({ googleSearchDynamicRetrievalScore: z.number().optional() }).optional(),
  googleMapsWidgetContextToken: str(),
  sourceFlaggingUris: z.array(z.looseObject({ sourceId: str(), flagContentUri: str() })).optional(),
});
export type GeminiGroundingMetadata = z.infer<typeof geminiGroundingMetadataSchema>;

/** GA, GenerateAnswer only: which passage or semantic-retriever chunk an answer came from. */
export const geminiGroundingAttributionSchema = z.looseObject({
  sourceId: z
    .looseObject({
      groundingPassage: z.looseObject({ passageId: str(), partIndex: int() }).optional(),
      semanticRetrieverChunk: z.looseObject({ source: str(), chunk: str() }).optional(),
    })
    .optional(),
  content: geminiContentSchema.optional(),
});

/** @deprecated moved to `gemini-candidate-metadata.ts`; import wire types from `wire/gemini/index`. Kept for early importers. */
export type { GeminiLogprobsResult } from "./gemini-candidate-metadata";
