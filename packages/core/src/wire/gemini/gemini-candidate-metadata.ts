import { z } from "zod";
import { GEMINI_URL_RETRIEVAL_STATUSES } from "./gemini-enums";
import { openEnum } from "./open-enum";

/** Per-candidate metadata besides grounding: citations, URL-context results, logprobs (https://ai.google.dev/api/generate-content#candidate). */

/** One cited span. GA names the list `citationSources`, VX `citations` (VX adds `title`, `publicationDate`). */
const citationSchema = z.looseObject({
  startIndex: z.number().int().optional(),
  endIndex: z.number().int().optional(),
  uri: z.string().optional(),
  title: z.string().optional(),
  license: z.string().optional(),
  publicationDate: z
    .looseObject({ year: z.number().int().optional(), month: z.number().int().optional(), day: z.number().int().optional() })
    .optional(),
});

/** Recitation sources of a candidate, in either dialect's spelling. */
export const geminiCitationMetadataSchema = z.looseObject({
  citationSources: z.array(citationSchema).optional(),
  citations: z.array(citationSchema).optional(),
});
export type GeminiCitationMetadata = z.infer<typeof geminiCitationMetadataSchema>;

/** PAYWALL and UNSAFE statuses are GA only. */
export const geminiUrlContextMetadataSchema = z.looseObject({
  urlMetadata: z
    .array(
      z.looseObject({
        retrievedUrl: z.string().optional(),
        urlRetrievalStatus: openEnum(GEMINI_URL_RETRIEVAL_STATUSES).optional(),
      }),
    )
    .optional(),
});
export type GeminiUrlContextMetadata = z.infer<typeof geminiUrlContextMetadataSchema>;

const logprobsCandidateSchema = z.looseObject({
  token: z.string().optional(),
  tokenId: z.number().int().optional(),
  logProbability: z.number().optional(),
});

/** One chosen token per decoding step plus the top-N alternatives (sorted desc); `logProbabilitySum` is GA only. */
export const geminiLogprobsResultSchema = z.looseObject({
  chosenCandidates: z.array(logprobsCandidateSchema).optional(),
  topCandidates: z.array(z.looseObject({ candidates: z.array(logprobsCandidateSchema).optional() })).optional(),
  logProbabilitySum: z.number().optional(),
});
export type GeminiLogprobsResult = z.infer<typeof geminiLogprobsResultSchema>;
