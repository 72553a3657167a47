// Score tables and the generated docs/readme/peer-comparison.md of `pnpm probe:peers`.
import { comparePayloads } from "../../packages/conformance/src/index.ts";
import { explain, MOCK_LIMITED } from "./portkey-notes.mjs";

/**
 * Lenient reading (decision 0126). Gateway ANSWERS (response, error): a field `null` on one side and absent on the
 * other, and fields the expectation does not have (vendor extensions), are not counted. Upstream REQUESTS: a
 * top-level `model` in the body is not counted (GenerateContentRequest has that field; Google takes the URL's), and
 * snake_case field names count as their lowerCamelCase form (proto JSON parsers accept both) — except inside user
 * data (schemas, function args and responses). Everything else stays strict.
 */
export function lenientPass(r) {
  if (r.kind !== "request") return r.diffs.every((d) => / expected null, got absent$/.test(d) || / expected absent, got /.test(d));
  if (r.pass || r.actual === undefined || r.expected === undefined) return r.pass;
  const { model: _model, ...body } = camelKeys(r.actual);
  return comparePayloads(r.expected, body).length === 0 && !r.diffs.some((d) => d.startsWith("upstream model:"));
}

const DATA = new Set(["properties", "args", "response", "parameters", "parametersJsonSchema", "responseSchema", "responseJsonSchema", "$defs", "definitions", "labels"]);
function camelKeys(value) {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const key = k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
      return [key, DATA.has(key) ? v : camelKeys(v)];
    }),
  );
}

const excluded = (r) => MOCK_LIMITED.some((m) => m.gateway === r.gateway && m.check === r.check && m.dialect === r.dialect);

/** Per-key tallies: { key → { ours: {p, l, t}, portkey: {p, l, t} } } over the keys `keysOf(result)`. */
function tally(results, keysOf) {
  const rows = new Map();
  for (const r of results) {
    if (excluded(r)) continue;
    for (const key of keysOf(r)) {
      const row = rows.get(key) ?? { ours: { p: 0, l: 0, t: 0 }, portkey: { p: 0, l: 0, t: 0 } };
      const cell = row[r.gateway];
      cell.t++;
      if (r.pass) cell.p++;
      if (lenientPass(r)) cell.l++;
      rows.set(key, row);
    }
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b));
}

const cell = (c, lenient) => (c.t === 0 ? "–" : `${lenient ? c.l : c.p}/${c.t}`);

function markdownTable(title, entries) {
  const lines = [`| ${title} | gembridge | gembridge (lenient) | Portkey | Portkey (lenient) |`, "|---|---|---|---|---|"];
  for (const [key, row] of entries) lines.push(`| ${key} | ${cell(row.ours)} | ${cell(row.ours, true)} | ${cell(row.portkey)} | ${cell(row.portkey, true)} |`);
  return lines.join("\n");
}

const byKind = (r) => [`${r.kind} (${r.dialect === "vertex" ? "Vertex AI" : "Gemini API"})`];

/** Plain-text score table for the terminal. */
export function scoreTable(results) {
  const rows = [...tally(results, () => ["all checks"]), ...tally(results, byKind), ...tally(results, (r) => r.features)];
  const width = Math.max(...rows.map(([k]) => k.length), 10);
  const lines = [`${"".padEnd(width)}  gembridge  lenient   Portkey  lenient`];
  for (const [key, row] of rows) lines.push(`${key.padEnd(width)}  ${cell(row.ours).padStart(9)}  ${cell(row.ours, true).padStart(7)}  ${cell(row.portkey).padStart(8)}  ${cell(row.portkey, true).padStart(7)}`);
  return lines.join("\n");
}

export function renderPeerReport(results, meta) {
  const rows = tally(results, (r) => r.covers ?? []);
  const portkeyFailures = results.filter((r) => r.gateway === "portkey" && !r.pass);
  const oursFailures = results.filter((r) => r.gateway === "ours" && !r.pass);
  const first = (r) => (r.diffs[0] ?? "").replaceAll("|", "\\|").replaceAll("\n", " ").slice(0, 140);
  return [
    "# Peer comparison: gembridge gateway vs Portkey (generated)",
    "",
    `Generated ${meta.date} by \`${meta.command}\` (scripts/peer/probe-peers.mjs) — do not edit by hand.`,
    `Versions: gembridge gateway ${meta.versions.gembridge} (this checkout), \`@portkey-ai/gateway\` ${meta.versions.portkey} (npm), Node ${meta.versions.node}.`,
    "",
    "Both gateways get the same OpenAI requests (every request case of `fixtures/cases` for each dialect) and the same",
    "recorded Gemini answers from the mock upstream; a check passes when the Gemini request the mock received, or the",
    `OpenAI answer the gateway returned, equals the case's expectation (ids, timestamps, model echo ignored; ${meta.unreviewed} of the`,
    "cases' expectations are not yet reviewed). **Strict** = every field equal. **Lenient** = not counting what Google or",
    "an OpenAI client provably tolerates: `null` vs absent and extra fields in answers; a `model` field and snake_case",
    "names in the Gemini request body (docs/decisions/0126). The expectations are gembridge's outputs, so they favour",
    "gembridge's reading where the spec leaves room — the notes below say which differences are real defects.",
    "",
    "Setup: Portkey runs `--headless` on loopback; Gemini API cases through `x-portkey-provider: google` +",
    "`x-portkey-custom-host: <mock>` + `Authorization: Bearer <key>`; Vertex AI cases through `x-portkey-provider:",
    "vertex-ai` + `x-portkey-vertex-project-id` / `-region` + custom host, with the `google/` prefix of the seed's model",
    "ids removed (Portkey's vertex-ai provider takes bare ids). Our gateway runs `--upstream gemini` and `--upstream",
    "vertex` (ADC from a loopback metadata server). Error cases are probed once (Gemini API run).",
    "",
    "## Score per feature",
    "",
    markdownTable("feature / check kind", [...tally(results, () => ["**all checks**"]), ...tally(results, byKind), ...tally(results, (r) => r.features)]),
    "",
    ...(rows.length > 0 ? ["## Score per mapping-table row (`covers`)", "", markdownTable("row", rows), ""] : []),
    "## Portkey failures, explained",
    "",
    "First difference per failing check, and a one-line reading of the cause (checked by hand on the wire).",
    "",
    "| check | dialect | lenient | first difference | why |",
    "|---|---|---|---|---|",
    ...portkeyFailures.map((r) => `| ${r.check} | ${r.dialect} | ${lenientPass(r) ? "pass" : "fail"} | \`${first(r)}\` | ${explain(r)} |`),
    "",
    ...(MOCK_LIMITED.length > 0 ? ["Not counted (caused by the mock, not by the gateway):", "", ...MOCK_LIMITED.map((m) => `- ${m.gateway} ${m.dialect} \`${m.check}\`: ${m.reason}`), ""] : []),
    "## gembridge failures",
    "",
    ...(oursFailures.length === 0 ? ["None."] : oursFailures.map((r) => `- ${r.dialect} \`${r.check}\`: \`${first(r)}\``)),
    "",
  ].join("\n");
}
