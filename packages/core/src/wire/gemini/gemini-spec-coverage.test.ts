import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson, specDir } from "../../../test/gemini-fixtures";
import { geminiGenerateContentRequestSchema } from "./gemini-request";
import { geminiGenerateContentResponseSchema } from "./gemini-response";
import { geminiRpcStatusSchema } from "./gemini-status";
import { openEnum } from "./open-enum";

/**
 * Walks the official schemas (project copies in fixtures/spec) from the request/response/Status roots and, in step,
 * our zod schemas by the same field names. For every object type reached it asserts that our shape declares every
 * field the official schema defines, that each leaf accepts a value of the official type and rejects a wrong one,
 * and that every enum value the official schema lists is one of our known values. Both dialects.
 */

interface SpecProperty {
  type?: string;
  format?: string;
  enum?: string[];
  $ref?: string;
  items?: SpecProperty;
  additionalProperties?: SpecProperty;
}
interface SpecSchema {
  properties?: Record<string, SpecProperty>;
}
type Schemas = Record<string, SpecSchema>;

function loadGa(): Schemas {
  const base = (readJson(`${specDir}generativelanguage-v1beta.from-protos.json`) as { schemas: Schemas }).schemas;
  const overlay = (readJson(`${specDir}generativelanguage-v1beta.overlay.json`) as { schemas: Schemas }).schemas;
  for (const [name, extra] of Object.entries(overlay)) {
    const target = base[name] ?? {};
    target.properties = { ...target.properties, ...extra.properties };
    base[name] = target;
  }
  return base;
}
const dialects = {
  gemini: { schemas: loadGa(), prefix: "", roots: ["GenerateContentRequest", "GenerateContentResponse", "Status"] },
  vertex: {
    schemas: (readJson(`${specDir}aiplatform-v1.discovery.generatecontent-subset.json`) as { schemas: Schemas }).schemas,
    prefix: "GoogleCloudAiplatformV1",
    roots: ["GoogleCloudAiplatformV1GenerateContentRequest", "GoogleCloudAiplatformV1GenerateContentResponse", "GoogleRpcStatus"],
  },
} as const;
type Dialect = keyof typeof dialects;

/**
 * Official fields or subtrees we deliberately keep opaque (an open object that passes through), with the reason.
 * Key: `dialect:SpecType` (whole type) or `dialect:SpecType.field`.
 */
const OPAQUE: Record<string, string> = {
  "vertex:GoogleCloudAiplatformV1ExternalApi": "VX retrieval via an external search API: auth and endpoint config we never read",
  "vertex:GoogleCloudAiplatformV1RagRetrievalConfig": "VX RAG Engine ranking/filter config: forwarded untouched",
};

/** Unwraps optional/lazy/pipe wrappers down to the node that carries the data shape. */
function core(schema: z.ZodType): z.ZodType {
  let node: z.ZodType = schema;
  for (;;) {
    if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodLazy) node = node.unwrap() as z.ZodType;
    // The root schemas are a preprocess (transform → object) pipe: the data shape is on the out side.
    else if (node instanceof z.ZodPipe) node = (node.in instanceof z.ZodTransform ? node.out : node.in) as z.ZodType;
    else return node;
  }
}

function sampleOf(property: SpecProperty): { good: unknown; bad: unknown } | undefined {
  if (property.enum !== undefined) return { good: property.enum[property.enum.length - 1], bad: 1 };
  switch (property.type) {
    case "string":
      if (property.format === "int64") return { good: "5", bad: "five" };
      if (property.format === "google-datetime") return { good: "2026-01-02T03:04:05.123Z", bad: 5 };
      if (property.format === "google-duration") return { good: "1.5s", bad: 5 };
      if (property.format === "byte") return { good: "AAEC", bad: 5 };
      return { good: "x", bad: 5 };
    case "integer":
      return { good: 3, bad: "3" };
    case "number":
      return { good: 0.5, bad: "0.5" };
    case "boolean":
      return { good: true, bad: "true" };
    case "object":
      return property.additionalProperties?.type === "string"
        ? { good: { k: "v" }, bad: { k: 5 } }
        : { good: { k: [1, { n: null }] }, bad: "x" };
    default:
      return undefined; // "any": every JSON value is valid.
  }
}

interface Report {
  missing: string[];
  typeErrors: string[];
  enumGaps: string[];
  visited: Set<string>;
}

function knownEnumValues(leaf: z.ZodType): readonly string[] | undefined {
  const node = core(leaf);
  if (!(node instanceof z.ZodUnion)) return undefined;
  for (const option of node.options as readonly z.ZodType[]) if (option instanceof z.ZodEnum) return option.options as string[];
  return undefined;
}

