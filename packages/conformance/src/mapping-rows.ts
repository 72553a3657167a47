/**
 * Stable ids for the rows of the README mapping tables (`docs/readme/{request,response,stream,schema,reverse}.md`),
 * so fixture cases can name the rows they exercise (`covers` in case.json) and a test can prove every row has a case.
 *
 * id = `<section key>/<slug of the row's first cell>`; a section with several tables prefixes the rows of its 2nd,
 * 3rd… table with the slug of that table's first header cell (`reverse/response/finish_reason/stop`). Slugs keep
 * case, `_` and `.` (`response/finish-reason/MAX_TOKENS`); every other run of characters becomes `-`; a cell of
 * "—" (no field on that side) is named after the second cell.
 * Every table must sit under a heading listed in MAPPING_SECTIONS (decision 0120): a new table fails the coverage
 * test until someone decides whether fixtures can cover it.
 */
import { readFileSync } from "node:fs";

export const MAPPING_DOCS = ["request", "response", "stream", "schema", "reverse"] as const;
export type MappingDoc = (typeof MAPPING_DOCS)[number];

/** A section is either mapped to an id prefix, or excluded with the reason no fixture case can cover its rows. */
export type SectionScope = { readonly key: string } | { readonly excluded: string };

export const MAPPING_SECTIONS = {
  request: {
    Options: { excluded: "translator options, not a field mapping; cases exercise them through `options` (dialect, …)" },
    "Parameter mapping (one row per OpenAI parameter)": { key: "request" },
    "Google extensions (`extra_body.google.*` or top-level `google.*`)": { key: "request/google" },
    "`reasoning_effort`": { key: "request/reasoning-effort" },
    "Model capability table (`MODEL_TABLE`, tables/model-capabilities.ts)": { key: "request/model-capabilities" },
    "Endpoints (`geminiEndpoint`)": {
      excluded: "geminiEndpoint builds URLs and headers; a case's output is the body plus model and stream only (core tests cover the URLs)",
    },
  },
  response: {
    Envelope: { key: "response/envelope" },
    Message: { key: "response/message" },
    "Thought signatures": { key: "response/thought-signatures" },
    "Finish reasons": { key: "response/finish-reason" },
    Usage: { key: "response/usage" },
    "Grounding, citations, logprobs, other candidate fields": { key: "response/candidate" },
    Errors: { key: "error" },
  },
  stream: { Decisions: { key: "stream" } },
  schema: {
    "Options of `jsonSchemaToGeminiSchema(schema, options?)`": {
      excluded: "options of the schema converter; the request translator picks them, cases cannot set them",
    },
    "Target `\"schema\"`: what happens to each keyword": { key: "schema/keyword" },
    "Which target: `chooseSchemaTarget({ dialect, model, capabilities? })`": { key: "schema/target" },
  },
  reverse: {
    "Request: GenerateContentRequest → Chat Completions": { key: "reverse/request" },
    "Response: chat.completion → GenerateContentResponse": { key: "reverse/response" },
    "Round trips (fast-check)": {
      excluded: "differences after two translators (OpenAI → Gemini → OpenAI); a case runs one translator (core: round-trip tests)",
    },
  },
} as const satisfies Record<MappingDoc, Record<string, SectionScope>>;

export interface MappingRow {
  readonly id: string;
  readonly doc: MappingDoc;
  readonly heading: string;
  /** The row's first cell as written (markdown). */
  readonly cell: string;
  readonly line: number;
}

export interface ParsedMappingDoc {
  readonly rows: MappingRow[];
  /** Rows of excluded sections (with the section's reason). */
  readonly excluded: Array<{ heading: string; cell: string; reason: string }>;
  /** Headings of tables that MAPPING_SECTIONS does not list. */
  readonly unknownHeadings: string[];
}

/** Slug of a cell, cut at a `-` boundary after at most 60 characters (long keyword lists stay readable). */
export function slug(cell: string): string {
  const full = cell
    .replace(/`/g, "")
    .replace(/[^A-Za-z0-9_.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  if (full.length <= 60) return full;
  const cut = full.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf("-"));
}

function cells(line: string): string[] {
  // Split on unescaped pipes that are not inside backticks.
  const out: string[] = [];
  let cur = "";
  let code = false;
  for (let i = 1; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "`") code = !code;
    if (ch === "|" && !code && line[i - 1] !== "\\") {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  return out;
}

/** Parses one mapping doc's markdown text. */
export function parseMappingDoc(doc: MappingDoc, text: string): ParsedMappingDoc {
  const sections: Record<string, SectionScope> = MAPPING_SECTIONS[doc];
  const rows: MappingRow[] = [];
  const excluded: ParsedMappingDoc["excluded"] = [];
  const unknownHeadings: string[] = [];
  const lines = text.split("\n");
  let heading = "";
  let tableIndex = 0;
  let prefix = "";
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) {
      heading = (h[1] as string).trim();
      tableIndex = 0;
      inTable = false;
      continue;
    }
    if (!line.startsWith("|")) {
      inTable = false;
      continue;
    }
    if (!inTable) {
      // Header row; the separator row follows.
      inTable = true;
      tableIndex++;
      prefix = tableIndex > 1 ? `/${slug(cells(line)[0] ?? "")}` : "";
      if (!(heading in sections) && !unknownHeadings.includes(heading)) unknownHeadings.push(heading);
      i++;
      continue;
    }
    const row = cells(line);
    const cell = row[0] ?? "";
    // A row whose first cell is "—" (nothing on that side) is named after its second cell.
    const name = slug(cell) || slug(row[1] ?? "");
    const scope = sections[heading];
    if (!scope) continue;
    if ("excluded" in scope) excluded.push({ heading, cell, reason: scope.excluded });
    else rows.push({ id: `${scope.key}${prefix}/${name}`, doc, heading, cell, line: i + 1 });
  }
  return { rows, excluded, unknownHeadings };
}

/** Reads and parses `docs/readme/<doc>.md` for every mapping doc. */
export function readMappingRows(readmeDir: URL = new URL("../../../docs/readme/", import.meta.url)): Record<MappingDoc, ParsedMappingDoc> {
  const out = {} as Record<MappingDoc, ParsedMappingDoc>;
  for (const doc of MAPPING_DOCS) out[doc] = parseMappingDoc(doc, readFileSync(new URL(`${doc}.md`, readmeDir), "utf8"));
  return out;
}
