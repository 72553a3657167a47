/**
 * Where a piece of media lives, read from an OpenAI URL/data string: inline bytes (data URI or bare base64)
 * or a URI Gemini fetches itself (`gs://`, `http(s)://`, Gemini Files API). Linear in the input: a 20 MB data
 * URI is sliced once, never matched by a backtracking regular expression.
 */
export type MediaSource =
  | { kind: "inline"; data: string; mimeType: string | undefined }
  | { kind: "uri"; uri: string; mimeType: string | undefined };

/** Extension → MIME type for URIs and filenames; Gemini's documented input types (image, audio, video, documents). */
export const MIME_TYPE_BY_EXTENSION = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  heic: "image/heic",
  heif: "image/heif",
  pdf: "application/pdf",
  txt: "text/plain",
  md: "text/md",
  html: "text/html",
  csv: "text/csv",
  xml: "text/xml",
  json: "application/json",
  mp3: "audio/mp3",
  wav: "audio/wav",
  aac: "audio/aac",
  ogg: "audio/ogg",
  flac: "audio/flac",
  aiff: "audio/aiff",
  m4a: "audio/m4a",
  opus: "audio/opus",
  mp4: "video/mp4",
  mpeg: "video/mpeg",
  mpg: "video/mpg",
  mov: "video/mov",
  avi: "video/avi",
  wmv: "video/wmv",
  flv: "video/x-flv",
  webm: "video/webm",
  "3gp": "video/3gpp",
} as const satisfies Record<string, string>;

/** OpenAI `input_audio.format` short names → MIME type; a value containing `/` is already a MIME type. */
export const AUDIO_MIME_TYPE_BY_FORMAT = {
  mp3: "audio/mp3",
  wav: "audio/wav",
  flac: "audio/flac",
  aac: "audio/aac",
  ogg: "audio/ogg",
  opus: "audio/opus",
  aiff: "audio/aiff",
  m4a: "audio/m4a",
  pcm16: "audio/pcm",
  webm: "audio/webm",
} as const satisfies Record<string, string>;

const URI_PREFIXES = ["gs://", "http://", "https://"] as const;
const GEMINI_FILES_BASE = "https://generativelanguage.googleapis.com/v1beta/";

/** MIME type from the last path segment's extension (query and fragment ignored); YouTube links are video. */
export function mimeTypeFromName(name: string): string | undefined {
  if (/^https?:\/\/(www\.|m\.)?(youtube\.com|youtu\.be)\//i.test(name)) return "video/mp4";
  let end = name.length;
  const query = name.indexOf("?");
  if (query !== -1) end = query;
  const hash = name.indexOf("#");
  if (hash !== -1 && hash < end) end = hash;
  const path = name.slice(0, end);
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return undefined;
  const extension = path.slice(dot + 1).toLowerCase();
  return Object.hasOwn(MIME_TYPE_BY_EXTENSION, extension)
    ? MIME_TYPE_BY_EXTENSION[extension as keyof typeof MIME_TYPE_BY_EXTENSION]
    : undefined;
}

/**
 * Reads a media string. `data:<mime>;base64,<b64>` → inline; `gs://`, `http(s)://` → uri; `files/<id>` (Gemini
 * Files API resource name) → its full URI; anything else is taken as bare base64 when `allowBareBase64`.
 * Returns undefined for a string that is none of these.
 */
export function readMediaSource(value: string, allowBareBase64: boolean): MediaSource | undefined {
  if (value.startsWith("data:")) {
    const comma = value.indexOf(",");
    if (comma === -1) return undefined;
    const header = value.slice(5, comma);
    const segments = header.split(";");
    if (!segments.includes("base64")) return undefined;
    const mimeType = segments[0] === "" ? undefined : segments[0];
    return { kind: "inline", data: value.slice(comma + 1), mimeType };
  }
  if (URI_PREFIXES.some((prefix) => value.startsWith(prefix))) {
    return { kind: "uri", uri: value, mimeType: mimeTypeFromName(value) };
  }
  if (/^files\/[\w-]+$/.test(value)) return { kind: "uri", uri: `${GEMINI_FILES_BASE}${value}`, mimeType: undefined };
  if (allowBareBase64 && isBase64Like(value)) return { kind: "inline", data: value, mimeType: undefined };
  return undefined;
}

/** A cheap linear check (no regex over megabytes): base64 alphabet, `=` padding, URL-safe variants, whitespace. */
function isBase64Like(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 43 ||
      c === 47 ||
      c === 61 ||
      c === 45 ||
      c === 95 ||
      c === 10 ||
      c === 13;
    if (!ok) return false;
  }
  return true;
}
