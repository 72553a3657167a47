import type { GeminiPart } from "../wire/gemini";
import { AUDIO_MIME_TYPE_BY_FORMAT, type MediaSource, mimeTypeFromName, readMediaSource } from "./media-source";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { expectRecord, expectString, invalidParam, type JsonRecord, optionalString, readOptional } from "./read-json";
import { MEDIA_RESOLUTION_BY_DETAIL } from "../tables/media-resolution";

/**
 * `image_url`, `input_audio`, `file` and `video_url` parts → `inlineData` (bytes) or `fileData` (URI).
 * The MIME type comes from, in order: the data URI, the format/filename/extension, then a default.
 */
export function openaiMediaToGeminiPart(type: string, part: JsonRecord, path: string, state: RequestState): GeminiPart {
  switch (type) {
    case "image_url":
      return imagePart(part, path, state);
    case "input_audio":
      return audioPart(part, path);
    case "file":
      return filePart(part, path, state);
    default:
      return videoPart(part, path, state);
  }
}

function imagePart(part: JsonRecord, path: string, state: RequestState): GeminiPart {
  // Google's page sends `image_url` as a bare string (Google's page "Call Gemini with the Chat Completions API" (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview)); OpenAI sends `{ url, detail }`.
  const raw = part.image_url;
  const objectForm = typeof raw !== "string";
  const image = objectForm ? expectRecord(raw, `${path}.image_url`) : undefined;
  const urlPath = objectForm ? `${path}.image_url.url` : `${path}.image_url`;
  const url = expectString(image === undefined ? raw : image.url, urlPath);
  const source = requireSource(url, urlPath, true);
  let mimeType = source.mimeType;
  if (mimeType === undefined) {
    mimeType = state.defaultImageMimeType;
    warn(state, urlPath, "defaulted", `MIME type not given by the URL; sent ${mimeType}`);
  }
  const out = sourceToPart(source, mimeType);
  const detailPath = `${path}.image_url.detail`;
  const detail = image === undefined ? undefined : optionalString(image, "detail", detailPath);
  // Older models take one resolution per request: an image that asks for none may get another image's (resolved later).
  const perPart = state.capabilities.partMediaResolution;
  if (detail === undefined) {
    if (!perPart) state.undetailedImages.push(objectForm ? `${path}.image_url` : urlPath);
    return out;
  }
  if (!Object.hasOwn(MEDIA_RESOLUTION_BY_DETAIL, detail)) {
    warn(state, detailPath, "dropped", `unknown detail '${detail}'; treated as no detail`);
    if (!perPart) state.undetailedImages.push(detailPath);
    return out;
  }
  const level = MEDIA_RESOLUTION_BY_DETAIL[detail as keyof typeof MEDIA_RESOLUTION_BY_DETAIL];
  if (level === undefined) {
    if (!perPart) state.undetailedImages.push(detailPath);
    return out;
  }
  // Gemini 3 takes a resolution per part; older models only one per request (collected, resolved later).
  if (perPart) return { ...out, mediaResolution: { level } };
  state.detailLevels.push({ level, path: detailPath });
  return out;
}

function audioPart(part: JsonRecord, path: string): GeminiPart {
  const audio = expectRecord(part.input_audio, `${path}.input_audio`);
  const data = expectString(audio.data, `${path}.input_audio.data`);
  const format = optionalString(audio, "format", `${path}.input_audio.format`);
  // The seed's form: `format` may be a MIME type and `data` a gs:// URI (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview).
  const source = requireSource(data, `${path}.input_audio.data`, true);
  let mimeType = format === undefined ? undefined : audioMimeType(format);
  if (format !== undefined && mimeType === undefined) {
    throw invalidParam(`${path}.input_audio.format`, `Unknown audio format '${format}' at '${path}.input_audio.format'.`);
  }
  mimeType ??= source.mimeType;
  if (mimeType === undefined) {
    throw invalidParam(`${path}.input_audio.format`, `'${path}.input_audio.format' is required to tell the audio type.`);
  }
  return sourceToPart(source, source.kind === "inline" && source.mimeType !== undefined ? source.mimeType : mimeType);
}

