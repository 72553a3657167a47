// Writes fixtures/case.schema.json from the zod schema (src/case-schema.ts). A test checks they are equal.
import { writeFileSync } from "node:fs";
import { caseJsonSchema } from "./case-schema";

writeFileSync(new URL("../../../fixtures/case.schema.json", import.meta.url), `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
