import type { ErrorObject } from "ajv";

/** `/choices/0/message` → `$.choices[0].message` (the path style of our warnings and of GembridgeError.param). */
export function pointerToPath(pointer: string): string {
  if (pointer === "") return "$";
  return `$${pointer
    .split("/")
    .slice(1)
    .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((seg) => (/^[0-9]+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
    .join("")}`;
}

const SUMMARY = /must match (a schema in anyOf|exactly one schema in oneOf|"then" schema|"else" schema)$/;

/** One line per problem, `path: message`; union summaries are dropped when a concrete error explains them. */
export function formatAjvErrors(errors: readonly ErrorObject[]): string[] {
  const lines: string[] = [];
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === "additionalProperties" || e.keyword === "unevaluatedProperties") {
      const key = (e.params as { additionalProperty?: string; unevaluatedProperty?: string });
      lines.push(`${path}: unknown property "${key.additionalProperty ?? key.unevaluatedProperty}"`);
    } else if (e.keyword === "enum") {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const shown = JSON.stringify(allowed.slice(0, 10)) + (allowed.length > 10 ? ` (+${allowed.length - 10} more)` : "");
      lines.push(`${path}: must be one of ${shown}, got ${JSON.stringify(e.data)}`);
    } else lines.push(`${path}: ${e.message ?? e.keyword}`);
  }
  const unique = [...new Set(lines)];
  return unique.filter((line) => {
    if (!SUMMARY.test(line)) return true;
    const at = line.slice(0, line.indexOf(": "));
    return !unique.some((o) => o !== line && !SUMMARY.test(o) && (o.startsWith(`${at}:`) || o.startsWith(`${at}.`) || o.startsWith(`${at}[`)));
  });
}
