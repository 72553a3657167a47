import { GembridgeError } from "../errors/gembridge-error";

export interface GeminiEndpointOptions {
  /** `"gemini"`: Gemini API v1beta. `"vertex"`: Vertex AI v1 (regional, global or express mode). */
  dialect: "gemini" | "vertex";
  /**
   * Model id (`gemini-2.5-flash`) or a resource path in a shape Google documents: Gemini API `models/m`,
   * `tunedModels/m`, `dynamic/m`; Vertex `publishers/p/models/m`, `projects/P/locations/L/publishers/p/models/m`,
   * `projects/P/locations/L/endpoints/e`. Anything else (dot segments, `?`, `#`, `%`, `:`, `\`, control
   * characters, empty segments) is a `GembridgeError` 400 with `param: "model"`.
   */
  model: string;
  stream: boolean;
  /** Vertex project; without it (and with `apiKey`) Vertex is called in express mode. */
  project?: string;
  /** Vertex location; `"global"` uses the host without a region prefix. Default `us-central1`. */
  location?: string;
  /** Sent as `x-goog-api-key` (Gemini API; Vertex express mode). */
  apiKey?: string;
  /** Replaces the scheme and host (and any path prefix), e.g. a proxy: `https://proxy.example/google`. Absolute http(s), no query or fragment. */
  baseUrl?: string;
  /** Vertex: accept `projects/P/locations/L/…` models naming another project or location than `project` / `location`. Default false. */
  allowOtherProjects?: boolean;
}

export interface GeminiEndpoint {
  url: string;
  /** `content-type`, plus `x-goog-api-key` when an API key was given. Vertex OAuth tokens are the caller's job. */
  headers: Record<string, string>;
}

const GEMINI_API_HOST = "https://generativelanguage.googleapis.com";

// Characters that would end the path (`?`, `#`), re-encode or smuggle (`%`, `\`), split off a method (`:`), or
// break the request line (controls, CR/LF, whitespace, DEL). Everything else in a segment is percent-encoded.
const FORBIDDEN = /[?#%\\:\s\u0000-\u001f\u007f]/u;
// Segments that need no encoding at all: the common case, checked once instead of encoding every name.
const PLAIN_SEGMENT = /^[A-Za-z0-9._~@+-]+$/;
// Project ids, project numbers and domain-scoped ids (`example.com:proj`); locations (`us-central1`, `global`, `eu`).
const PROJECT = /^[A-Za-z0-9](?:[A-Za-z0-9.:-]*[A-Za-z0-9])?$/;
const LOCATION = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * URL and headers for one generateContent call (https://ai.google.dev/api/generate-content). Pure: no env, no I/O; credentials are passed in.
 * Streams use `:streamGenerateContent?alt=sse` (one JSON response per SSE event; never the JSON-array form).
 * The model is client input that lands in a URL sent with the gateway's credentials, so it is checked against the
 * documented resource shapes and encoded segment by segment (decision 0170): no model can change the host, the
 * API version, the project, the method or the query.
 *
 * @example geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-pro", stream: true, project: "p", location: "global" })
 * // { url: "https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse", … }
 */
export function geminiEndpoint(options: GeminiEndpointOptions): GeminiEndpoint {
  const raw = typeof options.model === "string" && options.model.startsWith("google/") ? options.model.slice("google/".length) : options.model;
  if (raw === "" || raw === undefined) throw new GembridgeError("A model name is required.", { code: "missing_model", param: "model" });
  const segments = modelSegments(raw);
  const method = options.stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.apiKey !== undefined) headers["x-goog-api-key"] = options.apiKey;
  let path: string;
  let base: string;
  if (options.dialect === "gemini") {
    path = geminiApiPath(segments, raw);
    base = options.baseUrl === undefined ? GEMINI_API_HOST : checkedBaseUrl(options.baseUrl);
  } else {
    const vertex = vertexPath(segments, raw, options);
    path = vertex.path;
    base = options.baseUrl === undefined ? vertexHost(vertex.location) : checkedBaseUrl(options.baseUrl);
  }
  return { url: `${base}/${path}${method}`, headers };
}

/** The model split on `/`, each segment checked and percent-encoded. */
function modelSegments(model: string): string[] {
  if (typeof model !== "string") throw badModel(`The model must be a string.`);
  // The common case, a plain id: one regex test, no split.
  if (PLAIN_SEGMENT.test(model) && model !== "." && model !== "..") return [model];
  const segments = model.split("/");
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as string;
    if (segment === "" || segment === "." || segment === "..") throw badModel(`The model '${printable(model)}' has an empty or dot segment.`);
    if (PLAIN_SEGMENT.test(segment)) continue;
    if (FORBIDDEN.test(segment)) {
      throw badModel(`The model '${printable(model)}' contains a character not allowed in a model name (?, #, %, :, \\, whitespace or a control character).`);
    }
    segments[index] = encodeURIComponent(segment);
  }
  return segments;
}

