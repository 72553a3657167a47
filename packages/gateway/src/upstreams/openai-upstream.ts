import type { GatewayConfig } from "../config";

/** Where the Gemini-native endpoints send their translated Chat Completions requests. */
export interface OpenAIUpstream {
  /** For logs: `openai-compatible`, or `self` when it loops back into this gateway. */
  readonly name: string;
  /** The backend model: configured, or the one the Gemini client named in its URL. */
  model(requested: string): string;
  endpoint(): { url: string; headers: Record<string, string> };
  readonly description: string;
}

/**
 * An OpenAI-compatible backend from `OPENAI_BASE_URL` + `OPENAI_API_KEY`. Without one, the gateway's own `/v1`:
 * a Gemini client's request is translated to Chat Completions and back to Gemini through the other route, so the
 * Gemini-native endpoints answer on a fresh clone too (and exercise both directions of core).
 */
export function createOpenAIUpstream(config: GatewayConfig, selfUrl: () => string): OpenAIUpstream {
  const configured = config.openaiBaseUrl;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (config.openaiApiKey !== undefined) headers.authorization = `Bearer ${config.openaiApiKey}`;
  // Looping back into a gateway that checks client keys: present one of its own.
  else if (configured === undefined && config.apiKeys?.[0] !== undefined) headers.authorization = `Bearer ${config.apiKeys[0]}`;
  const base = () => (configured ?? `${selfUrl()}/v1`).replace(/\/+$/, "");
  return {
    name: configured === undefined ? "self" : "openai-compatible",
    model: (requested) => config.openaiModel ?? requested,
    // Fixed path: the model a Gemini client names in its URL goes into the body, never into this URL.
    endpoint: () => ({ url: `${base()}/chat/completions`, headers }),
    description:
      configured === undefined
        ? "this gateway's own /v1/chat/completions (set OPENAI_BASE_URL and OPENAI_API_KEY for another backend)."
        : `${configured}${config.openaiApiKey === undefined ? " (no OPENAI_API_KEY)" : " with OPENAI_API_KEY"}.`,
  };
}
