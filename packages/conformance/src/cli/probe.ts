/**
 * Black-box probe of a running gateway that is configured to use the mock upstream as its Gemini endpoint.
 * For every OpenAI request case: queue a Gemini answer, POST the request to `<gateway>/v1/chat/completions`,
 * then compare (1) the Gemini request the upstream received with the case's expected upstream body and
 * (2) the gateway's answer with the expected OpenAI output of the answering case. Error cases are probed the same
 * way with a recorded Google error as the answer. Scores are reported per feature row.
 */
import type { LoadedCase } from "../cases/load-cases";
import { parsePayload } from "../cases/parse-payload";
import { comparePayloads } from "../compare/compare-payloads";
import { createMockGeminiUpstream } from "../mock-upstream/create-mock-gemini-upstream";
import { featureScores } from "./report";

export interface ProbeOptions {
  readonly gateway: string;
  readonly cases: readonly LoadedCase[];
  /** Port the gateway was told to use for the upstream (0 = pick one; then the gateway must be told the URL). */
  readonly upstreamPort: number;
  readonly apiKey?: string;
  /** Which Google API the gateway's upstream speaks; request cases of the other dialect are skipped (their expected bodies differ by design). Default "gemini". */
  readonly dialect?: "gemini" | "vertex";
}

export interface ProbeResult {
  readonly check: string;
  readonly features: readonly string[];
  readonly pass: boolean;
  readonly diffs: string[];
}

// Fields the gateway chooses itself (ids, clock, the echo of the client's model name).
const RESPONSE_RULES = { volatile: ["$.id", "$.created", "$.choices[*].message.tool_calls[*].id"], ignore: ["$.model", "$.system_fingerprint"], jsonStrings: ["$.choices[*].message.tool_calls[*].function.arguments"] };
const STREAM_RULES = { volatile: ["$[*].id", "$[*].created", "$[*].choices[*].delta.tool_calls[*].id"], ignore: ["$[*].model", "$[*].system_fingerprint"] };
const PROBE_REQUEST = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hello" }] };

export async function probeGateway(options: ProbeOptions): Promise<{ results: ProbeResult[]; features: ReturnType<typeof featureScores>; text: string; upstream: string }> {
  const upstream = await createMockGeminiUpstream({ cases: options.cases, port: options.upstreamPort });
  const results: ProbeResult[] = [];
  const byId = new Map(options.cases.map((c) => [`${c.case.direction}/${c.case.name}`, c]));
  const endpoint = `${options.gateway.replace(/\/$/, "")}/v1/chat/completions`;
  const post = async (body: unknown) => {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey ?? "probe"}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };
  try {
    for (const c of options.cases) {
      if (c.case.direction === "openai-to-gemini-request" && c.expected !== undefined && c.case.dialect === (options.dialect ?? "gemini")) {
        const stream = (c.input as { stream?: boolean }).stream === true;
        const answer = byId.get(`gemini-to-openai-${stream ? "stream" : "response"}/${c.case.name}`) ?? byId.get(stream ? "gemini-to-openai-stream/vercel-gemini3-pro-text-stream" : "gemini-to-openai-response/vercel-gemini3-pro-text-thoughtsig");
        if (answer) upstream.respondWith(answer);
        const before = upstream.received.length;
        const got = await post(c.input);
        const seen = upstream.received[before];
        const want = c.expected as { model: string; body: unknown };
        const diffs = seen ? comparePayloads(want.body, seen.body) : [`upstream received nothing (gateway answered ${got.status}: ${got.text.slice(0, 200)})`];
        if (seen && seen.route?.model !== want.model) diffs.unshift(`upstream model: expected ${want.model}, got ${seen.route?.model}`);
        results.push({ check: `request ${c.case.name}`, features: c.case.features, pass: diffs.length === 0, diffs });
        if (answer?.expected !== undefined && seen) {
          const actual = stream ? parsePayload(got.text, "sse") : safeJson(got.text);
          const rdiffs = comparePayloads(answer.expected, actual, stream ? STREAM_RULES : RESPONSE_RULES);
          results.push({ check: `response ${answer.case.name} (after ${c.case.name})`, features: answer.case.features, pass: rdiffs.length === 0, diffs: rdiffs });
        }
      } else if (c.case.direction === "gemini-to-openai-error" && c.expected !== undefined) {
        upstream.respondWith(c);
        const got = await post(PROBE_REQUEST);
        const diffs = comparePayloads(c.expected, safeJson(got.text), { ignore: ["$.error.extra_content"] });
        if ("status" in c.case.expected && got.status !== c.case.expected.status) diffs.unshift(`status: expected ${c.case.expected.status}, got ${got.status}`);
        results.push({ check: `error ${c.case.name}`, features: c.case.features, pass: diffs.length === 0, diffs });
      }
    }
  } finally {
    await upstream.close();
  }
  const features = featureScores(results);
  const lines = results.map((r) => `${r.pass ? "PASS" : "FAIL"}  ${r.check}${r.pass ? "" : `\n        ${r.diffs.slice(0, 5).join("\n        ")}`}`);
  lines.push("", "feature                 score", ...features.map((f) => `${f.feature.padEnd(22)}  ${f.passed}/${f.total}`));
  lines.push("", `${results.filter((r) => r.pass).length}/${results.length} checks pass (mock upstream was ${upstream.url})`);
  return { results, features, text: lines.join("\n"), upstream: upstream.url };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