function geminiApiPath(segments: string[], model: string): string {
  if (segments.length === 1) return `v1beta/models/${segments[0]}`;
  // The generateContent bindings: {model=models/*}, {model=tunedModels/*}, {model=dynamic/*}.
  if (segments.length === 2 && (segments[0] === "models" || segments[0] === "tunedModels" || segments[0] === "dynamic")) {
    return `v1beta/${segments[0]}/${segments[1]}`;
  }
  throw badModel(`The model '${printable(model)}' is not a model id or one of models/{m}, tunedModels/{m}, dynamic/{m}.`);
}

function vertexPath(segments: string[], model: string, options: GeminiEndpointOptions): { path: string; location: string } {
  const project = options.project;
  const location = options.location ?? "us-central1";
  if (project !== undefined) checkOption(PROJECT, project, "project");
  if (options.location !== undefined) checkOption(LOCATION, options.location, "location");

  if (segments[0] === "projects") {
    // projects/P/locations/L/publishers/p/models/m, or projects/P/locations/L/endpoints/e (tuned or deployed models).
    const published = segments.length === 8 && segments[4] === "publishers" && segments[6] === "models";
    const endpoint = segments.length === 6 && segments[4] === "endpoints";
    if (segments[2] !== "locations" || !(published || endpoint)) throw badModel(unknownVertexShape(model));
    const [, pathProject, , pathLocation] = segments as [string, string, string, string];
    if (!LOCATION.test(pathLocation)) throw badModel(`The model '${printable(model)}' names an invalid location.`);
    if (options.allowOtherProjects !== true && (pathProject !== project || pathLocation !== location)) {
      throw badModel(`The model '${printable(model)}' names a project or location other than the configured one.`);
    }
    return { path: `v1/${segments.join("/")}`, location: pathLocation };
  }
  let resource: string;
  if (segments.length === 1) resource = `publishers/google/models/${segments[0]}`;
  else if (segments.length === 4 && segments[0] === "publishers" && segments[2] === "models") resource = segments.join("/");
  else throw badModel(unknownVertexShape(model));
  if (project === undefined) {
    // Express mode: the API key names the project; the proto binding is /v1/{model=publishers/*/models/*}.
    if (options.apiKey === undefined) {
      throw new GembridgeError("Vertex AI needs a project (OAuth) or an API key (express mode).", { code: "missing_project", param: "project" });
    }
    return { path: `v1/${resource}`, location: "global" };
  }
  return { path: `v1/projects/${project}/locations/${location}/${resource}`, location };
}

function vertexHost(location: string): string {
  return location === "global" ? "https://aiplatform.googleapis.com" : `https://${location}-aiplatform.googleapis.com`;
}

/**
 * The base URL without trailing slashes, once checked: absolute http(s), no query, no fragment. Checked per
 * distinct text (a gateway passes the same one every call), so `new URL` stays off the hot path.
 */
const checkedBases = new Map<string, string>();
function checkedBaseUrl(baseUrl: string): string {
  const known = checkedBases.get(baseUrl);
  if (known !== undefined) return known;
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "" || baseUrl.includes("?") || baseUrl.includes("#")) {
    // The text is not echoed: a base URL may carry credentials.
    throw new GembridgeError("The baseUrl must be an absolute http(s) URL without query or fragment.", { code: "invalid_base_url", param: "baseUrl" });
  }
  const trimmed = baseUrl.replace(/\/+$/, "");
  if (checkedBases.size >= 64) checkedBases.clear();
  checkedBases.set(baseUrl, trimmed);
  return trimmed;
}

function checkOption(pattern: RegExp, value: string, param: "project" | "location"): void {
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new GembridgeError(`The ${param} '${printable(String(value))}' is not a valid Vertex AI ${param}.`, { code: `invalid_${param}`, param });
  }
}

function unknownVertexShape(model: string): string {
  return `The model '${printable(model)}' is not a model id or one of publishers/{p}/models/{m}, projects/{p}/locations/{l}/publishers/{p}/models/{m}, projects/{p}/locations/{l}/endpoints/{e}.`;
}

function badModel(message: string): GembridgeError {
  return new GembridgeError(message, { code: "invalid_model", param: "model" });
}

/** Echoed names are shortened and stripped of control characters so an error message cannot forge log lines. */
function printable(text: string): string {
  const short = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return short.replace(/[\u0000-\u001f\u007f]/gu, "?");
}
