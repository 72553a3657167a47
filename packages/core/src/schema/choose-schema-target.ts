import { bareModelId } from "../model/model-capabilities";
import { boundedMemo } from "../shared/bounded-memo";
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
  // The built-in table answers the same for the same model on every request: remembered per dialect.
  if (input.dialect === "vertex") return VERTEX_TARGETS(input.model);
  if (input.dialect === "gemini") return GEMINI_TARGETS(input.model);
  return targetFrom(SCHEMA_CAPABILITIES, input.dialect, input.model);
}

const GEMINI_TARGETS = boundedMemo(64, (model) => targetFrom(SCHEMA_CAPABILITIES, "gemini", model));
const VERTEX_TARGETS = boundedMemo(64, (model) => targetFrom(SCHEMA_CAPABILITIES, "vertex", model));

function targetFrom(table: readonly SchemaCapabilityRow[], dialect: SchemaDialect, model: string): SchemaTarget {
  const id = bareModelId(model);
  const row = table.find((candidate) => candidate.pattern.test(id));
  return row?.jsonSchema[dialect] === true ? "json-schema" : "schema";
}
