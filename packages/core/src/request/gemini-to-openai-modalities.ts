import type { GeminiGenerationConfig } from "../wire/gemini";
import type { OpenAIChatRequest } from "../wire/openai";
import { joinPath } from "../shared/result";
import { type GeminiToOpenAIState, snakeCaseKeys, warn } from "./gemini-to-openai-options";
import { OPENAI_MODALITY_BY_GEMINI } from "../tables/modalities";

/**
 * The audio format asked of the backend: `pcm16` is 24 kHz 16-bit mono PCM — exactly what Gemini's own audio
 * output is, so the client gets the bytes it would get from Gemini (docs/decisions/0084). The response side labels
 * it `audio/L16;codec=pcm;rate=24000` (`OpenAIToGeminiResponseContext.audioFormat`, same default).
 */
export const REQUESTED_AUDIO_FORMAT = "pcm16";

/** OpenAI requires a voice with audio output; Gemini picks one itself. `alloy` is OpenAI's first listed voice. */
export const DEFAULT_VOICE = "alloy";

/**
 * `responseModalities` → `modalities`; with AUDIO, `speechConfig`'s prebuilt voice → `audio: { voice, format }`.
 * Multi-speaker and language settings have no OpenAI form: exact in `extra_body.google.speech_config` with Google
 * extensions, else a warning. `imageConfig` likewise (`extra_body.google.image_config`).
 */
export function geminiModalitiesToOpenAI(
  config: GeminiGenerationConfig,
  state: GeminiToOpenAIState,
  google: Record<string, unknown>,
): Pick<OpenAIChatRequest, "modalities" | "audio"> {
  const path = "generationConfig";
  const forward = state.options.forwardGoogleExtensions === true;
  const out: Pick<OpenAIChatRequest, "modalities" | "audio"> = {};
  const modalities: ("text" | "image" | "audio")[] = [];
  (config.responseModalities ?? []).forEach((modality, i) => {
    const mapped = (OPENAI_MODALITY_BY_GEMINI as Record<string, "text" | "image" | "audio">)[modality];
    if (mapped === undefined) warn(state, joinPath(path, "responseModalities", i), "dropped", `output modality ${modality} has no OpenAI value`);
    else if (!modalities.includes(mapped)) modalities.push(mapped);
  });
  if (modalities.length > 0) out.modalities = modalities;
  const speech = config.speechConfig;
  if (modalities.includes("audio")) {
    const voice = speech?.voiceConfig?.prebuiltVoiceConfig?.voiceName;
    if (voice === undefined) warn(state, joinPath(path, "speechConfig"), "defaulted", `OpenAI needs a voice for audio output; sent "${DEFAULT_VOICE}"`);
    out.audio = { voice: voice ?? DEFAULT_VOICE, format: REQUESTED_AUDIO_FORMAT };
  }
  if (speech !== undefined) {
    const { voiceConfig, ...rest } = speech;
    const onlyVoice = Object.keys(rest).length === 0 && out.audio !== undefined && (voiceConfig === undefined || Object.keys(voiceConfig).every((key) => key === "prebuiltVoiceConfig"));
    if (forward && !onlyVoice) google.speech_config = snakeCaseKeys(speech);
    else if (!onlyVoice) warn(state, joinPath(path, "speechConfig"), "dropped", out.audio === undefined ? "speechConfig without AUDIO output is unused" : "multi-speaker, language and custom voice settings have no OpenAI field");
  }
  if (config.imageConfig !== undefined) {
    if (forward) google.image_config = snakeCaseKeys(config.imageConfig);
    else warn(state, joinPath(path, "imageConfig"), "dropped", "generationConfig.imageConfig has no OpenAI Chat Completions field");
  }
  return out;
}
