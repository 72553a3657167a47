// The model capability table (packages/core/src/tables/model-capabilities.ts) as Markdown, for scripts/render-tables.ts
// (which writes it into docs/readme/request.md and README.md).
import { CHECKED, MODEL_TABLE, type ModelRow, type Sourced, type ThinkingCapability, UNKNOWN_MODEL_ROW } from "../packages/core/src/tables/model-capabilities";

function thinkingText(t: ThinkingCapability): string {
  if (t.style === "none") return "no control";
  if (t.style === "level") return `levels ${t.levels.join("/")} (default ${t.default})`;
  const off = t.off ? ", 0 = off" : ", cannot be off";
  return `budget ${t.min}–${t.max}, -1 dynamic${off}${t.thinksByDefault ? "" : ", off by default"}`;
}

/** Renders the whole block: one row per prefix (longest first within a generation), notes as footnotes. */
export function renderModelTable(): string {
  const notes: string[] = [];
  const cell = (fact: Sourced<unknown>, text: string) => {
    let marker = "";
    if (fact.note !== undefined) {
      notes.push(fact.note);
      marker = ` [${notes.length}]`;
    }
    return `[${text}](${fact.source})${marker}`;
  };
  const row = (first: string, kind: string, r: Omit<ModelRow, "kind">) => {
    const media = r.mediaResolution.value;
    return [
      first,
      kind,
      cell(r.thinking, thinkingText(r.thinking.value)),
      cell(r.thoughtSignatures, r.thoughtSignatures.value ? "validated" : "not validated"),
      cell(r.mediaResolution, `${media.levels.join("/")} ${media.perPart ? "per part" : "request only"}`),
      cell(r.multimodalFunctionResponses, r.multimodalFunctionResponses.value ? "yes" : "no (sibling parts)"),
      cell(r.imageOutput, r.imageOutput.value ? "yes" : "no"),
      cell(r.explicitCaching, r.explicitCaching.value ? "yes" : "no (dropped)"),
      cell(r.streamFunctionCallArguments, r.streamFunctionCallArguments.value === "vertex" ? "Vertex only" : "no (dropped)"),
    ].join(" | ");
  };
  const rows = Object.entries(MODEL_TABLE).map(([prefix, r]: [string, ModelRow]) => row(`\`${prefix}\``, r.kind === "family" ? "family fallback" : "model", r));
  rows.push(row("anything else", "no row matched", UNKNOWN_MODEL_ROW));
  return [
    "| prefix | row | thinking | thought signatures | media resolution | multimodal function responses | image output | explicit caching | streamFunctionCallArguments |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r} |`),
    "",
    `Each cell links the page its fact comes from; all were checked on ${CHECKED}.${notes.length === 0 ? "" : " Notes (\"not confirmed\": an inference the linked page does not state):"}`,
    ...notes.map((note, i) => `[${i + 1}] ${note}${i === notes.length - 1 ? "" : "  "}`),
  ].join("\n");
}
