import { SCHEMA_CAPABILITIES, type SchemaCapabilityRow } from "./schema-capabilities";
import type { SchemaDialect, SchemaTarget } from "./schema-options";

export interface ChooseSchemaTargetInput {
  dialect: SchemaDialect;
  model: string;
  /** Override: `jsonSchema` true/false forces the answer; `table` replaces the built-in rows. */
  capabilities?: { jsonSchema?: boolean; table?: readonly SchemaCapabilityRow[] };
}

/**
 * Picks the schema target for a request: `"json-schema"` (send `parametersJsonSchema` /
 * `responseJsonSchema`, nearly lossless) when the model is declared to accept it, `"schema"` (translate to
 * the classic `Schema`) otherwise — unknown models included, because every model accepts the classic form.
 * Decided by the table in `schema-capabilities.ts` or the caller's override, never by ad-hoc string tests.
 *
 * @example
 * chooseSchemaTarget({ dialect: "vertex", model: "publishers/google/models/gemini-2.5-pro" }); // "json-schema"
 */
export function chooseSchemaTarget(input: ChooseSchemaTargetInput): SchemaTarget {
  const forced = input.capabilities?.jsonSchema;
  if (forced !== undefined) return forced ? "json-schema" : "schema";
  const table = input.capabilities?.table;
  if (table !== undefined) return targetFrom(table, input.dialect, input.model);
  // The built-in table answers the same for the same model on every request: remember it (bounded, since model
  // names come from clients; cleared when full, as the capability lookup does).
  const cache = input.dialect === "vertex" ? TARGETS.vertex : input.dialect === "gemini" ? TARGETS.gemini : undefined;
  if (cache === undefined) return targetFrom(SCHEMA_CAPABILITIES, input.dialect, input.model);
  let target = cache.get(input.model);
  if (target === undefined) {
    if (cache.size >= TARGET_CACHE_LIMIT) cache.clear();
    target = targetFrom(SCHEMA_CAPABILITIES, input.dialect, input.model);
    cache.set(input.model, target);
  }
  return target;
}

const TARGETS: Record<SchemaDialect, Map<string, SchemaTarget>> = { gemini: new Map(), vertex: new Map() };
const TARGET_CACHE_LIMIT = 64;

function targetFrom(table: readonly SchemaCapabilityRow[], dialect: SchemaDialect, model: string): SchemaTarget {
  const id = bareModelId(model);
  const row = table.find((candidate) => candidate.pattern.test(id));
  return row?.jsonSchema[dialect] === true ? "json-schema" : "schema";
}

/** `models/x`, `publishers/google/models/x`, `projects/p/locations/l/publishers/google/models/x`, `google/x` → `x`, lower-cased. */
export function bareModelId(model: string): string {
  const last = model.slice(model.lastIndexOf("/") + 1);
  return last.toLowerCase();
}
