import { parseArgs } from "node:util";
import type { SignatureMode } from "@gembridge/core";

/** Which Gemini upstream `/v1/chat/completions` talks to. */
export type GeminiUpstreamKind =
  /** Gemini API (generativelanguage.googleapis.com) with `GEMINI_API_KEY`. */
  | "gemini"
  /** Vertex AI: project + location with Application Default Credentials, or an express-mode API key. */
  | "vertex"
  /** The recorded-fixture replay upstream from @gembridge/conformance, started in-process on loopback. */
  | "replay";

export interface GatewayConfig {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  upstream: GeminiUpstreamKind;
  geminiApiKey?: string;
  /** Replaces the Gemini / Vertex host (a proxy, or a mock in tests). */
  geminiBaseUrl?: string;
  vertexProject?: string;
  /** `global` or a region such as `us-central1`. */
  vertexLocation: string;
  /** Vertex express mode: an API key instead of ADC. */
  vertexApiKey?: string;
  /** OpenAI-compatible backend for the Gemini-native endpoints; default: this gateway's own `/v1`. */
  openaiBaseUrl?: string;
  openaiApiKey?: string;
  /** Backend model for the Gemini-native endpoints; default: the model named in the URL. */
  openaiModel?: string;
  signatureMode: SignatureMode;
  /** `memory` (default) or `off`; with `signatureRedisUrl` set, Redis. */
  signatureStore: "memory" | "off";
  /** Entries the memory store keeps (LRU). */
  signatureMaxEntries: number;
  signatureRedisUrl?: string;
  /** Redis TTL of a stored signature. */
  signatureTtlSeconds: number;
  /** `off`: never send Google's bypass value for a missing signature (Gemini 3 then answers 400). */
  signatureBypass?: "off";
  /** Per-request upstream idle timeout: no headers or no bytes for this long → 504. */
  upstreamTimeoutMs: number;
  bodyLimitBytes: number;
  /** Largest upstream unary body, and largest single upstream SSE event, the gateway holds in memory → 502. */
  upstreamBodyLimitBytes: number;
  /** A client must finish sending its request headers within this time (slow-loris guard) → 408 and close. */
  headersTimeoutMs: number;
  /** When set, only these models are served (others → 404) and `/v1/models` lists them. */
  models?: string[];
  /** How long SIGTERM waits for in-flight requests before closing connections. */
  shutdownGraceMs: number;
  /** When set, every route but `/healthz` needs one of these keys (`Authorization: Bearer` or `x-goog-api-key`). */
  apiKeys?: string[];
}

