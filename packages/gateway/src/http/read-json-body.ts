import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { GembridgeError } from "@gembridge/core";
import { jsonErrorPosition } from "./json-error-position";

/**
 * Reads a request body of at most `limitBytes` and parses it as JSON. Too large → 413 (checked against
 * `content-length` first, so an honest client is refused before it uploads); not JSON → 400 naming the position,
 * line and column (V8's own message is kept; it often quotes the offending text).
 */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers["content-length"]);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const text = await readText(request, limitBytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidJson(text, error instanceof Error ? error.message : String(error));
  }
}

/**
 * The body as UTF-8 text, refused with 413 once it passes `limitBytes`. Listeners rather than `for await`: leaving
 * a `for await` destroys the socket, and the client would see a reset instead of our 413. Past the limit the rest
 * is discarded, and the 413 goes out with `connection: close`.
 */
export function readText(
  stream: Readable,
  limitBytes: number,
  tooLargeError = () => tooLarge(limitBytes),
  /** Told of every chunk (an upstream body keeps its idle clock running this way). */
  progress?: { touch(): void },
): Promise<string> {
  return new Promise((resolve, reject) => {
    let first: Buffer | undefined; // one chunk is the common case for small bodies: no array, no copy
    let chunks: Buffer[] | undefined;
    let size = 0;
    let settled = false;
    const onData = (chunk: Buffer) => {
      progress?.touch();
      size += chunk.length;
      if (size <= limitBytes) {
        if (first === undefined) first = chunk;
        else if (chunks === undefined) chunks = [first, chunk];
        else chunks.push(chunk);
      } else {
        stream.off("data", onData);
        stream.resume();
        settled = true;
        reject(tooLargeError());
      }
    };
    stream.on("data", onData);
    stream.once("error", (error) => {
      settled = true;
      reject(error);
    });
    // A client that disconnects mid-upload: no `end` will come. `close` also follows every normal `end`, so the
    // error (and its stack trace) is only built when the body really was cut short.
    stream.once("close", () => {
      if (!settled) reject(new Error("The body stream closed before it ended."));
    });
    stream.once("end", () => {
      settled = true;
      resolve((chunks === undefined ? (first ?? EMPTY) : Buffer.concat(chunks, size)).toString("utf8"));
    });
  });
}

const EMPTY = Buffer.alloc(0);

function tooLarge(limitBytes: number): GembridgeError {
  return new GembridgeError(`Request body is larger than the gateway's limit of ${limitBytes} bytes.`, {
    status: 413,
    code: "request_too_large",
  });
}

function invalidJson(text: string, detail: string): GembridgeError {
  const found = jsonErrorPosition(text);
  const position = found === -1 ? text.length : found;
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return new GembridgeError(`Request body is not valid JSON at position ${position} (line ${line}, column ${column}): ${detail}`, {
    status: 400,
    code: "invalid_json",
  });
}
