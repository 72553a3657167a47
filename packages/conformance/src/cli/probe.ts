/**
 * Black-box probe of a running gateway that is configured to use the mock upstream as its Gemini endpoint.
 * For every OpenAI request case: queue a Gemini answer, POST the request to `<gateway>/v1/chat/completions`,
 * then compare (1) the Gemini request the upstream received with the case's expected upstream body and
 * (2) the gateway's answer with the expected OpenAI output of the answering case. Error cases are probed the same
 * way with a recorded Google error as the answer, and so is every other recorded answer (response and stream cases). Scores are reported per feature row (and per `covers` row).
 */
import type { LoadedCase } from "../cases/load-cases";
import { parsePayload } from "../cases/parse-payload";
import { comparePayloads } from "../compare/compare-payloads";
import { createMockGeminiUpstream, type MockGeminiUpstream } from "../mock-upstream/create-mock-gemini-upstream";
import { formatProbeText, probeScores, rowScores } from "./probe-report";

export interface ProbeOptions {
  readonly gateway: string;
  readonly cases: readonly LoadedCase[];
  /** Port the gateway was told to use for the upstream (0 = pick one; then the gateway must be told the URL). */
  readonly upstreamPort?: number;
  /** A mock that is already running (the caller owns it and closes it); `upstreamPort` is then unused. */
  readonly upstream?: MockGeminiUpstream;
  /** Sent as `Authorization: Bearer …` unless `headers` has an authorization header. Default "probe". */
  readonly apiKey?: string;
  /** Extra request headers for every call (routing headers of a multi-provider gateway, e.g. `x-portkey-provider`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Which Google API the gateway's upstream speaks; request cases of the other dialect are skipped (their expected bodies differ by design). Default "gemini". */
  readonly dialect?: "gemini" | "vertex";
  /** Removed from the start of each request's `model` before sending (a gateway that does not accept Vertex's `google/` ids). Reported in the text. */
  readonly stripModelPrefix?: string;
  /** Probe the recorded answers (response, stream and error cases) behind a minimal request too (default true). */
  readonly errors?: boolean;
  /** Only cases whose expected output a person reviewed (`expectedReviewed: true`); default false. */
  readonly reviewedOnly?: boolean;
  /** Per-call time limit in ms (default 15000); a call that takes longer fails its check. */
  readonly timeoutMs?: number;
}

export interface ProbeResult {
  readonly check: string;
  /** `request` (upstream body), `response` (gateway answer) or `error`. */
  readonly kind: "request" | "response" | "error";
  /** The case the expectation comes from (`direction/name`). */
  readonly caseId: string;
  readonly features: readonly string[];
  /** README mapping-table row ids of that case (`covers`), when it has them. */
  readonly covers: readonly string[];
  readonly pass: boolean;
  readonly diffs: string[];
  /** What was compared: the Gemini request body the mock received (request) or the gateway's answer (response, error). */
  readonly actual?: unknown;
}

export interface ProbeReport {
  readonly results: ProbeResult[];
  readonly features: ReturnType<typeof probeScores>;
  readonly rows: ReturnType<typeof rowScores>;
  readonly text: string;
  readonly upstream: string;
}

// Fields the gateway chooses itself (ids, clock, the echo of the client's model name).
const RESPONSE_RULES = { volatile: ["$.id", "$.created", "$.choices[*].message.tool_calls[*].id", "$.choices[*].message.audio.id", "$.choices[*].message.audio.expires_at"], ignore: ["$.model", "$.system_fingerprint"], jsonStrings: ["$.choices[*].message.tool_calls[*].function.arguments"] };
const STREAM_RULES = { volatile: ["$[*].id", "$[*].created", "$[*].choices[*].delta.tool_calls[*].id", "$[*].choices[*].delta.audio.id", "$[*].choices[*].delta.audio.expires_at"], ignore: ["$[*].model", "$[*].system_fingerprint"] };
const PROBE_REQUEST = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hello" }] };
const DEFAULT_TEXT = "gemini-to-openai-response/vercel-gemini3-pro-text-thoughtsig";
const DEFAULT_STREAM = "gemini-to-openai-stream/vercel-gemini3-pro-text-stream";

// Context fields a black-box probe reproduces (the clock and ids are volatile, the model is sent); a case whose
// context sets anything else (an output profile, a signature mode) expects a translator setting the gateway may
// not expose, so its answer is not probed.
const PROBED_CONTEXT = new Set(["model", "now", "ids"]);
const probeable = (c: LoadedCase) => Object.keys(c.case.context ?? {}).every((k) => PROBED_CONTEXT.has(k));
const idOf = (c: LoadedCase) => `${c.case.direction}/${c.case.name}`;
const coversOf = (c: LoadedCase): readonly string[] => (c.case as { covers?: readonly string[] }).covers ?? [];

