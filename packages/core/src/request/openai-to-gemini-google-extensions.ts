import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { expectRecord, type JsonRecord, readOptional } from "./read-json";

/** Google's request-level extensions, each with the JSON path it was read from. */
export interface GoogleExtensions {
  /** Read-only: shared (and frozen) when the request has no extensions. */
  values: JsonRecord;
  pathOf(key: string): string;
}

/**
 * One instance per request that has extensions; a class, not an object of closures, because it is built on the
 * hot path (decision 0160). `paths` only holds keys read from the top-level `google` form; every other key was
 * read from `extra_body.google`.
 */
class Extensions implements GoogleExtensions {
  values: JsonRecord = {};
  paths: Map<string, string> | undefined = undefined;

  pathOf(key: string): string {
    return this.paths?.get(key) ?? `extra_body.google.${key}`;
  }
}

/** The common case, no extensions at all: nothing to allocate per request. */
export const NO_GOOGLE_EXTENSIONS: GoogleExtensions = Object.freeze(Object.assign(new Extensions(), { values: Object.freeze({}) }));

/**
 * `extra_body.google` (Google's documented curl form, a literal `extra_body` key) and a top-level `google`
 * object (the form SDKs produce when `extra_body` is merged into the body) are both accepted (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview).
 * When both set the same key, `extra_body.google` wins and the other is reported.
 */
export function readGoogleExtensions(request: JsonRecord, state: RequestState): GoogleExtensions {
  const topLevel = readOptional(request, "google");
  const extraBody = readOptional(request, "extra_body");
  if (topLevel === undefined && extraBody === undefined) return NO_GOOGLE_EXTENSIONS;
  const extensions = new Extensions();
  const { values } = extensions;
  if (topLevel !== undefined) {
    const record = expectRecord(topLevel, "google");
    const paths = new Map<string, string>();
    for (const key of Object.keys(record)) {
      values[key] = record[key];
      paths.set(key, `google.${key}`);
    }
    extensions.paths = paths;
  }
  if (extraBody !== undefined) {
    const record = expectRecord(extraBody, "extra_body");
    for (const key of Object.keys(record)) {
      if (key !== "google") unsupported(state, `extra_body.${key}`, "only extra_body.google is understood");
    }
    const google = readOptional(record, "google");
    if (google !== undefined) {
      const fields = expectRecord(google, "extra_body.google");
      for (const key of Object.keys(fields)) {
        if (extensions.paths?.delete(key) === true) warn(state, `google.${key}`, "dropped", `also set in extra_body.google.${key}, which wins`);
        values[key] = fields[key];
      }
    }
  }
  return extensions;
}