function walk(dialect: Dialect, typeName: string, ours: z.ZodType, report: Report): void {
  const key = `${dialect}:${typeName}`;
  if (report.visited.has(key) || OPAQUE[key] !== undefined) return;
  report.visited.add(key);
  const spec = dialects[dialect].schemas[typeName];
  if (spec === undefined) throw new Error(`unknown spec type ${key}`);
  const node = core(ours);
  if (!(node instanceof z.ZodObject)) {
    report.typeErrors.push(`${key}: ours is not an object schema`);
    return;
  }
  const shape = node.shape as Record<string, z.ZodType>;
  for (const [field, property] of Object.entries(spec.properties ?? {})) {
    const where = `${key}.${field}`;
    const mine = shape[field];
    if (mine === undefined) {
      if (OPAQUE[where] === undefined) report.missing.push(where);
      continue;
    }
    checkProperty(dialect, where, property, mine, report);
  }
}

function checkProperty(dialect: Dialect, where: string, property: SpecProperty, mine: z.ZodType, report: Report): void {
  if (property.$ref !== undefined) {
    if (mine.safeParse("x").success) report.typeErrors.push(`${where}: accepts a string for an object`);
    walk(dialect, property.$ref, mine, report);
    return;
  }
  if (property.type === "array" && property.items !== undefined) {
    const list = core(mine);
    if (!(list instanceof z.ZodArray)) {
      report.typeErrors.push(`${where}: ours is not an array`);
      return;
    }
    if (list.safeParse("x").success) report.typeErrors.push(`${where}: accepts a non-array`);
    checkProperty(dialect, `${where}[]`, property.items, list.element as z.ZodType, report);
    return;
  }
  if (property.type === "object" && property.additionalProperties?.$ref !== undefined) {
    const map = core(mine);
    if (!(map instanceof z.ZodRecord)) {
      report.typeErrors.push(`${where}: ours is not a map`);
      return;
    }
    walk(dialect, property.additionalProperties.$ref, map.valueType as z.ZodType, report);
    return;
  }
  const sample = sampleOf(property);
  if (sample !== undefined) {
    if (!mine.safeParse(sample.good).success) report.typeErrors.push(`${where}: rejects ${JSON.stringify(sample.good)}`);
    if (mine.safeParse(sample.bad).success) report.typeErrors.push(`${where}: accepts ${JSON.stringify(sample.bad)}`);
  }
  const known = knownEnumValues(mine);
  if (property.enum !== undefined && known !== undefined) {
    for (const value of property.enum) if (!known.includes(value)) report.enumGaps.push(`${where}: ${value}`);
  }
}

function coverage(dialect: Dialect): Report {
  const report: Report = { missing: [], typeErrors: [], enumGaps: [], visited: new Set() };
  const [request, response, status] = dialects[dialect].roots;
  walk(dialect, request, geminiGenerateContentRequestSchema, report);
  walk(dialect, response, geminiGenerateContentResponseSchema, report);
  walk(dialect, status, geminiRpcStatusSchema, report);
  return report;
}

describe.each(["gemini", "vertex"] as const)("official %s schema coverage", (dialect) => {
  const report = coverage(dialect);
  const prefix = dialects[dialect].prefix;

  it("declares every official field", () => {
    expect(report.missing).toEqual([]);
  });
  it("accepts the official type and rejects a wrong one, field by field", () => {
    expect(report.typeErrors).toEqual([]);
  });
  it("lists every official enum value as a known value", () => {
    expect(report.enumGaps).toEqual([]);
  });
  it.each([
    "Part",
    "Content",
    "GenerationConfig",
    dialect === "gemini" ? "ThinkingConfig" : "GenerationConfigThinkingConfig",
    "Tool",
    "FunctionDeclaration",
    "FunctionCall",
    "FunctionResponse",
    "Candidate",
    dialect === "gemini" ? "UsageMetadata" : "GenerateContentResponseUsageMetadata",
    "GenerateContentRequest",
    "GenerateContentResponse",
    "Schema",
    "SafetySetting",
    "SafetyRating",
    "ToolConfig",
    "GroundingMetadata",
  ])("reached %s", (name) => {
    expect(report.visited.has(`${dialect}:${prefix}${name}`)).toBe(true);
  });
});

describe("the coverage walker itself", () => {
  it("reports a missing field, a wrong leaf type and an enum gap", () => {
    const report: Report = { missing: [], typeErrors: [], enumGaps: [], visited: new Set() };
    const fakeCandidate = z.looseObject({ index: z.string(), finishReason: openEnum(["STOP"]) });
    walk("gemini", "GenerateContentResponse", z.looseObject({ candidates: z.array(fakeCandidate) }), report);
    expect(report.missing).toContain("gemini:GenerateContentResponse.usageMetadata");
    expect(report.missing).toContain("gemini:Candidate.content");
    expect(report.typeErrors).toEqual(["gemini:Candidate.index: rejects 3", 'gemini:Candidate.index: accepts "3"']);
    expect(report.enumGaps).toContain("gemini:Candidate.finishReason: MAX_TOKENS");
  });
  it("visits a large part of both official schemas", () => {
    expect(coverage("gemini").visited.size).toBeGreaterThanOrEqual(68);
    expect(coverage("vertex").visited.size).toBeGreaterThanOrEqual(99);
  });
});
