/**
 * STRING / NUMBER / INTEGER / BOOLEAN nodes: formats from the dialect's table, length bounds as int64
 * strings, numeric bounds (exclusive bounds made inclusive: exactly for integers, widened for numbers),
 * and `enum` — strings as-is, other values by the `nonStringEnum` mode.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext } from "./schema-context";
import type { FlatSchema } from "./merge-schema-keyword";
import { jsonKey } from "./json-value";
import { type JsonType, SUPPORTED_FORMATS } from "./schema-keywords";

export function buildScalarKeywords(context: SchemaContext, flat: FlatSchema, type: JsonType, node: GeminiSchema, values: unknown[] | undefined, used: Set<string>) {
  if (type === "string" || type === "number" || type === "integer") {
    const format = flat.keywords.get("format");
    if (format !== undefined) {
      used.add("format");
      const supported: readonly string[] = SUPPORTED_FORMATS[context.options.dialect][type];
      if (supported.includes(format.value as string)) node.format = format.value as string;
      else context.warn(format.path, "dropped", `\`format\` "${String(format.value)}" dropped: Gemini's Schema supports ${supported.join(", ")} for ${type}.`);
    }
  }
  if (type === "string") {
    for (const keyword of ["minLength", "maxLength", "pattern"] as const) {
      const located = flat.keywords.get(keyword);
      if (located === undefined) continue;
      used.add(keyword);
      if (keyword === "pattern") node.pattern = located.value as string;
      else node[keyword] = String(located.value);
    }
    if (values !== undefined) {
      node.enum = values as string[];
      if (flat.keywords.get("format")?.value === "enum") node.format = "enum";
    }
    return;
  }
  if (type === "number" || type === "integer") {
    numericBounds(context, flat, type, node, used);
    if (values !== undefined) describeNumbers(context, flat, type, node, values as number[]);
    return;
  }
  if (type === "boolean" && values !== undefined && new Set(values).size === 1) {
    node.description = `Must be ${String(values[0])}.`;
    warnDescribed(context, flat);
  }
}

function numericBounds(context: SchemaContext, flat: FlatSchema, type: "number" | "integer", node: GeminiSchema, used: Set<string>) {
  for (const side of ["lower", "upper"] as const) {
    const bound = flat[side];
    if (bound === undefined) continue;
    used.add(side === "lower" ? "minimum" : "maximum");
    let value = bound.value;
    if (bound.exclusive && type === "integer") {
      // The next integer inside an exclusive bound is an exact inclusive bound.
      value = side === "lower" ? Math.floor(value) + 1 : Math.ceil(value) - 1;
    } else if (bound.exclusive) {
      context.warn(bound.path, "approximated", `Exclusive bound ${value} became inclusive: Gemini's Schema has only \`minimum\`/\`maximum\`.`);
    } else if (type === "integer") {
      value = side === "lower" ? Math.ceil(value) : Math.floor(value);
    }
    node[side === "lower" ? "minimum" : "maximum"] = value;
  }
}

/**
 * `nonStringEnum: "describe"`: keep the numeric type, tighten `minimum`/`maximum` to the allowed values and
 * list them in `description`. A run of consecutive integers (or a single value) is then exact.
 */
function describeNumbers(context: SchemaContext, flat: FlatSchema, type: "number" | "integer", node: GeminiSchema, values: number[]) {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const low = distinct[0] as number;
  const high = distinct[distinct.length - 1] as number;
  if (node.minimum === undefined || node.minimum < low) node.minimum = low;
  if (node.maximum === undefined || node.maximum > high) node.maximum = high;
  const exact = distinct.length === 1 || (type === "integer" && high - low + 1 === distinct.length);
  if (exact) return;
  node.description = `Allowed values: ${distinct.map((value) => jsonKey(value, null)).join(", ")}.`;
  warnDescribed(context, flat);
}

function warnDescribed(context: SchemaContext, flat: FlatSchema) {
  const at = flat.enumValues?.path ?? [];
  context.warn(at, "approximated", "Gemini's `enum` holds strings only: the type was kept and the allowed values moved to `description` (option `nonStringEnum`).");
}
