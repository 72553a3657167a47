import { z } from "zod";

/** Output-media options of `GenerationConfig` (https://ai.google.dev/api/generate-content#generationconfig): speech, image, VX response formats, transcription. */

const stringArray = z.array(z.string());

/** `replicatedVoiceConfig` (voice cloning): `consentAudio`, `voiceConsentSignature` are GA. */
export const geminiVoiceConfigSchema = z.looseObject({
  prebuiltVoiceConfig: z.looseObject({ voiceName: z.string().optional() }).optional(),
  replicatedVoiceConfig: z
    .looseObject({
      mimeType: z.string().optional(),
      voiceSampleAudio: z.string().optional(),
      consentAudio: z.string().optional(),
      voiceConsentSignature: z.looseObject({}).optional(),
    })
    .optional(),
});

/** TTS voice config; `multiSpeakerVoiceConfig` (exactly two speakers) is exclusive with `voiceConfig` upstream. */
export const geminiSpeechConfigSchema = z.looseObject({
  voiceConfig: geminiVoiceConfigSchema.optional(),
  multiSpeakerVoiceConfig: z
    .looseObject({
      speakerVoiceConfigs: z
        .array(z.looseObject({ speaker: z.string().optional(), voiceConfig: geminiVoiceConfigSchema.optional() }))
        .optional(),
    })
    .optional(),
  languageCode: z.string().optional(),
});
export type GeminiSpeechConfig = z.infer<typeof geminiSpeechConfigSchema>;

/** `aspectRatio` is both; `imageSize`/`personGeneration` GA (SDK) + VX; the rest VX only. */
export const geminiImageConfigSchema = z.looseObject({
  aspectRatio: z.string().optional(),
  imageSize: z.string().optional(),
  personGeneration: z.string().optional(),
  prominentPeople: z.string().optional(),
  imageOutputOptions: z
    .looseObject({ mimeType: z.string().optional(), compressionQuality: z.number().int().optional() })
    .optional(),
  outputMimeType: z.string().optional(),
  outputCompressionQuality: z.number().int().optional(),
});
export type GeminiImageConfig = z.infer<typeof geminiImageConfigSchema>;

/** VX `responseFormat[]` entry: one output format per modality (enum values are VX-specific names). */
export const geminiResponseFormatSchema = z.looseObject({
  text: z.looseObject({ mimeType: z.string().optional(), schema: z.unknown().optional() }).optional(),
  image: z
    .looseObject({
      aspectRatio: z.string().optional(),
      delivery: z.string().optional(),
      imageSize: z.string().optional(),
      mimeType: z.string().optional(),
    })
    .optional(),
  audio: z
    .looseObject({
      bitRate: z.number().int().optional(),
      delivery: z.string().optional(),
      mimeType: z.string().optional(),
      sampleRate: z.number().int().optional(),
    })
    .optional(),
  video: z
    .looseObject({
      aspectRatio: z.string().optional(),
      delivery: z.string().optional(),
      duration: z.string().optional(),
      gcsUri: z.string().optional(),
      resolution: z.string().optional(),
    })
    .optional(),
});

/** VX transcription of audio input/output. */
export const geminiAudioTranscriptionConfigSchema = z.looseObject({
  adaptationPhrases: stringArray.optional(),
  customVocabulary: stringArray.optional(),
  diarization: z.boolean().optional(),
  languageAuto: z.looseObject({}).optional(),
  languageCodes: stringArray.optional(),
  languageHints: z.looseObject({ languageCodes: stringArray.optional() }).optional(),
  mode: z.string().optional(),
  wordTimestamp: z.boolean().optional(),
});
