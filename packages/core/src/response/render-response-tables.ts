import { GEMINI_TO_OPENAI_FINISH_REASON, resolveFinishReason } from "./map-finish-reason";
import { USAGE_MAPPING } from "./map-usage";

/**
 * Markdown tables for docs/readme/response.md, rendered from the mapping tables themselves; a test checks the README
 * still equals this output, so the documentation cannot drift from the code.
 */
export function renderFinishReasonTable(): string {
  const rows = Object.keys(GEMINI_TO_OPENAI_FINISH_REASON).map((reason) => {
    const without = resolveFinishReason(reason, { hasToolCalls: false }).finishReason;
    const withCall = resolveFinishReason(reason, { hasToolCalls: true }).finishReason;
    return `| \`${reason}\` | \`${without}\` | \`${withCall}\` |`;
  });
  const unknown = resolveFinishReason("<unknown>", { hasToolCalls: false }).finishReason;
  const unknownWithCall = resolveFinishReason("<unknown>", { hasToolCalls: true }).finishReason;
  return [
    "| Gemini `finishReason` | OpenAI `finish_reason` | with a function call in the candidate |",
    "|---|---|---|",
    ...rows,
    `| any other value (warning \`approximated\`) | \`${unknown}\` | \`${unknownWithCall}\` |`,
  ].join("\n");
}

export function renderUsageTable(): string {
  return [
    '| OpenAI `usage` field | from Gemini `usageMetadata` (default, `outputProfile: "openai"`) | `outputProfile: "google"` (Google\'s endpoint) |',
    "|---|---|---|",
    ...USAGE_MAPPING.map(([field, openai, google]) => `| \`${field}\` | ${openai} | ${google} |`),
  ].join("\n");
}

/** Replaces the body between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in `markdown`. */
export function fillGeneratedBlock(markdown: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from === -1 || to < from) return markdown;
  return `${markdown.slice(0, from + start.length)}\n${body}\n${markdown.slice(to)}`;
}
