import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SETTINGS } from "../src/config";
import { startMain } from "./helpers/start-main";

// The README's quickstart, verbatim: `pnpm start` with no credentials (replay upstream), then the documented curl,
// openai and @google/genai snippets, with only `localhost:8080` swapped for the port this test got.
const run = promisify(execFile);
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const doc = readFileSync(fileURLToPath(new URL("../../../docs/readme/gateway.md", import.meta.url)), "utf8");
const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1], code: match[2] as string }));
const block = (lang: string, needle: string) => {
  const found = blocks.find((candidate) => candidate.lang === lang && candidate.code.includes(needle));
  if (found === undefined) throw new Error(`docs/readme/gateway.md has no ${lang} block with ${needle}`);
  return found.code;
};
// The recorded Gemini 3 answer the replay upstream gives by default (fixtures/recorded/gemini-native/vercel-gemini3-pro-text-thoughtsig.json).
const RECORDED_TEXT = "There are **3** r's in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.";

let main: Awaited<ReturnType<typeof startMain>>;
beforeAll(async () => {
  main = await startMain({}); // no credentials at all, as on a fresh clone
});
afterAll(() => {
  main.child.kill("SIGTERM");
});
const local = (code: string) => code.replaceAll("http://localhost:8080", main.url);

async function runScript(code: string): Promise<string> {
  // Inside the package so `openai` and `@google/genai` resolve exactly as in a user's project.
  const file = `${PACKAGE_ROOT}/test/.quickstart-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`;
  writeFileSync(file, local(code));
  try {
    return (await run(process.execPath, [file], { cwd: PACKAGE_ROOT })).stdout;
  } finally {
    rmSync(file);
  }
}

describe("quickstart (docs/readme/gateway.md) against a fresh `pnpm start`", () => {
  it("uses the same npx pnpm commands as the top of README.md and says that start holds the terminal", () => {
    const top = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
    const install = block("sh", "install");
    const commands = [...install.matchAll(/npx -y pnpm@[\d.]+ (?:install|start)/g)].map((match) => match[0]);
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(top.slice(0, top.indexOf("<!-- include"))).toContain(command);
    expect(doc).toMatch(/`start`[^.]*holds the terminal[^.]*second\s+terminal/);
  });

  it("the startup log names the replay upstream and how to switch", () => {
    const listening = main.lines.find((line) => line.event === "listening");
    expect(listening?.chat_completions).toMatch(/recorded-fixture replay upstream .* set GEMINI_API_KEY/);
  });

  it("the curl snippet gets a chat.completion", async () => {
    const { stdout } = await run("sh", ["-c", local(block("sh", "curl"))]);
    const completion = JSON.parse(stdout);
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0].message.content).toBe(RECORDED_TEXT);
  });

  it("the openai SDK snippet prints the answer", async () => {
    expect(await runScript(block("js", 'from "openai"'))).toBe(`${RECORDED_TEXT}\n`);
  });

  it("the @google/genai snippet prints the answer (Gemini → OpenAI → Gemini through the gateway itself)", async () => {
    expect(await runScript(block("js", "@google/genai"))).toBe(`${RECORDED_TEXT}\n`);
  });

  it("the settings table matches config.ts", () => {
    for (const [flag, env, fallback, help] of SETTINGS) {
      expect(doc).toContain(`| \`${flag}\` | \`${env}\` | ${fallback === "" ? "" : `\`${fallback}\``} | ${help} |`);
    }
  });
});
