// The gateway as a library: build one in-process (tests, embedding), or run `src/main.ts` (`pnpm start`).
export { ConfigError, helpText, loadConfig, SETTINGS } from "./config";
export type { GatewayConfig, GeminiUpstreamKind } from "./config";
export { createGateway } from "./server";
export type { Gateway, GatewayOptions } from "./server";
export type { LogSink, RequestLogEntry, TokenCounts } from "./log";
