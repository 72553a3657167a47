/** Where log lines go; `main.ts` writes to stdout, tests collect them. */
export type LogSink = (line: string) => void;

/**
 * Lines written in one event-loop turn go out in one `write` (stdout is synchronous on Linux, so a write per
 * request is a syscall per request). `flushStdout` runs before exit; at most one turn of lines is at risk.
 */
let pending = "";
export const stdoutSink: LogSink = (line) => {
  if (pending === "") setImmediate(flushStdout);
  pending += `${line}\n`;
};

export function flushStdout(): void {
  if (pending === "") return;
  process.stdout.write(pending);
  pending = "";
}

export interface TokenCounts {
  prompt: number | null;
  completion: number | null;
  total: number | null;
}

/** One line per request, written when the response has finished (or the client went away). */
export interface RequestLogEntry {
  /** Set when the line is written (first key, as `writeJsonLine` puts it). */
  time: string;
  /** Also sent as the `x-request-id` response header (decision 0178). */
  request_id: string;
  method: string;
  path: string;
  /** `gemini-api`, `vertex`, `replay`, `openai-compatible`, … or null when no upstream was called. */
  upstream: string | null;
  model: string | null;
  stream: boolean;
  status: number;
  latency_ms: number;
  tokens: TokenCounts | null;
  /** Translation warnings (dropped or approximated fields), by code. */
  warnings: string[];
  /** Set when the response ended abnormally: error code, or `client_closed`. */
  error: string | null;
}

export function writeJsonLine(sink: LogSink, entry: object): void {
  sink(JSON.stringify({ time: new Date().toISOString(), ...entry }));
}

/** The request log line: same text as `writeJsonLine`, without copying the entry (it runs once per request). */
export function writeRequestLine(sink: LogSink, entry: RequestLogEntry): void {
  entry.time = isoNow();
  sink(JSON.stringify(entry));
}

/**
 * `new Date().toISOString()`, formatted once per millisecond: under load many log lines share a millisecond, and a
 * Date plus its ISO text per line showed in the gateway profile (decision 0200). Same text, same resolution.
 */
let isoMillis = -1;
let isoText = "";
export function isoNow(): string {
  const now = Date.now();
  if (now !== isoMillis) {
    isoMillis = now;
    isoText = new Date(now).toISOString();
  }
  return isoText;
}

/**
 * Token counts from the last bytes of a stream, for the log: the final event of a Gemini stream carries the totals
 * in `usageMetadata`, an OpenAI stream in its `usage` chunk; `spelling` says which the upstream writes. A cheap scan
 * of one buffer, not a second parser; when the usage sits in an earlier chunk the counts are simply null.
 */
export function tokensFromStreamTail(tail: Buffer | undefined, spelling: UsageSpelling): TokenCounts | null {
  if (tail === undefined) return null;
  const keys = USAGE_KEYS[spelling];
  const prompt = lastCount(tail, keys.prompt);
  const completion = lastCount(tail, keys.completion);
  const total = lastCount(tail, keys.total);
  return prompt === null && completion === null && total === null ? null : { prompt, completion, total };
}

/** Whose names the usage counts have: Gemini's `usageMetadata` or OpenAI's `usage`. */
export type UsageSpelling = "gemini" | "openai";

/** `"key":` as bytes. Only the upstream's own spelling is searched: a name that is absent costs a scan of the whole tail. */
const keyBytes = (name: string): Buffer => Buffer.from(`"${name}":`, "latin1");
const USAGE_KEYS = {
  gemini: { prompt: keyBytes("promptTokenCount"), completion: keyBytes("candidatesTokenCount"), total: keyBytes("totalTokenCount") },
  openai: { prompt: keyBytes("prompt_tokens"), completion: keyBytes("completion_tokens"), total: keyBytes("total_tokens") },
} as const satisfies Record<UsageSpelling, Record<keyof TokenCounts, Buffer>>;

/**
 * The integer after the last `"key":` (JSON whitespace allowed between), searched backwards in the bytes: the usage
 * sits at the end of the tail. Decoding the tail and running a global regex over it for both spellings cost ~6 µs
 * per streamed request, a few percent of what the gateway spends on one.
 */
function lastCount(tail: Buffer, key: Buffer): number | null {
  for (let at = tail.lastIndexOf(key); at !== -1; at = at === 0 ? -1 : tail.lastIndexOf(key, at - 1)) {
    let start = at + key.length;
    while (start < tail.length && JSON_WHITESPACE.has(tail[start] as number)) start++;
    let end = start;
    while (end < tail.length && (tail[end] as number) >= 0x30 && (tail[end] as number) <= 0x39) end++;
    // `"key": null` or a string: an earlier occurrence may still hold a count.
    if (end > start) return Number(tail.toString("latin1", start, end));
  }
  return null;
}

const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Token counts from a unary answer's usage object, by the same names and rule as `tokensFromStreamTail` (OpenAI's
 * `usage` or Gemini's `usageMetadata`), so a request logs the same counts streamed or not.
 */
export function tokensFromUsage(usage: object | null | undefined): TokenCounts | null {
  if (usage === null || usage === undefined) return null;
  const counts = usage as Record<string, unknown>;
  const read = (openai: string, gemini: string): number | null => {
    const value = counts[openai] ?? counts[gemini];
    return typeof value === "number" ? value : null;
  };
  return {
    prompt: read("prompt_tokens", "promptTokenCount"),
    completion: read("completion_tokens", "candidatesTokenCount"),
    total: read("total_tokens", "totalTokenCount"),
  };
}
