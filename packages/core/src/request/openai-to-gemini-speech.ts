import type { GeminiSpeechConfig } from "../wire/gemini";
import { type RequestState, unsupported } from "./openai-to-gemini-options";
import { expectRecord, expectString, isRecord, optionalString, readOptional } from "./read-json";

/** OpenAI's built-in voice names: Gemini has its own voices (Kore, Puck, …) and rejects these. */
export const OPENAI_VOICES = [
  "alloy", "ash", "ballad", "cedar", "coral", "echo", "fable", "marin", "nova", "onyx", "sage", "shimmer", "verse",
] as const;

/** Gemini speech output is 24 kHz 16-bit PCM; only OpenAI's `pcm16` format describes that. */
const GEMINI_AUDIO_FORMATS = new Set(["pcm16"]);

/** `audio: { voice, format }` → `speechConfig.voiceConfig.prebuiltVoiceConfig.voiceName` (README "Requests"). */
export function openaiAudioToSpeechConfig(request: Record<string, unknown>, state: RequestState): GeminiSpeechConfig | undefined {
  const raw = readOptional(request, "audio");
  if (raw === undefined) return undefined;
  const audio = expectRecord(raw, "audio");
  const format = optionalString(audio, "format", "audio.format");
  if (format !== undefined && !GEMINI_AUDIO_FORMATS.has(format)) {
    unsupported(state, "audio.format", `Gemini returns 24 kHz PCM audio; '${format}' cannot be produced`);
  }
  const voiceRaw = readOptional(audio, "voice");
  if (voiceRaw === undefined) return undefined;
  const voice = isRecord(voiceRaw) ? expectString(voiceRaw.id, "audio.voice.id") : expectString(voiceRaw, "audio.voice");
  if ((OPENAI_VOICES as readonly string[]).includes(voice.toLowerCase())) {
    unsupported(state, "audio.voice", `'${voice}' is an OpenAI voice; Gemini uses its own voice names (the default voice is used)`);
    return undefined;
  }
  return { voiceConfig: { prebuiltVoiceConfig: { voiceName: voice } } };
}
