import { type GeminiEndpoint, geminiEndpoint } from "@gembridge/core";
import { GoogleAuth } from "google-auth-library";
import type { GatewayConfig } from "../config";
import { startReplayUpstream } from "./replay-upstream";

/** Where `/v1/chat/completions` sends its translated requests. */
export interface GeminiUpstream {
  /** For logs: `gemini-api`, `vertex`, `vertex-express` or `replay`. */
  readonly name: string;
  readonly dialect: "gemini" | "vertex";
  /** URL and headers (with fresh credentials) for one call. */
  endpoint(model: string, stream: boolean): Promise<GeminiEndpoint>;
  /** One human sentence for the startup log: what is in use and how to switch. */
  readonly description: string;
  close(): Promise<void>;
}

const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

/** Builds the configured Gemini upstream; `replay` starts the recorded-fixture server on loopback first. */
export async function createGeminiUpstream(config: GatewayConfig): Promise<GeminiUpstream> {
  const base = config.geminiBaseUrl === undefined ? {} : { baseUrl: config.geminiBaseUrl };
  if (config.upstream === "gemini") {
    const apiKey = config.geminiApiKey === undefined ? {} : { apiKey: config.geminiApiKey };
    return {
      name: "gemini-api",
      dialect: "gemini",
      endpoint: async (model, stream) => geminiEndpoint({ dialect: "gemini", model, stream, ...apiKey, ...base }),
      description: `Gemini API${config.geminiBaseUrl === undefined ? "" : ` at ${config.geminiBaseUrl}`} with GEMINI_API_KEY.`,
      close: async () => {},
    };
  }
  if (config.upstream === "vertex") return vertexUpstream(config, base);

  const replay = await startReplayUpstream();
  return {
    name: "replay",
    dialect: "gemini",
    endpoint: async (model, stream) => geminiEndpoint({ dialect: "gemini", model, stream, apiKey: "replay", baseUrl: replay.url }),
    description:
      `recorded-fixture replay upstream at ${replay.url} (no credentials configured). ` +
      "For real answers set GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT (+ gcloud auth application-default login) for Vertex AI; see --help.",
    close: replay.close,
  };
}

function vertexUpstream(config: GatewayConfig, base: { baseUrl?: string }): GeminiUpstream {
  const location = config.vertexLocation;
  if (config.vertexProject === undefined) {
    // Express mode: the API key names the project.
    const apiKey = config.vertexApiKey as string;
    return {
      name: "vertex-express",
      dialect: "vertex",
      endpoint: async (model, stream) => geminiEndpoint({ dialect: "vertex", model, stream, apiKey, ...base }),
      description: "Vertex AI express mode with GOOGLE_API_KEY.",
      close: async () => {},
    };
  }
  const project = config.vertexProject;
  // The library finds Application Default Credentials and caches the access token until shortly before expiry.
  const auth = new GoogleAuth({ scopes: CLOUD_PLATFORM_SCOPE });
  return {
    name: "vertex",
    dialect: "vertex",
    endpoint: async (model, stream) => {
      const endpoint = geminiEndpoint({ dialect: "vertex", model, stream, project, location, ...base });
      const token = await auth.getAccessToken();
      // Copied, then the new key set: a spread literal with a key its source lacks is V8's slow path (see chat-completions.ts).
      const headers: Record<string, string> = Object.assign({}, endpoint.headers);
      headers.authorization = `Bearer ${token}`;
      return { url: endpoint.url, headers };
    },
    description: `Vertex AI project ${project} in ${location} with Application Default Credentials.`,
    close: async () => {},
  };
}
