import type { GeminiPart } from "../wire/gemini";
import { type RequestState, unsupported } from "./openai-to-gemini-options";
import { openaiMediaToGeminiPart } from "./openai-to-gemini-media";
import { expectRecord, expectString, invalidParam, isRecord, type JsonRecord, readOptional } from "./read-json";

/**
 * One OpenAI content part → one Gemini part (https://platform.openai.com/docs/api-reference/chat/create → §2.2). Returns undefined for empty text, which
 * Gemini must not receive as an empty part. Part-level `extra_content.google` (`thought_signature`, `thought`)
 * lands on the part it was written on.
 */
export function openaiContentPartToGemini(raw: unknown, path: string, state: RequestState): GeminiPart | undefined {
  const part = expectRecord(raw, path);
  const type = expectString(part.type, `${path}.type`);
  const converted = convertByType(type, part, path, state);
  if (converted === undefined) return undefined;
  return withPartExtraContent(converted, part, path);
}

function convertByType(type: string, part: JsonRecord, path: string, state: RequestState): GeminiPart | undefined {
  switch (type) {
    case "text": {
      const text = expectString(part.text, `${path}.text`);
      return text === "" ? undefined : { text };
    }
    case "refusal": {
      // Gemini has no refusal channel; an assistant's refusal stays in history as plain text.
      const refusal = expectString(part.refusal, `${path}.refusal`);
      return refusal === "" ? undefined : { text: refusal };
    }
    case "image_url":
    case "input_audio":
    case "file":
    case "video_url":
      return openaiMediaToGeminiPart(type, part, path, state);
    default:
      throw invalidParam(`${path}.type`, `Unsupported content part type '${type}' at '${path}.type'.`);
  }
}

function withPartExtraContent(part: GeminiPart, raw: JsonRecord, path: string): GeminiPart {
  const extra = readOptional(raw, "extra_content");
  if (extra === undefined) return part;
  const google = readOptional(expectRecord(extra, `${path}.extra_content`), "google");
  if (google === undefined) return part;
  const record = expectRecord(google, `${path}.extra_content.google`);
  const out: GeminiPart = { ...part };
  const thought = readOptional(record, "thought");
  if (thought === true && out.text !== undefined) out.thought = true;
  const signature = readOptional(record, "thought_signature");
  if (signature !== undefined) {
    out.thoughtSignature = expectString(signature, `${path}.extra_content.google.thought_signature`);
  }
  return out;
}

/** Text of a string-or-text-parts content (system, developer, tool messages), parts joined without separator. */
export function textOfContent(content: unknown, path: string, state: RequestState): string[] {
  if (typeof content === "string") return content === "" ? [] : [content];
  if (!Array.isArray(content)) {
    throw invalidParam(path, `Invalid type for '${path}': expected a string or an array of parts.`, "invalid_type");
  }
  const texts: string[] = [];
  for (let j = 0; j < content.length; j++) {
    const item: unknown = content[j];
    const partPath = `${path}[${j}]`;
    if (!isRecord(item)) throw invalidParam(partPath, `Invalid type for '${partPath}': expected an object.`, "invalid_type");
    if (item.type === "text") {
      const text = expectString(item.text, `${partPath}.text`);
      if (text !== "") texts.push(text);
    } else {
      unsupported(state, partPath, "only text parts are allowed here; this part was dropped");
    }
  }
  return texts;
}
