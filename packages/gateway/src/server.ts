import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GatewayConfig } from "./config";
import { createClientKeyCheck } from "./http/client-keys";
import { type LogSink, type RequestLogEntry, stdoutSink, writeRequestLine } from "./log";
import type { GatewayServices } from "./routes/exchange";
import { createSignatureBackend } from "./signatures/create-signature-backend";
import { Cancellation } from "./routes/cancellation";
import { requestId } from "./http/request-id";
import { routeRequest } from "./routes/route-request";
import { createGeminiUpstream } from "./upstreams/gemini-upstream";
import { createOpenAIUpstream } from "./upstreams/openai-upstream";
import { IdleSweep } from "./upstreams/idle-sweep";
import { createUpstreamAgents } from "./upstreams/send-upstream";

export interface Gateway {
  /** Starts listening; resolves with the base URL (`http://127.0.0.1:8080`). */
  listen(): Promise<string>;
  /**
   * Graceful stop: refuse new connections, let in-flight requests (streams included) finish, then close the
   * upstream pools. After `shutdownGraceMs` the remaining connections are cut.
   */
  close(): Promise<void>;
  /** The base URL once listening (throws before). */
  readonly url: string;
  /** What the gateway talks to, for the startup log. */
  readonly upstreams: { gemini: string; openai: string };
}

export interface GatewayOptions {
  /** Where the request log and startup lines go. Default: stdout, one JSON object per line. */
  log?: LogSink;
}

/**
 * Builds the gateway: upstreams from the config, a keep-alive pool for upstream calls, and a plain `node:http`
 * server. Every request gets its own log entry and abort signal; nothing else is shared between requests.
 *
 * @example
 * const gateway = await createGateway(loadConfig([], process.env) as GatewayConfig);
 * console.log(await gateway.listen()); // http://127.0.0.1:8080
 */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? stdoutSink;
  let url: string | undefined;
  const selfUrl = () => {
    if (url === undefined) throw new Error("The gateway is not listening yet.");
    return url;
  };
  const services: GatewayServices = {
    config,
    gemini: await createGeminiUpstream(config),
    openai: createOpenAIUpstream(config, selfUrl),
    agents: createUpstreamAgents(),
    idle: new IdleSweep(config.upstreamTimeoutMs),
    ...(config.apiKeys === undefined ? {} : { clientKeys: createClientKeyCheck(config.apiKeys) }),
    signatures: await createSignatureBackend(config),
  };
  let closing = false;
  const server = createServer(slowLorisGuard(config.headersTimeoutMs), (request, response) => {
    // While draining, each finished response also closes its connection.
    if (closing) response.setHeader("connection", "close");
    handle(request, response, services, log);
  });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          const address = server.address() as AddressInfo;
          const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
          url = `http://${host}:${address.port}`;
          resolve(url);
        });
      }),
    close: async () => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      await closed;
      clearInterval(idleSweep);
      clearTimeout(deadline);
      services.idle.close();
      services.agents.http.destroy();
      services.agents.https.destroy();
      await services.gemini.close();
      await services.signatures?.close();
    },
    get url() {
      return selfUrl();
    },
    upstreams: { gemini: services.gemini.description, openai: services.openai.description },
  };
}

/**
 * A client trickling header bytes gets a 408 and a closed socket after `headersTimeoutMs`. Node checks that timeout
 * only every `connectionsCheckingInterval` (30 s by default), so a short timeout also needs a shorter interval.
 * `requestTimeout` (whole request, 300 s by default) must not be below it.
 */
function slowLorisGuard(headersTimeoutMs: number) {
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(300_000, headersTimeoutMs),
    connectionsCheckingInterval: headersTimeoutMs === 0 ? 30_000 : Math.min(30_000, Math.max(50, Math.floor(headersTimeoutMs / 4))),
  };
}

function handle(request: IncomingMessage, response: ServerResponse, services: GatewayServices, log: LogSink): void {
  const started = performance.now();
  const rawUrl = request.url ?? "/";
  const query = rawUrl.indexOf("?");
  const id = requestId(request.headers["x-request-id"]);
  // Set before any route writes, so errors, streams and 404s all carry it.
  response.setHeader("x-request-id", id);
  const entry: RequestLogEntry = {
    time: "",
    request_id: id,
    method: request.method ?? "GET",
    path: query === -1 ? rawUrl : rawUrl.slice(0, query),
    upstream: null,
    model: null,
    stream: false,
    status: 0,
    latency_ms: 0,
    tokens: null,
    warnings: [],
    error: null,
  };
  const abort = new Cancellation();
  response.once("close", () => {
    if (!response.writableFinished) {
      abort.abort();
      entry.error ??= "client_closed";
    }
    entry.status = response.statusCode;
    entry.latency_ms = Math.round((performance.now() - started) * 10) / 10;
    writeRequestLine(log, entry);
  });
  void routeRequest(request, response, { log: entry, signal: abort }, services);
}
