#!/usr/bin/env node
// Records a real Google answer as a new fixture case (issue 8).
//   GEMINI_API_KEY=… node scripts/record.mjs openai-to-gemini-request/seed-basic
//   GOOGLE_CLOUD_PROJECT=… [GOOGLE_CLOUD_LOCATION=global] node scripts/record.mjs … --dialect vertex   (ADC, or GOOGLE_ACCESS_TOKEN)
// Options: --base-url URL (e.g. the mock upstream, for tests), --name NAME, --cases DIR.
// Sends the case's expected upstream request (model + body; stream → :streamGenerateContent?alt=sse), writes the raw
// body (SSE text as received, or JSON) as the input of fixtures/cases/gemini-to-openai-{response|stream|error}/NAME,
// with provenance; API keys are redacted and base64 blobs over 4 KiB trimmed. Then run
// `gembridge-conformance generate` and review the expected output.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(fileURLToPath(import.meta.url), "../..");

/** Replaces secrets and long base64 payloads (inlineData.data) in a JSON-ish text body. */
export function redact(text, secrets) {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("REDACTED");
  return out.replace(/"data"\s*:\s*"([A-Za-z0-9+/=_-]{4097,})"/g, (_m, b64) => {
    const note = Buffer.from(`base64 trimmed by scripts/record.mjs; original length=${b64.length}`).toString("base64");
    return `"data":"${note}"`;
  });
}

async function accessToken() {
  if (process.env.GOOGLE_ACCESS_TOKEN) return process.env.GOOGLE_ACCESS_TOKEN;
  try {
    const require = createRequire(join(repo, "packages/gateway/package.json"));
    const { GoogleAuth } = require("google-auth-library");
    const client = await new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] }).getClient();
    return (await client.getAccessToken()).token;
  } catch {
    return execFileSync("gcloud", ["auth", "print-access-token"], { encoding: "utf8" }).trim();
  }
}

/** Sends one request case to Google (or `baseUrl`) and writes the answer as a new case; returns its folder. */
export async function recordCase({ casesDir = join(repo, "fixtures/cases"), caseRef, dialect = "gemini", baseUrl, name, apiKey, project, location = "global", now = new Date() }) {
  const dir = join(casesDir, caseRef);
  const source = JSON.parse(readFileSync(join(dir, "case.json"), "utf8"));
  if (source.direction !== "openai-to-gemini-request") throw new Error(`${caseRef} is not an openai-to-gemini-request case`);
  const { model, stream, body } = JSON.parse(readFileSync(join(dir, source.expected.file), "utf8"));
  const method = stream ? "streamGenerateContent?alt=sse" : "generateContent";
  const headers = { "content-type": "application/json" };
  const secrets = [];
  let url;
  if (dialect === "vertex") {
    if (!project) throw new Error("GOOGLE_CLOUD_PROJECT is required for --dialect vertex");
    const host = baseUrl ?? (location === "global" ? "https://aiplatform.googleapis.com" : `https://${location}-aiplatform.googleapis.com`);
    url = `${host}/v1/projects/${project}/locations/${location}/publishers/google/models/${model}:${method}`;
    const token = baseUrl ? "mock-token" : await accessToken();
    headers.authorization = `Bearer ${token}`;
    secrets.push(token, project);
  } else {
    if (!apiKey) throw new Error("GEMINI_API_KEY is required");
    url = `${baseUrl ?? "https://generativelanguage.googleapis.com"}/v1beta/models/${model}:${method}`;
    headers["x-goog-api-key"] = apiKey;
    secrets.push(apiKey);
  }
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const text = redact(await res.text(), secrets);
  const isError = !res.ok;
  const direction = isError ? "gemini-to-openai-error" : stream ? "gemini-to-openai-stream" : "gemini-to-openai-response";
  const date = now.toISOString().slice(0, 10);
  const caseName = name ?? `recorded-${source.name}-${date}`;
  const outDir = join(casesDir, direction, caseName);
  if (existsSync(join(outDir, "case.json"))) throw new Error(`${outDir} exists`);
  mkdirSync(outDir, { recursive: true });
  const format = !isError && stream ? "sse" : "json";
  writeFileSync(join(outDir, `input.${format}`), text);
  const c = {
    $schema: "../../../case.schema.json",
    name: caseName,
    direction,
    description: `Google's answer to the upstream request of ${caseRef}, recorded by scripts/record.mjs`,
    dialect,
    provenance: {
      kind: "recorded",
      source: `${new URL(url).host} via scripts/record.mjs (request: ${caseRef})`,
      model,
      date,
      license: "recorded by the gembridge project (Apache-2.0)",
      note: "API key / project redacted; base64 over 4 KiB trimmed",
    },
    features: source.features,
    input: { file: `input.${format}`, format, ...(isError ? { status: res.status } : {}) },
    expected: { file: format === "sse" ? "expected.sse" : "expected.json", format, ...(isError ? { status: res.status } : {}) },
    expectedReviewed: false,
    ...(isError ? {} : { context: { model, now: 1750000000, ids: "sequential" } }),
  };
  writeFileSync(join(outDir, "case.json"), `${JSON.stringify(c, null, 2)}\n`);
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (n) => {
    const i = args.indexOf(`--${n}`);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const dialect = flag("dialect") ?? (process.env.GEMINI_API_KEY ? "gemini" : "vertex");
  const baseUrl = flag("base-url");
  const name = flag("name");
  const casesDir = flag("cases");
  const [caseRef] = args;
  if (!caseRef) {
    console.error("usage: node scripts/record.mjs <openai-to-gemini-request/NAME> [--dialect gemini|vertex] [--base-url URL] [--name NAME]");
    process.exit(2);
  }
  recordCase({ caseRef, dialect, baseUrl, name, casesDir, apiKey: process.env.GEMINI_API_KEY, project: process.env.GOOGLE_CLOUD_PROJECT, location: process.env.GOOGLE_CLOUD_LOCATION ?? "global" }).then(
    (dir) => console.log(`recorded ${dir}\nnext: pnpm --filter @gembridge/conformance exec tsx src/cli.ts generate --filter ${dir.split("/").pop()} and review it`),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
