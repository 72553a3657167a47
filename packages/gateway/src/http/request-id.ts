import { randomUUID } from "node:crypto";

/**
 * A client's own id is echoed only when it is a short token of letters, digits and `._:-` — safe in a header and
 * in a log line, never a way to inject text (CR/LF, quotes) or bloat logs. Anything else gets a fresh UUID.
 */
const SAFE_CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id of one request: the client's `x-request-id` if it is a safe token (decision 0178), else `req_<uuid>`. */
export function requestId(sent: string | string[] | undefined): string {
  if (typeof sent === "string" && SAFE_CLIENT_ID.test(sent)) return sent;
  return `req_${randomUUID().replaceAll("-", "")}`;
}
