import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_CAPABILITIES } from "../model/model-capabilities";
import { REASONING_EFFORT_TABLE } from "../tables/reasoning-effort";
import { GOOGLE_GENERATION_KEYS, NUMERIC_GENERATION_PARAMS } from "./openai-to-gemini-generation-config";
import { FUNCTION_CALLING_MODE_BY_TOOL_CHOICE } from "../tables/tool-choice";
import { HANDLED_PARAMS } from "./openai-request-params";
import { UNSUPPORTED_PARAMS } from "./openai-to-gemini-top-level";

// The README's tables are the contract users read: every table entry in code must appear there.
const readme = readFileSync(new URL("../../../../docs/readme/request.md", import.meta.url), "utf8");
const rows = readme.split("\n").filter((line) => line.startsWith("| "));
const rowFor = (first: string) =>
  rows.find((row) => row.split("|")[1]?.includes(`\`${first}\``) || row.split("|")[1]?.includes(`\`${first}.`));

describe("docs/readme/request.md matches the tables", () => {
  it.each([...HANDLED_PARAMS, ...Object.keys(UNSUPPORTED_PARAMS)])("parameter %s has a row", (param) => {
    expect(rowFor(param)).toBeDefined();
  });

  it.each(Object.entries(NUMERIC_GENERATION_PARAMS))("%s → %s", (param, field) => {
    expect(rowFor(param)).toContain(`\`${field}\``);
  });

  it.each(Object.entries(GOOGLE_GENERATION_KEYS))("extension %s → %s", (key, { field }) => {
    expect(rowFor(key)).toContain(field);
  });

  it.each(Object.entries(FUNCTION_CALLING_MODE_BY_TOOL_CHOICE))("tool_choice %s → %s", (choice, mode) => {
    const row = rows.find((line) => line.includes("`tool_choice` `none`"));
    expect(row).toContain(`\`${choice}\``);
    expect(row).toContain(`\`${mode}\``);
  });

  it.each(Object.entries(REASONING_EFFORT_TABLE))("reasoning_effort %s", (effort, { level, budget }) => {
    const row = rows.find((line) => line.startsWith(`| \`${effort}\` |`));
    expect(row?.split("|").map((cell) => cell.trim()).slice(1, 4)).toEqual([`\`${effort}\``, `\`${level}\``, `\`${budget}\``]);
  });

  it.each(Object.keys(MODEL_CAPABILITIES))("model prefix %s has a row", (prefix) => {
    expect(rows.some((row) => row.split("|")[1]?.includes(`\`${prefix}\``))).toBe(true);
  });
});
