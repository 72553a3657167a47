// Every public name is listed here by name (no `export *`): src/index.test.ts snapshots this list.
// Names in ../shared/CONTRACT.md are the stable surface; the rest are helpers and types.

export {
  GembridgeError,
  googleStatus,
  isGembridgeError,
  openAIErrorType,
} from "./errors/gembridge-error";
export type { GembridgeErrorOptions, GeminiErrorBody, OpenAIErrorBody } from "./errors/gembridge-error";
export type { Translation, TranslationWarning } from "./shared/result";
export type {
  GeminiToOpenAIContext,
  ImageOutputMode,
  OpenAIToGeminiContext,
  SignatureMode,
} from "./context/translation-context";
