// Renders every mapping table in packages/core/src/tables/ into the docs, between `<!-- generated:NAME -->` and
// `<!-- /generated:NAME -->` markers, each beside its inverse; then `node scripts/readme.mjs` copies the docs into the
// READMEs. Rows are computed by calling the mappers on each table key where a context rule applies (finish reasons,
// errors), so a rule cannot drift from its documentation either.
// Usage: npx tsx scripts/render-tables.ts [--check]   (--check exits 1 when a file is stale; part of `pnpm readme:check`)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { geminiToOpenAIError, openaiToGeminiError } from "../packages/core/src/index";
import { effortForBudget } from "../packages/core/src/request/gemini-to-openai-thinking";
import { resolveFinishReason } from "../packages/core/src/response/resolve-finish-reason";
import { resolveGeminiFinishReason } from "../packages/core/src/response/resolve-gemini-finish-reason";
import { HTTP_BY_GOOGLE_STATUS, OPENAI_ERROR_TYPE_BY_HTTP } from "../packages/core/src/tables/error-status";
import { GEMINI_TO_OPENAI_FINISH_REASON, OPENAI_TO_GEMINI_FINISH_REASON } from "../packages/core/src/tables/finish-reason";
import { DETAIL_BY_MEDIA_RESOLUTION, MEDIA_RESOLUTION_BY_DETAIL } from "../packages/core/src/tables/media-resolution";
import { OPENAI_MODALITY_BY_GEMINI, RESPONSE_MODALITY_BY_OPENAI } from "../packages/core/src/tables/modalities";
import { EFFORT_BY_THINKING_LEVEL, REASONING_EFFORT_TABLE } from "../packages/core/src/tables/reasoning-effort";
import { FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE, FUNCTION_CALLING_MODE_BY_TOOL_CHOICE, TOOL_CHOICE_BY_MODE } from "../packages/core/src/tables/tool-choice";
import { USAGE_MAPPING } from "../packages/core/src/tables/usage";
import { renderModelTable } from "./render-model-table";

const code = (value: unknown) => (value === undefined ? "—" : `\`${String(value)}\``);
const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

export function renderFinishReasonTable(): string {
  const rows = Object.keys(GEMINI_TO_OPENAI_FINISH_REASON).map((reason) => [
    code(reason),
    code(resolveFinishReason(reason, { hasToolCalls: false }).finishReason),
    code(resolveFinishReason(reason, { hasToolCalls: true }).finishReason),
  ]);
  rows.push([
    "any other value (warning `approximated`)",
    code(resolveFinishReason("<unknown>", { hasToolCalls: false }).finishReason),
    code(resolveFinishReason("<unknown>", { hasToolCalls: true }).finishReason),
  ]);
  return table(["Gemini `finishReason`", "OpenAI `finish_reason`", "with a function call in the candidate"], rows);
}

export function renderReverseFinishReasonTable(): string {
  const rows = Object.keys(OPENAI_TO_GEMINI_FINISH_REASON).map((reason) => {
    const gemini = resolveGeminiFinishReason(reason);
    const back = resolveFinishReason(gemini, { hasToolCalls: reason === "tool_calls" || reason === "function_call" }).finishReason;
    return [code(reason), code(gemini), code(back)];
  });
  rows.push(["any other string", code(resolveGeminiFinishReason("<unknown>")), "—"]);
  return table(["OpenAI `finish_reason`", "Gemini `finishReason`", "forward again (with the calls)"], rows);
}

export function renderUsageTable(): string {
  return table(
    ["OpenAI `usage` field", 'from Gemini `usageMetadata` (default, `outputProfile: "openai"`)', "`outputProfile: \"google\"` (Google's endpoint)"],
    USAGE_MAPPING.map(([field, openai, google]) => [code(field), openai, google]),
  );
}

export function renderToolChoiceTable(): string {
  const rows = Object.entries(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE).map(([choice, mode]) => [
    code(choice),
    code(mode),
    code((TOOL_CHOICE_BY_MODE as Record<string, string>)[mode]),
  ]);
  for (const [choice, mode] of Object.entries(FUNCTION_CALLING_MODE_BY_ALLOWED_TOOLS_MODE)) {
    const back = (TOOL_CHOICE_BY_MODE as Record<string, string>)[mode];
    const named = back === "required" ? " (one name: the named choice)" : "";
    rows.push([`\`allowed_tools\` mode \`${choice}\``, `${code(mode)} + \`allowedFunctionNames\``, `\`allowed_tools\` mode ${code(back)}${named}`]);
  }
  rows.push(["`{type: \"function\", function: {name}}`", "`ANY` + `allowedFunctionNames: [name]`", "the same named choice"]);
  return table(["OpenAI `tool_choice`", "Gemini `functionCallingConfig.mode`", "back to `tool_choice`"], rows);
}

export function renderReasoningEffortTable(): string {
  const back = (level: string, budget: number) =>
    `${code((EFFORT_BY_THINKING_LEVEL as Record<string, string>)[level])} / ${code(effortForBudget(budget))}`;
  const rows = Object.entries(REASONING_EFFORT_TABLE).map(([effort, { level, budget }]) => [code(effort), code(level), code(budget), back(level, budget)]);
  return table(["`reasoning_effort`", "Gemini 3 `thinkingLevel`", "Gemini 2.5 `thinkingBudget`", "back from that level / budget"], rows);
}