/** One row per setting: the flag, its env var, the default — `--help` and docs/readme/gateway.md print this. */
export const SETTINGS = [
  ["--host", "HOST", "127.0.0.1", "address to listen on"],
  ["--port", "PORT", "8080", "port to listen on (0 = any free port)"],
  ["--upstream", "GEMBRIDGE_UPSTREAM", "auto", "gemini, vertex or replay; auto = gemini if GEMINI_API_KEY, vertex if GOOGLE_CLOUD_PROJECT or GOOGLE_GENAI_USE_VERTEXAI, else replay"],
  ["--gemini-api-key", "GEMINI_API_KEY", "", "Gemini API key (sent as x-goog-api-key)"],
  ["--gemini-base-url", "GEMINI_BASE_URL", "", "override the Gemini/Vertex host, e.g. a proxy or a mock"],
  ["--vertex-project", "GOOGLE_CLOUD_PROJECT", "", "Vertex AI project (auth: Application Default Credentials)"],
  ["--vertex-location", "GOOGLE_CLOUD_LOCATION", "global", "Vertex AI location: global or a region (us-central1, …)"],
  ["--vertex-api-key", "GOOGLE_API_KEY", "", "Vertex AI express-mode API key (used with --upstream vertex, no project needed)"],
  ["--openai-base-url", "OPENAI_BASE_URL", "(this gateway)/v1", "OpenAI-compatible backend for the Gemini-native endpoints"],
  ["--openai-api-key", "OPENAI_API_KEY", "", "key for that backend (sent as Authorization: Bearer)"],
  ["--openai-model", "OPENAI_MODEL", "(model in the URL)", "backend model for the Gemini-native endpoints"],
  ["--signature-mode", "GEMBRIDGE_SIGNATURE_MODE", "extra_content", "extra_content or tool_call_id (also carry thought signatures in tool-call ids)"],
  ["--signature-store", "GEMBRIDGE_SIGNATURE_STORE", "memory", "memory or off: keep emitted thought signatures to restore them when clients drop them"],
  ["--signature-max-entries", "GEMBRIDGE_SIGNATURE_MAX_ENTRIES", "100000", "memory signature store size (LRU)"],
  ["--signature-redis-url", "GEMBRIDGE_SIGNATURE_REDIS_URL", "", "keep thought signatures in Redis instead (shared by instances)"],
  ["--signature-bypass", "GEMBRIDGE_SIGNATURE_BYPASS", "on", "on or off: send skip_thought_signature_validator when no signature can be restored"],
  ["--signature-ttl-s", "GEMBRIDGE_SIGNATURE_TTL_S", "86400", "Redis TTL of a stored signature"],
  ["--upstream-timeout-ms", "GEMBRIDGE_UPSTREAM_TIMEOUT_MS", "300000", "upstream idle timeout → 504"],
  ["--body-limit-bytes", "GEMBRIDGE_BODY_LIMIT_BYTES", "20971520", "request body limit → 413"],
  ["--upstream-body-limit-bytes", "GEMBRIDGE_UPSTREAM_BODY_LIMIT_BYTES", "67108864", "upstream unary body / single SSE event limit → 502"],
  ["--headers-timeout-ms", "GEMBRIDGE_HEADERS_TIMEOUT_MS", "60000", "time a client has to send its request headers → 408"],
  ["--models", "GEMBRIDGE_MODELS", "", "comma-separated allow-list; others → 404"],
  ["--shutdown-grace-ms", "GEMBRIDGE_SHUTDOWN_GRACE_MS", "30000", "SIGTERM: time to finish in-flight requests"],
  ["--api-keys", "GEMBRIDGE_API_KEYS", "", "comma-separated client keys; when set, every route but /healthz needs one (else 401)"],
] as const satisfies ReadonlyArray<readonly [flag: string, env: string, fallback: string, help: string]>;

