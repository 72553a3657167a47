import type { GeminiPart } from "../wire/gemini";
import type { OpenAIUserContentPart } from "../wire/openai";
import { GembridgeError } from "../errors/gembridge-error";
import { joinPath } from "../shared/result";
import { type GeminiToOpenAIState, warn } from "./gemini-to-openai-options";
import { DETAIL_BY_MEDIA_RESOLUTION } from "../tables/media-resolution";

/** `input_audio.format` by MIME type: OpenAI documents exactly these two formats. */
export const AUDIO_FORMAT_BY_MIME_TYPE = {
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/vnd.wave": "wav",
  "audio/mp3": "mp3",
  "audio/mpeg": "mp3",
  "audio/mpeg3": "mp3",
  "audio/x-mp3": "mp3",
} as const satisfies Record<string, "wav" | "mp3">;

const EXTENSION_BY_MIME_TYPE: Record<string, string> = {
  "application/pdf": "pdf",
  "text/plain": "txt",
  "text/csv": "csv",
  "text/html": "html",
  "text/markdown": "md",
  "application/json": "json",
  "video/mp4": "mp4",
};

/**
 * One `user`-turn media or text part → one OpenAI user content part, chosen by MIME type:
 * image → `image_url` (data URL for `inlineData`, the URI itself for `fileData`), wav/mp3 → `input_audio`,
 * anything else inline → `file` with a data URL. A non-image `fileData` URI has no OpenAI form (OpenAI takes
 * audio and documents only as bytes or uploaded file ids) → 400 (docs/decisions/0081).
 */
export function geminiPartToOpenAIUserPart(
  part: GeminiPart,
  path: string,
  state: GeminiToOpenAIState,
  requestResolution: string | undefined,
): OpenAIUserContentPart | undefined {
  if (part.text !== undefined) return { type: "text", text: part.text };
  if (part.videoMetadata !== undefined) {
    warn(state, joinPath(path, "videoMetadata"), "dropped", "OpenAI has no video clipping (start/end offset, fps)");
  }
  const resolution = part.mediaResolution?.level ?? requestResolution;
  if (part.inlineData !== undefined) {
    const mimeType = (part.inlineData.mimeType ?? "application/octet-stream").toLowerCase();
    const data = part.inlineData.data ?? "";
    if (mimeType.startsWith("image/")) return imagePart(`data:${mimeType};base64,${data}`, resolution);
    const format = (AUDIO_FORMAT_BY_MIME_TYPE as Record<string, "wav" | "mp3">)[mimeType];
    if (format !== undefined) return { type: "input_audio", input_audio: { data, format } };
    if (mimeType.startsWith("audio/")) {
      warn(state, joinPath(path, "inlineData", "mimeType"), "approximated", `OpenAI input_audio takes wav or mp3 only; ${mimeType} sent as a file part`);
    }
    const filename = part.inlineData.displayName ?? `file-${path.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "")}.${EXTENSION_BY_MIME_TYPE[mimeType] ?? "bin"}`;
    return { type: "file", file: { file_data: `data:${mimeType};base64,${data}`, filename } };
  }
  if (part.fileData !== undefined) {
    const mimeType = (part.fileData.mimeType ?? "").toLowerCase();
    const uri = part.fileData.fileUri;
    if (mimeType.startsWith("image/") || (mimeType === "" && /\.(png|jpe?g|webp|gif|heic|heif)(?:[?#]|$)/i.test(uri))) {
      return imagePart(uri, resolution);
    }
    throw new GembridgeError(
      `fileData of type ${mimeType || "unknown"} cannot be passed to an OpenAI-compatible backend by URI; send it as inlineData`,
      { status: 400, code: "unsupported_file_uri", param: joinPath(path, "fileData", "fileUri") },
    );
  }
  return undefined;
}

function imagePart(url: string, resolution: string | undefined): OpenAIUserContentPart {
  const detail = resolution === undefined ? undefined : (DETAIL_BY_MEDIA_RESOLUTION as Record<string, "auto" | "low" | "high">)[resolution];
  return { type: "image_url", image_url: detail === undefined || detail === "auto" ? { url } : { url, detail } };
}
