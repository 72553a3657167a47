import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { GembridgeError } from "@gembridge/core";

/** True when the request carries one of the configured client keys. */
export type ClientKeyCheck = (request: IncomingMessage) => boolean;

/**
 * The gateway's own client authentication (`GEMBRIDGE_API_KEYS`): `Authorization: Bearer <key>` (what the openai
 * SDK sends) or `x-goog-api-key: <key>` (what @google/genai sends). Keys are compared as SHA-256 digests with
 * `timingSafeEqual`, every configured key each time, so neither a key's length nor which key matched shows in the
 * timing. `?key=` is not accepted: query strings end up in proxy and access logs (decision 0171).
 */
export function createClientKeyCheck(keys: readonly string[]): ClientKeyCheck {
  const digests = keys.map(digest);
  return (request) => {
    const presented = presentedKey(request);
    if (presented === undefined) return false;
    const candidate = digest(presented);
    let match = false;
    for (const known of digests) match = timingSafeEqual(known, candidate) || match;
    return match;
  };
}

/**
 * The signature-store namespace of the client that sent `request`: a short SHA-256 digest of its key, so a turn
 * can only be given back signatures its own key stored. One tenant presenting another's tool-call ids gets misses
 * (then the bypass value), never the other's signatures. Only meaningful once the key was checked.
 */
export function clientKeyNamespace(request: IncomingMessage): string {
  const presented = presentedKey(request);
  return presented === undefined ? "" : `${digest(presented).toString("hex").slice(0, 32)}:`;
}

function presentedKey(request: IncomingMessage): string | undefined {
  const authorization = request.headers.authorization;
  if (typeof authorization === "string" && /^bearer /i.test(authorization)) return authorization.slice("bearer ".length).trim();
  const googKey = request.headers["x-goog-api-key"];
  return typeof googKey === "string" ? googKey.trim() : undefined;
}

function digest(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

/** 401 in the caller's shape (OpenAI `authentication_error`, or google.rpc.Status `UNAUTHENTICATED`). */
export function unauthenticated(): GembridgeError {
  return new GembridgeError("Missing or invalid API key: send Authorization: Bearer <key> or x-goog-api-key: <key>.", {
    status: 401,
    code: "invalid_api_key",
    param: null,
  });
}
