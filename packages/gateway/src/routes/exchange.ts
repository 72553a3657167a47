import type { GatewayConfig } from "../config";
import type { ClientKeyCheck } from "../http/client-keys";
import type { SignatureBackend } from "../signatures/create-signature-backend";
import type { RequestLogEntry } from "../log";
import type { GeminiUpstream } from "../upstreams/gemini-upstream";
import type { OpenAIUpstream } from "../upstreams/openai-upstream";
import type { IdleSweep } from "../upstreams/idle-sweep";
import type { UpstreamAgents } from "../upstreams/send-upstream";
import type { Cancellation } from "./cancellation";

/** What every route shares for the gateway's lifetime. Read-only: nothing here changes per request. */
export interface GatewayServices {
  readonly config: GatewayConfig;
  readonly gemini: GeminiUpstream;
  readonly openai: OpenAIUpstream;
  readonly agents: UpstreamAgents;
  /** The upstream idle timeout (`--upstream-timeout-ms`) of every call in flight, on one interval. */
  readonly idle: IdleSweep;
  /** Set when `GEMBRIDGE_API_KEYS` is: the client key check every route but `/healthz` passes first. */
  readonly clientKeys?: ClientKeyCheck;
  /** Thought-signature store; undefined with `--signature-store off`. */
  readonly signatures: SignatureBackend | undefined;
}

/** One request's own state: its log entry (routes fill in what they learn) and its cancellation signal. */
export interface Exchange {
  readonly log: RequestLogEntry;
  /** Aborted when the client disconnects before the response has finished. */
  readonly signal: Cancellation;
}
