import { GembridgeError } from "../errors/gembridge-error";

export interface GeminiEndpointOptions {
  /** `"gemini"`: Gemini API v1beta. `"vertex"`: Vertex AI v1 (regional, global or express mode). */
  dialect: "gemini" | "vertex";
  /** Model id (`gemini-2.5-flash`) or resource path (`tunedModels/x`, `publishers/google/models/x`, `projects/…`). */
  model: string;
  stream: boolean;
  /** Vertex project; without it (and with `apiKey`) Vertex is called in express mode. */
  project?: string;
  /** Vertex location; `"global"` uses the host without a region prefix. Default `us-central1`. */
  location?: string;
  /** Sent as `x-goog-api-key` (Gemini API; Vertex express mode). */
  apiKey?: string;
  /** Replaces the scheme and host (and any path prefix), e.g. a proxy: `https://proxy.example/google`. */
  baseUrl?: string;
}

export interface GeminiEndpoint {
  url: string;
  /** `content-type`, plus `x-goog-api-key` when an API key was given. Vertex OAuth tokens are the caller's job. */
  headers: Record<string, string>;
}

const GEMINI_API_HOST = "https://generativelanguage.googleapis.com";

/**
 * URL and headers for one generateContent call (SPEC-DIGEST §1). Pure: no env, no I/O; credentials are passed in.
 * Streams use `:streamGenerateContent?alt=sse` (one JSON response per SSE event; never the JSON-array form).
 *
 * @example geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-pro", stream: true, project: "p", location: "global" })
 * // { url: "https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse", … }
 */
export function geminiEndpoint(options: GeminiEndpointOptions): GeminiEndpoint {
  const model = options.model.startsWith("google/") ? options.model.slice("google/".length) : options.model;
  if (model === "") throw new GembridgeError("A model name is required.", { code: "missing_model", param: "model" });
  const method = options.stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.apiKey !== undefined) headers["x-goog-api-key"] = options.apiKey;
  const path = options.dialect === "gemini" ? geminiApiPath(model) : vertexPath(model, options);
  const base = options.baseUrl === undefined ? defaultHost(options, path) : options.baseUrl.replace(/\/+$/, "");
  return { url: `${base}/${path}${method}`, headers };
}

function geminiApiPath(model: string): string {
  // `models/x`, `tunedModels/x` and `dynamic/x` are already resource names; a bare id lives under `models/`.
  return model.includes("/") ? `v1beta/${model}` : `v1beta/models/${model}`;
}

function vertexPath(model: string, options: GeminiEndpointOptions): string {
  if (model.startsWith("projects/")) return `v1/${model}`;
  const resource = model.includes("/") ? model : `publishers/google/models/${model}`;
  if (options.project === undefined) {
    // Express mode: the API key names the project; the proto binding is /v1/{model=publishers/*/models/*}.
    if (options.apiKey === undefined) {
      throw new GembridgeError("Vertex AI needs a project (OAuth) or an API key (express mode).", {
        code: "missing_project",
        param: "project",
      });
    }
    return `v1/${resource}`;
  }
  const location = options.location ?? "us-central1";
  return `v1/projects/${options.project}/locations/${location}/${resource}`;
}

function defaultHost(options: GeminiEndpointOptions, path: string): string {
  if (options.dialect === "gemini") return GEMINI_API_HOST;
  // The location decides the host; a full `projects/…/locations/L/…` model path carries its own.
  const fromPath = /\/locations\/([^/]+)\//.exec(`/${path}`)?.[1];
  const location = fromPath ?? (options.project === undefined ? "global" : (options.location ?? "us-central1"));
  return location === "global" ? "https://aiplatform.googleapis.com" : `https://${location}-aiplatform.googleapis.com`;
}