export async function probeGateway(options: ProbeOptions): Promise<ProbeReport> {
  const upstream = options.upstream ?? (await createMockGeminiUpstream({ cases: options.cases, port: options.upstreamPort ?? 0 }));
  const results: ProbeResult[] = [];
  const byId = new Map(options.cases.map((c) => [idOf(c), c]));
  const call = caller(options, upstream);
  const push = (kind: ProbeResult["kind"], check: string, c: LoadedCase, diffs: string[], actual: unknown) =>
    results.push({ check, kind, caseId: idOf(c), features: c.case.features, covers: coversOf(c), pass: diffs.length === 0, diffs, actual });
  const notes: string[] = [];
  const answered = new Set<string>();
  const cases = options.reviewedOnly ? options.cases.filter((c) => c.case.expectedReviewed) : options.cases;
  if (cases.length < options.cases.length) notes.push(`${options.cases.length - cases.length} cases with unreviewed expectations left out`);
  try {
    for (const c of cases) {
      if (c.case.direction === "openai-to-gemini-request" && c.expected !== undefined && c.case.dialect === (options.dialect ?? "gemini")) {
        const input = c.input as { stream?: boolean; stream_options?: { include_usage?: boolean } };
        const stream = input.stream === true;
        const named = byId.get(`gemini-to-openai-${stream ? "stream" : "response"}/${c.case.name}`);
        const answer = named ?? byId.get(stream ? DEFAULT_STREAM : DEFAULT_TEXT);
        const got = await call(withModel(c.input, options.stripModelPrefix), answer);
        const want = c.expected as { model: string; body: unknown };
        const diffs = got.seen ? comparePayloads(want.body, got.seen.body) : [`upstream received nothing (gateway answered ${got.status}: ${got.text.slice(0, 300)})`];
        if (got.seen && got.seen.route?.model !== want.model) diffs.unshift(`upstream model: expected ${want.model}, got ${got.seen.route?.model ?? `no Gemini route (${got.seen.url})`}`);
        push("request", `request ${c.case.name}`, c, diffs, got.seen?.body);
        // A fallback answer is checked once (repeats add no information); its expectation was made for a request
        // without `stream_options.include_usage`, so such requests cannot check it (decision 0032).
        const usageStream = stream && input.stream_options?.include_usage === true;
        if (!answer || answer.expected === undefined || !got.seen || (!named && (usageStream || answered.has(idOf(answer))))) continue;
        answered.add(idOf(answer));
        const actual = stream ? parsePayload(got.text, "sse") : safeJson(got.text);
        const rdiffs = comparePayloads(answer.expected, actual, stream ? STREAM_RULES : RESPONSE_RULES);
        if (got.status !== 200) rdiffs.unshift(`status: expected 200, got ${got.status}`);
        push("response", `response ${answer.case.name}${named ? "" : ` (after ${c.case.name})`}`, answer, rdiffs, actual);
      } else if ((c.case.direction === "gemini-to-openai-response" || c.case.direction === "gemini-to-openai-stream") && c.expected !== undefined && options.errors !== false && !answered.has(idOf(c)) && probeable(c)) {
        // Every recorded Gemini answer, behind a minimal request (the case's context model when it names one).
        const stream = c.case.direction === "gemini-to-openai-stream";
        answered.add(idOf(c));
        const got = await call({ ...PROBE_REQUEST, model: c.case.context?.model ?? PROBE_REQUEST.model, ...(stream ? { stream: true } : {}) }, c);
        const actual = stream ? parsePayload(got.text, "sse") : safeJson(got.text);
        const rdiffs = comparePayloads(c.expected, actual, mergeRules(stream ? STREAM_RULES : RESPONSE_RULES, c.case.compare));
        if (got.status !== 200) rdiffs.unshift(`status: expected 200, got ${got.status}`);
        push("response", `response ${c.case.name}`, c, rdiffs, actual);
      } else if (c.case.direction === "gemini-to-openai-error" && c.expected !== undefined && options.errors !== false) {
        const got = await call(PROBE_REQUEST, c);
        const actual = safeJson(got.text);
        const diffs = comparePayloads(c.expected, actual, { ignore: ["$.error.extra_content"] });
        if ("status" in c.case.expected && got.status !== c.case.expected.status) diffs.unshift(`status: expected ${c.case.expected.status}, got ${got.status}`);
        if (!got.seen) diffs.unshift("upstream received nothing");
        push("error", `error ${c.case.name}`, c, diffs, actual);
      }
    }
  } finally {
    if (!options.upstream) await upstream.close();
  }
  if (options.stripModelPrefix) notes.push(`model prefix "${options.stripModelPrefix}" stripped from requests before sending`);
  return { results, features: probeScores(results), rows: rowScores(results), text: formatProbeText(results, upstream.url, notes), upstream: upstream.url };
}

/**
 * One exchange: queue `answer` on the mock, POST `body` to the gateway, and return what the mock received for it.
 * When the gateway never called the mock, the queued answer is consumed with a direct call so it cannot answer the
 * next case's request.
 */
function caller(options: ProbeOptions, upstream: MockGeminiUpstream) {
  const endpoint = `${options.gateway.replace(/\/$/, "")}/v1/chat/completions`;
  const extra = options.headers ?? {};
  const hasAuth = Object.keys(extra).some((k) => k.toLowerCase() === "authorization");
  const headers = { "content-type": "application/json", ...(hasAuth ? {} : { authorization: `Bearer ${options.apiKey ?? "probe"}` }), ...extra };
  const timeoutMs = options.timeoutMs ?? 15_000;
  return async (body: unknown, answer: LoadedCase | undefined) => {
    if (answer) upstream.respondWith(answer);
    const before = upstream.received.length;
    let status = 0;
    let text: string;
    try {
      const res = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (error) {
      text = `request failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const seen = upstream.received[before];
    if (answer && !seen) await fetch(`${upstream.url}/v1beta/models/probe-drain:generateContent`, { method: "POST", body: "{}" }).then((r) => r.text());
    return { status, text, seen };
  };
}

function mergeRules(base: { volatile: string[]; ignore: string[]; jsonStrings?: string[] }, extra: LoadedCase["case"]["compare"]) {
  return {
    volatile: [...base.volatile, ...(extra?.volatile ?? [])],
    ignore: [...base.ignore, ...(extra?.ignore ?? [])],
    jsonStrings: [...(base.jsonStrings ?? []), ...(extra?.jsonStrings ?? [])],
  };
}

function withModel(input: unknown, prefix: string | undefined): unknown {
  const model = (input as { model?: unknown }).model;
  if (!prefix || typeof model !== "string" || !model.startsWith(prefix)) return input;
  return { ...(input as object), model: model.slice(prefix.length) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
