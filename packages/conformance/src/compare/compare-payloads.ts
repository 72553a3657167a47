/**
 * Structural comparison of an expected and an actual payload under a case's rules, producing a readable list of
 * differences (`$.choices[0].finish_reason: expected "stop", got "length"`). Iterative: deep payloads are fine.
 */
import type { CaseCompareRules } from "../case-schema";

type Rules = Partial<CaseCompareRules>;
type Kind = "volatile" | "jsonString" | "ignore";

function matches(pattern: string, path: string): boolean {
  if (pattern === path) return true;
  const re = new RegExp(`^${pattern.replace(/[.$]/g, (c) => `\\${c}`).replace(/\[\*\]/g, "\\[\\d+\\]").replace(/\[(\d+)\]/g, "\\[$1\\]")}$`);
  return re.test(path);
}

function ruleAt(rules: Rules, path: string): Kind | undefined {
  if (rules.ignore?.some((p) => matches(p, path))) return "ignore";
  if (rules.volatile?.some((p) => matches(p, path))) return "volatile";
  if (rules.jsonStrings?.some((p) => matches(p, path))) return "jsonString";
  return undefined;
}

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? "absent" : s.length > 120 ? `${s.slice(0, 117)}...` : s;
};
const key = (path: string, k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);

function tryParse(s: unknown): { ok: boolean; value: unknown } {
  if (typeof s !== "string") return { ok: false, value: s };
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false, value: s };
  }
}

export function comparePayloads(expected: unknown, actual: unknown, rules: Rules = {}, root = "$"): string[] {
  const diffs: string[] = [];
  const stack: Array<[unknown, unknown, string]> = [[expected, actual, root]];
  while (stack.length > 0) {
    const [e, a, path] = stack.pop() as [unknown, unknown, string];
    const rule = ruleAt(rules, path);
    if (rule === "ignore") continue;
    if (e === undefined || a === undefined) {
      if (e !== a) diffs.push(`${path}: expected ${show(e)}, got ${show(a)}`);
      continue;
    }
    if (rule === "volatile") {
      if (typeOf(e) !== typeOf(a)) diffs.push(`${path}: expected a ${typeOf(e)}, got ${show(a)}`);
      continue;
    }
    if (rule === "jsonString") {
      const pe = tryParse(e);
      const pa = tryParse(a);
      if (pe.ok && pa.ok) {
        stack.push([pe.value, pa.value, `${path}<json>`]);
        continue;
      }
    }
    const te = typeOf(e);
    if (te !== typeOf(a)) {
      diffs.push(`${path}: expected ${show(e)}, got ${show(a)}`);
    } else if (te === "array") {
      const ea = e as unknown[];
      const aa = a as unknown[];
      if (ea.length !== aa.length) diffs.push(`${path}: expected ${ea.length} items, got ${aa.length}`);
      for (let i = Math.min(ea.length, aa.length) - 1; i >= 0; i--) stack.push([ea[i], aa[i], `${path}[${i}]`]);
    } else if (te === "object") {
      const eo = e as Record<string, unknown>;
      const ao = a as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(eo), ...Object.keys(ao)])].reverse();
      for (const k of keys) stack.push([eo[k], ao[k], key(path, k)]);
    } else if (!Object.is(e, a)) {
      diffs.push(`${path}: expected ${show(e)}, got ${show(a)}`);
    }
  }
  return diffs;
}
