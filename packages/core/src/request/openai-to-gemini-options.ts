import type { SignatureMode } from "../context/translation-context";
import { GembridgeError } from "../errors/gembridge-error";
import type { ModelCapabilities } from "../model/model-capabilities";
import type { SchemaTarget } from "../schema/schema-options";
import type { SignatureStore } from "../signature/signature-store";
import type { TranslationWarning } from "../shared/result";
import type { MediaResolutionLevel } from "../tables/media-resolution";

export interface OpenAIToGeminiRequestOptions {
  /** `"gemini"` (Gemini API v1beta, default) or `"vertex"` (Vertex AI v1). */
  dialect?: "gemini" | "vertex";
  /** Turn every "Gemini cannot honour this" warning into a 400 naming the parameter. Default false. */
  strict?: boolean;
  /** Passed on in `value.context.signatureMode` for the response side. Default `"extra_content"`. */
  signatureMode?: SignatureMode;
  /**
   * Give current-turn function calls that carry no thought signature the documented bypass value
   * `skip_thought_signature_validator` (first call of each step), so Gemini 3 does not answer 400.
   * Default: on for models whose capabilities say `requiresThoughtSignatures`.
   */
  skipThoughtSignature?: boolean;
  /**
   * Where signatures emitted by earlier responses wait (docs/decisions/0190-signature-store.md): a tool call whose
   * `extra_content` was dropped and whose id lost its `gbts1_` suffix gets its signature back by id. Passed on in
   * `value.context.signatureStore` so the response side fills it.
   */
  signatureStore?: SignatureStore;
  /** MIME type for an `image_url` whose type cannot be read from a data URI or an extension. Default `image/jpeg`. */
  defaultImageMimeType?: string;
  /**
   * Force where tool parameters and `response_format` schemas go: `"json-schema"` (`parametersJsonSchema`,
   * `responseJsonSchema`, sent as given) or `"schema"` (converted OpenAPI-subset `parameters`, `responseSchema`).
   * Default from `chooseSchemaTarget`.
   */
  schemaTarget?: SchemaTarget;
  /** Override fields of the model capability table (model/model-capabilities.ts). */
  capabilities?: Partial<ModelCapabilities>;
  /** Assistant thoughts in history (`reasoning_content`, `<marker>` text): `"keep"` as thought parts (default) or `"drop"`. */
  historyThoughts?: "keep" | "drop";
}

/** The documented bypass value for Gemini 3 thought-signature validation (https://ai.google.dev/gemini-api/docs/thought-signatures). */
export const SKIP_THOUGHT_SIGNATURE = "skip_thought_signature_validator";

/** Shared state of one translation: resolved options, the model's capabilities and the warning list. */
export interface RequestState {
  dialect: "gemini" | "vertex";
  strict: boolean;
  model: string;
  capabilities: ModelCapabilities;
  defaultImageMimeType: string;
  historyThoughts: "keep" | "drop";
  thoughtTagMarker: string | undefined;
  /** `image_url.detail` values seen on models without per-part resolution (become `generationConfig.mediaResolution`). */
  detailLevels: Array<{ level: MediaResolutionLevel; path: string }>;
  /** Paths of images without a resolution (no `detail`, `auto`, unknown) on those models: they get the request's. */
  undetailedImages: string[];
  schemaTarget: SchemaTarget;
  signatureStore: SignatureStore | undefined;
  warnings: TranslationWarning[];
  /** `STAGE` bits of the stages the request's top-level parameters need (openai-request-params.ts). */
  stages: number;
}


export function warn(state: RequestState, path: string, code: string, message: string): void {
  state.warnings.push({ path, code, message });
}

/**
 * Something Gemini cannot honour: a warning by default (as Google's own endpoint silently ignores it),
 * a 400 naming the parameter when `options.strict` is set.
 */
export function unsupported(state: RequestState, path: string, message: string): void {
  if (state.strict) {
    throw new GembridgeError(`Unsupported parameter '${path}': ${message}`, {
      status: 400,
      code: "unsupported_parameter",
      param: path,
    });
  }
  state.warnings.push({ path, code: "dropped", message });
}
