import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { expectRecord, type JsonRecord, readOptional } from "./read-json";

/** Google's request-level extensions, each with the JSON path it was read from. */
export interface GoogleExtensions {
  values: JsonRecord;
  pathOf: (key: string) => string;
}

/**
 * `extra_body.google` (Google's documented curl form, a literal `extra_body` key) and a top-level `google`
 * object (the form SDKs produce when `extra_body` is merged into the body) are both accepted (SPEC-DIGEST §6).
 * When both set the same key, `extra_body.google` wins and the other is reported.
 */
export function readGoogleExtensions(request: JsonRecord, state: RequestState): GoogleExtensions {
  const values: JsonRecord = {};
  const paths = new Map<string, string>();
  const topLevel = readOptional(request, "google");
  if (topLevel !== undefined) {
    for (const [key, value] of Object.entries(expectRecord(topLevel, "google"))) {
      values[key] = value;
      paths.set(key, `google.${key}`);
    }
  }
  const extraBody = readOptional(request, "extra_body");
  if (extraBody !== undefined) {
    const record = expectRecord(extraBody, "extra_body");
    for (const key of Object.keys(record)) {
      if (key !== "google") unsupported(state, `extra_body.${key}`, "only extra_body.google is understood");
    }
    const google = readOptional(record, "google");
    if (google !== undefined) {
      for (const [key, value] of Object.entries(expectRecord(google, "extra_body.google"))) {
        if (paths.has(key)) warn(state, `google.${key}`, "dropped", `also set in extra_body.google.${key}, which wins`);
        values[key] = value;
        paths.set(key, `extra_body.google.${key}`);
      }
    }
  }
  return { values, pathOf: (key) => paths.get(key) ?? `extra_body.google.${key}` };
}