export function helpText(): string {
  const rows = SETTINGS.map(([flag, env, fallback, help]) => `  ${`${flag} <value>`.padEnd(37)}${env.padEnd(37)}${help}${fallback === "" ? "" : ` [${fallback}]`}`);
  return [
    "gembridge gateway — OpenAI Chat Completions in front of Gemini, and Gemini generateContent in front of OpenAI-compatible backends.",
    "",
    "usage: pnpm start [-- flags]      (flags win over environment variables)",
    "",
    `  ${"flag".padEnd(37)}${"env".padEnd(37)}meaning [default]`,
    ...rows,
    `  ${"--help".padEnd(74)}print this and exit`,
  ].join("\n");
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Reads the configuration from flags (first) and environment variables. Pure apart from its arguments, so tests
 * build configs without touching `process`. Returns `"help"` for `--help`.
 */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): GatewayConfig | "help" {
  const options = Object.fromEntries(SETTINGS.map(([flag]) => [flag.slice(2), { type: "string" as const }]));
  // `pnpm start -- --port 9000` forwards the `--` itself: skip it.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  const { values } = parseArgs({ args, options: { ...options, help: { type: "boolean" } }, strict: true });
  if (values.help === true) return "help";
  const read = (flag: (typeof SETTINGS)[number][0]): string | undefined => {
    const row = SETTINGS.find((setting) => setting[0] === flag) as (typeof SETTINGS)[number];
    const value = (values as Record<string, unknown>)[flag.slice(2)] ?? env[row[1]];
    return typeof value === "string" && value !== "" ? value : undefined;
  };

  const config: GatewayConfig = {
    host: read("--host") ?? "127.0.0.1",
    port: integer(read("--port") ?? "8080", "--port"),
    upstream: "replay",
    vertexLocation: read("--vertex-location") ?? "global",
    signatureMode: signatureMode(read("--signature-mode") ?? "extra_content"),
    signatureStore: signatureStore(read("--signature-store") ?? "memory"),
    signatureMaxEntries: integer(read("--signature-max-entries") ?? "100000", "--signature-max-entries"),
    signatureTtlSeconds: integer(read("--signature-ttl-s") ?? "86400", "--signature-ttl-s"),
    upstreamTimeoutMs: integer(read("--upstream-timeout-ms") ?? "300000", "--upstream-timeout-ms"),
    bodyLimitBytes: integer(read("--body-limit-bytes") ?? String(20 * 1024 * 1024), "--body-limit-bytes"),
    upstreamBodyLimitBytes: integer(read("--upstream-body-limit-bytes") ?? String(64 * 1024 * 1024), "--upstream-body-limit-bytes"),
    headersTimeoutMs: integer(read("--headers-timeout-ms") ?? "60000", "--headers-timeout-ms"),
    shutdownGraceMs: integer(read("--shutdown-grace-ms") ?? "30000", "--shutdown-grace-ms"),
  };
  const optional = {
    geminiApiKey: read("--gemini-api-key"),
    geminiBaseUrl: read("--gemini-base-url"),
    vertexProject: read("--vertex-project"),
    vertexApiKey: read("--vertex-api-key"),
    openaiBaseUrl: read("--openai-base-url"),
    openaiApiKey: read("--openai-api-key"),
    signatureRedisUrl: read("--signature-redis-url"),
    openaiModel: read("--openai-model"),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  const models = read("--models")?.split(",").map((model) => model.trim()).filter((model) => model !== "");
  if (models !== undefined && models.length > 0) config.models = models;
  const apiKeys = read("--api-keys")?.split(",").map((key) => key.trim()).filter((key) => key !== "");
  if (apiKeys !== undefined && apiKeys.length > 0) config.apiKeys = apiKeys;
  const bypass = read("--signature-bypass") ?? "on";
  if (bypass === "off") config.signatureBypass = "off";
  else if (bypass !== "on") throw new ConfigError(`--signature-bypass must be on or off, not '${bypass}'.`);
  config.upstream = upstreamKind(read("--upstream") ?? "auto", config, env);
  if (config.upstream === "gemini" && config.geminiApiKey === undefined && config.geminiBaseUrl === undefined) {
    throw new ConfigError("--upstream gemini needs GEMINI_API_KEY (or --gemini-api-key).");
  }
  if (config.upstream === "vertex" && config.vertexProject === undefined && config.vertexApiKey === undefined) {
    throw new ConfigError("--upstream vertex needs GOOGLE_CLOUD_PROJECT (with ADC) or GOOGLE_API_KEY (express mode).");
  }
  return config;
}

function upstreamKind(value: string, config: GatewayConfig, env: Readonly<Record<string, string | undefined>>): GeminiUpstreamKind {
  if (value === "gemini" || value === "vertex" || value === "replay") return value;
  if (value !== "auto") throw new ConfigError(`--upstream must be gemini, vertex, replay or auto, not '${value}'.`);
  if (config.geminiApiKey !== undefined) return "gemini";
  const vertexFlag = env.GOOGLE_GENAI_USE_VERTEXAI;
  if (config.vertexProject !== undefined || vertexFlag === "true" || vertexFlag === "1") return "vertex";
  return "replay";
}

function signatureStore(value: string): "memory" | "off" {
  if (value === "memory" || value === "off") return value;
  throw new ConfigError(`--signature-store must be memory or off, not '${value}'.`);
}

function signatureMode(value: string): SignatureMode {
  if (value === "extra_content" || value === "tool_call_id") return value;
  throw new ConfigError(`--signature-mode must be extra_content or tool_call_id, not '${value}'.`);
}

function integer(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new ConfigError(`${flag} must be a non-negative integer, not '${value}'.`);
  return number;
}
