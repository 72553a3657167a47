import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Case, caseSchema } from "../case-schema";
import { parsePayload } from "./parse-payload";

export interface LoadedCase {
  readonly case: Case;
  /** Absolute folder of the case. */
  readonly dir: string;
  /** Parsed input: a JSON value, or an array of chunks for stream inputs. */
  readonly input: unknown;
  readonly inputText: string;
  /** Parsed expected output (absent when the case expects a thrown error). */
  readonly expected?: unknown;
  readonly expectedText?: string;
}

/**
 * `fixtures/cases` of this repository: `$GEMBRIDGE_FIXTURES` when set, else the first `fixtures/cases` found
 * walking up from this module (works from `src/` and from `dist/`).
 */
export function defaultCasesDir(): string {
  const env = process.env.GEMBRIDGE_FIXTURES;
  if (env) return resolve(env, "cases");
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "fixtures", "cases");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("fixtures/cases not found; set GEMBRIDGE_FIXTURES to the fixtures folder");
}

/** Every `case.json` below `root` (any depth), validated, sorted by direction then name. */
export function loadCases(root: string = defaultCasesDir()): LoadedCase[] {
  const found: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) stack.push(join(dir, entry.name));
      else if (entry.name === "case.json") found.push(dir);
    }
  }
  const cases = found.map(loadCase);
  const names = new Set<string>();
  for (const c of cases) {
    const id = `${c.case.direction}/${c.case.name}`;
    if (names.has(id)) throw new Error(`duplicate case ${id}`);
    names.add(id);
  }
  return cases.sort((a, b) => a.case.direction.localeCompare(b.case.direction) || a.case.name.localeCompare(b.case.name));
}

export function loadCase(dir: string): LoadedCase {
  const raw = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as unknown;
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${dir}/case.json: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const c = parsed.data;
  const inputText = readFileSync(join(dir, c.input.file), "utf8");
  const base = { case: c, dir, input: parsePayload(inputText, c.input.format), inputText };
  if ("throws" in c.expected) return base;
  // A missing expected file is allowed here (`generate` writes it); running such a case fails.
  if (!existsSync(join(dir, c.expected.file))) return base;
  const expectedText = readFileSync(join(dir, c.expected.file), "utf8");
  return { ...base, expected: parsePayload(expectedText, c.expected.format), expectedText };
}