export function renderMediaResolutionTable(): string {
  const rows = Object.entries(MEDIA_RESOLUTION_BY_DETAIL).map(([detail, level]) => [
    code(detail),
    level === undefined ? "nothing (model default)" : code(level),
    level === undefined ? "—" : code((DETAIL_BY_MEDIA_RESOLUTION as Record<string, string>)[level]),
  ]);
  for (const [level, detail] of Object.entries(DETAIL_BY_MEDIA_RESOLUTION)) {
    if (!Object.values(MEDIA_RESOLUTION_BY_DETAIL).includes(level as never)) rows.push(["—", code(level), code(detail)]);
  }
  return table(["OpenAI `image_url.detail`", "Gemini `mediaResolution`", "back to `detail`"], rows);
}

export function renderModalitiesTable(): string {
  const rows = Object.entries(RESPONSE_MODALITY_BY_OPENAI).map(([openai, gemini]) => [
    code(openai),
    code(gemini),
    code((OPENAI_MODALITY_BY_GEMINI as Record<string, string>)[gemini]),
  ]);
  return table(["OpenAI `modalities[]`", "Gemini `responseModalities[]`", "back to `modalities[]`"], rows);
}

export function renderErrorStatusTable(): string {
  const rows = Object.entries(HTTP_BY_GOOGLE_STATUS).map(([status, http]) => {
    const forward = geminiToOpenAIError(http, { error: { code: http, message: "…", status } });
    const reverse = openaiToGeminiError(forward.status, forward.body);
    return [code(status), code(http), code(forward.status), code(forward.body.error.type), code(forward.body.error.code), code(reverse.body.error.status)];
  });
  return table(["google.rpc.Code", "Google's HTTP status", "OpenAI HTTP status", "OpenAI `type`", "OpenAI `code`", "back to google.rpc.Code"], rows);
}

export function renderOpenAIErrorTypeTable(): string {
  const rows = Object.entries(OPENAI_ERROR_TYPE_BY_HTTP).map(([http, type]) => [code(http), code(type), code(openaiToGeminiError(Number(http), {}).body.error.status)]);
  rows.push(["any 5xx", "`server_error`", "`INTERNAL` (502/503 `UNAVAILABLE`, 501 `UNIMPLEMENTED`, 504 `DEADLINE_EXCEEDED`)"]);
  return table(["HTTP status", "OpenAI error `type`", "google.rpc.Code for that status"], rows);
}

/** Where each block goes: generated-block name → renderer and the docs that hold it. */
export const GENERATED_BLOCKS: ReadonlyArray<{ name: string; render: () => string; files: readonly string[] }> = [
  { name: "model-capabilities", render: renderModelTable, files: ["docs/readme/request.md", "README.md"] },
  { name: "finish-reasons", render: renderFinishReasonTable, files: ["docs/readme/response.md"] },
  { name: "usage", render: renderUsageTable, files: ["docs/readme/response.md"] },
  { name: "tables-finish-reasons", render: renderReverseFinishReasonTable, files: ["docs/readme/tables.md"] },
  { name: "tables-tool-choice", render: renderToolChoiceTable, files: ["docs/readme/tables.md"] },
  { name: "tables-reasoning-effort", render: renderReasoningEffortTable, files: ["docs/readme/tables.md"] },
  { name: "tables-media-resolution", render: renderMediaResolutionTable, files: ["docs/readme/tables.md"] },
  { name: "tables-modalities", render: renderModalitiesTable, files: ["docs/readme/tables.md"] },
  { name: "tables-error-status", render: renderErrorStatusTable, files: ["docs/readme/tables.md"] },
  { name: "tables-openai-error-type", render: renderOpenAIErrorTypeTable, files: ["docs/readme/tables.md"] },
];

/** Replaces the body between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in `markdown`. */
export function fillGeneratedBlock(markdown: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from === -1 || to < from) throw new Error(`no generated:${name} block`);
  return `${markdown.slice(0, from + start.length)}\n${body}\n${markdown.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  const root = join(import.meta.dirname, "..");
  const files = new Map<string, string>();
  for (const block of GENERATED_BLOCKS) {
    for (const file of block.files) {
      const markdown = files.get(file) ?? readFileSync(join(root, file), "utf8");
      try {
        files.set(file, fillGeneratedBlock(markdown, block.name, block.render()));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
  }
  const stale: string[] = [];
  for (const [file, next] of files) {
    if (next === readFileSync(join(root, file), "utf8")) continue;
    stale.push(file);
    if (!check) writeFileSync(join(root, file), next);
  }
  if (check && stale.length > 0) {
    console.error(`stale generated tables in ${stale.join(", ")} (run npx tsx scripts/render-tables.ts, then node scripts/readme.mjs)`);
    process.exit(1);
  }
  console.log(stale.length === 0 ? "generated tables are up to date" : `regenerated: ${stale.join(", ")}`);
}