function audioMimeType(format: string): string | undefined {
  if (format.includes("/")) return format;
  const key = format.toLowerCase();
  return Object.hasOwn(AUDIO_MIME_TYPE_BY_FORMAT, key)
    ? AUDIO_MIME_TYPE_BY_FORMAT[key as keyof typeof AUDIO_MIME_TYPE_BY_FORMAT]
    : undefined;
}

function filePart(part: JsonRecord, path: string, state: RequestState): GeminiPart {
  const file = expectRecord(part.file, `${path}.file`);
  const filename = optionalString(file, "filename", `${path}.file.filename`);
  const fileData = optionalString(file, "file_data", `${path}.file.file_data`);
  const fileId = optionalString(file, "file_id", `${path}.file.file_id`);
  const fromName = filename === undefined ? undefined : mimeTypeFromName(filename);
  if (fileData !== undefined) {
    const source = requireSource(fileData, `${path}.file.file_data`, true);
    if (source.mimeType !== undefined || fromName === undefined) droppedFilename(filename, path, state);
    let mimeType = source.mimeType ?? fromName;
    if (mimeType === undefined) {
      // OpenAI's file inputs are PDFs; a bare base64 payload without a filename is most likely one.
      mimeType = "application/pdf";
      warn(state, `${path}.file.file_data`, "defaulted", "MIME type not given by a data URI or filename; sent application/pdf");
    }
    return sourceToPart(source, mimeType);
  }
  if (fileId === undefined) {
    throw invalidParam(`${path}.file`, `'${path}.file' needs 'file_data' or 'file_id'.`);
  }
  const source = readMediaSource(fileId, false);
  if (source === undefined || source.kind !== "uri") {
    throw invalidParam(
      `${path}.file.file_id`,
      `'${path}.file.file_id' must be a gs://, https:// or Gemini 'files/…' URI; OpenAI file ids have no Gemini equivalent.`,
      "unsupported_file_id",
    );
  }
  if (fromName === undefined) droppedFilename(filename, path, state);
  const mimeType = fromName ?? source.mimeType;
  if (mimeType === undefined && state.dialect === "vertex") {
    throw invalidParam(`${path}.file`, `Vertex AI needs a MIME type for '${path}.file': add a filename with an extension.`);
  }
  return sourceToPart(source, mimeType);
}

/**
 * `file.filename` only tells the MIME type (when the data URI does not): Gemini parts carry no name in requests
 * (`displayName` is a Vertex label for server-side tools), so a name that told nothing is dropped with a warning.
 */
function droppedFilename(filename: string | undefined, path: string, state: RequestState): void {
  if (filename === undefined) return;
  warn(state, `${path}.file.filename`, "dropped", "Gemini file parts have no file name; it told nothing about the MIME type here");
}

function videoPart(part: JsonRecord, path: string, state: RequestState): GeminiPart {
  // Not OpenAI's: the `{ type: "video_url", video_url: { url } }` form several OpenAI-compatible servers accept.
  const raw = part.video_url;
  const urlPath = typeof raw === "string" ? `${path}.video_url` : `${path}.video_url.url`;
  const url = expectString(typeof raw === "string" ? raw : readOptional(expectRecord(raw, `${path}.video_url`), "url"), urlPath);
  const source = requireSource(url, urlPath, true);
  let mimeType = source.mimeType;
  if (mimeType === undefined) {
    mimeType = "video/mp4";
    warn(state, urlPath, "defaulted", "MIME type not given by the URL; sent video/mp4");
  }
  return sourceToPart(source, mimeType);
}

function requireSource(value: string, path: string, allowBareBase64: boolean): MediaSource {
  const source = readMediaSource(value, allowBareBase64);
  if (source === undefined) {
    throw invalidParam(path, `'${path}' must be a data: URI with base64 data, a gs:// or http(s) URL, or base64 data.`);
  }
  return source;
}

function sourceToPart(source: MediaSource, mimeType: string | undefined): GeminiPart {
  if (source.kind === "inline") return { inlineData: { mimeType: mimeType ?? "application/octet-stream", data: source.data } };
  return { fileData: mimeType === undefined ? { fileUri: source.uri } : { mimeType, fileUri: source.uri } };
}
