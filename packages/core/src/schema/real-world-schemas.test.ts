/**
 * Real-world schema shapes, whole outputs asserted. Each fixture says where its shape comes from; they are
 * written by hand to match what the named generator emits (constructed, not recorded).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonSchemaToGeminiSchema } from "./json-schema-to-gemini-schema";

/** Pydantic v2 `model_json_schema()` of `class Address(BaseModel): street: str; zip: str | None = None`
 * and `class Customer(BaseModel): name: str = Field(description="Full name"); age: Optional[int] = None;
 * address: Address; tier: Literal["free", "pro"] = "free"` — `$defs`, `anyOf` with null, titles. */
const pydanticCustomer = {
  $defs: {
    Address: {
      properties: { street: { title: "Street", type: "string" }, zip: { anyOf: [{ type: "string" }, { type: "null" }], default: null, title: "Zip" } },
      required: ["street"],
      title: "Address",
      type: "object",
    },
  },
  properties: {
    name: { description: "Full name", title: "Name", type: "string" },
    age: { anyOf: [{ type: "integer" }, { type: "null" }], default: null, title: "Age" },
    address: { $ref: "#/$defs/Address" },
    tier: { default: "free", enum: ["free", "pro"], title: "Tier", type: "string" },
  },
  required: ["name", "address"],
  title: "Customer",
  type: "object",
};

/** openai-node `zodResponseFormat` / Structured Outputs strict mode: every property required,
 * optional ones as `["T", "null"]` unions, `additionalProperties: false` on every object. */
const openaiStrictEvent = {
  type: "object",
  properties: {
    title: { type: "string" },
    date: { type: "string", description: "ISO date" },
    attendees: { type: "array", items: { type: "object", properties: { name: { type: "string" }, email: { type: ["string", "null"] } }, required: ["name", "email"], additionalProperties: false } },
    location: { anyOf: [{ type: "string" }, { type: "null" }] },
  },
  required: ["title", "date", "attendees", "location"],
  additionalProperties: false,
};

/** Shape of the reference MCP filesystem server's `read_text_file` input schema (zod → JSON Schema via zod-to-json-schema). */
const mcpFilesystemRead = {
  type: "object",
  properties: {
    path: { type: "string" },
    tail: { type: "number", description: "If provided, returns only the last N lines of the file" },
    head: { type: "number", description: "If provided, returns only the first N lines of the file" },
  },
  required: ["path"],
  additionalProperties: false,
  $schema: "http://json-schema.org/draft-07/schema#",
};

/** Shape of the GitHub MCP server's `create_issue` tool input schema (labels/assignees arrays, optional milestone). */
const mcpGithubCreateIssue = {
  type: "object",
  properties: {
    owner: { type: "string", description: "Repository owner" },
    repo: { type: "string", description: "Repository name" },
    title: { type: "string", description: "Issue title" },
    body: { type: "string", description: "Issue body content" },
    assignees: { type: "array", items: { type: "string" }, description: "Usernames to assign to this issue" },
    labels: { type: "array", items: { type: "string" }, description: "Labels to apply to this issue" },
    milestone: { type: "number", description: "Milestone number" },
  },
  required: ["owner", "repo", "title"],
};

/** Shape of the reference MCP fetch server's `fetch` tool (Pydantic model with `Annotated` bounds and `AnyUrl`). */
const mcpFetch = {
  description: "Parameters for fetching a URL.",
  properties: {
    url: { description: "URL to fetch", format: "uri", minLength: 1, title: "Url", type: "string" },
    max_length: { default: 5000, description: "Maximum number of characters to return.", exclusiveMaximum: 1000000, exclusiveMinimum: 0, title: "Max Length", type: "integer" },
    start_index: { default: 0, description: "On return output starting at this character index.", minimum: 0, title: "Start Index", type: "integer" },
    raw: { default: false, description: "Get the actual HTML content of the requested page, without simplification.", title: "Raw", type: "boolean" },
  },
  required: ["url"],
  title: "Fetch",
  type: "object",
};

describe("real-world schemas → classic Gemini Schema", () => {
  it("Pydantic v2 model with $defs and Optional fields", () => {
    expect(jsonSchemaToGeminiSchema(pydanticCustomer)).toMatchInlineSnapshot(`
      {
        "value": {
          "properties": {
            "address": {
              "properties": {
                "street": {
                  "title": "Street",
                  "type": "STRING",
                },
                "zip": {
                  "default": null,
                  "nullable": true,
                  "title": "Zip",
                  "type": "STRING",
                },
              },
              "propertyOrdering": [
                "street",
                "zip",
              ],
              "required": [
                "street",
              ],
              "title": "Address",
              "type": "OBJECT",
            },
            "age": {
              "default": null,
              "nullable": true,
              "title": "Age",
              "type": "INTEGER",
            },
            "name": {
              "description": "Full name",
              "title": "Name",
              "type": "STRING",
            },
            "tier": {
              "default": "free",
              "enum": [
                "free",
                "pro",
              ],
              "title": "Tier",
              "type": "STRING",
            },
          },
          "propertyOrdering": [
            "name",
            "age",
            "address",
            "tier",
          ],
          "required": [
            "name",
            "address",
          ],
          "title": "Customer",
          "type": "OBJECT",
        },
        "warnings": [],
      }
    `);
  });

  it("Pydantic v2 model on Vertex keeps the definition as ref/defs", () => {
    expect(jsonSchemaToGeminiSchema(pydanticCustomer, { dialect: "vertex" }).value).toMatchInlineSnapshot(`
      {
        "defs": {
          "Address": {
            "properties": {
              "street": {
                "title": "Street",
                "type": "STRING",
              },
              "zip": {
                "default": null,
                "nullable": true,
                "title": "Zip",
                "type": "STRING",
              },
            },
            "propertyOrdering": [
              "street",
              "zip",
            ],
            "required": [
              "street",
            ],
            "title": "Address",
            "type": "OBJECT",
          },
        },
        "properties": {
          "address": {
            "ref": "#/defs/Address",
          },
          "age": {
            "default": null,
            "nullable": true,
            "title": "Age",
            "type": "INTEGER",
          },
          "name": {
            "description": "Full name",
            "title": "Name",
            "type": "STRING",
          },
          "tier": {
            "default": "free",
            "enum": [
              "free",
              "pro",
            ],
            "title": "Tier",
            "type": "STRING",
          },
        },
        "propertyOrdering": [
          "name",
          "age",
          "address",
          "tier",
        ],
        "required": [
          "name",
          "address",
        ],
        "title": "Customer",
        "type": "OBJECT",
      }
    `);
  });

  it("OpenAI strict-mode schema", () => {
    expect(jsonSchemaToGeminiSchema(openaiStrictEvent)).toMatchInlineSnapshot(`
      {
        "value": {
          "properties": {
            "attendees": {
              "items": {
                "properties": {
                  "email": {
                    "nullable": true,
                    "type": "STRING",
                  },
                  "name": {
                    "type": "STRING",
                  },
                },
                "propertyOrdering": [
                  "name",
                  "email",
                ],
                "required": [
                  "name",
                  "email",
                ],
                "type": "OBJECT",
              },
              "type": "ARRAY",
            },
            "date": {
              "description": "ISO date",
              "type": "STRING",
            },
            "location": {
              "nullable": true,
              "type": "STRING",
            },
            "title": {
              "type": "STRING",
            },
          },
          "propertyOrdering": [
            "title",
            "date",
            "attendees",
            "location",
          ],
          "required": [
            "title",
            "date",
            "attendees",
            "location",
          ],
          "type": "OBJECT",
        },
        "warnings": [
          {
            "code": "dropped",
            "message": "\`additionalProperties\` dropped: the Gemini API's Schema has no such field (use target "json-schema" to keep it).",
            "path": "properties.attendees.items.additionalProperties",
          },
          {
            "code": "dropped",
            "message": "\`additionalProperties\` dropped: the Gemini API's Schema has no such field (use target "json-schema" to keep it).",
            "path": "additionalProperties",
          },
        ],
      }
    `);
  });

  it("zod 4 output (z.toJSONSchema of a realistic schema)", () => {
    const order = z.object({
      id: z.uuid(),
      items: z.array(z.object({ sku: z.string().min(3), quantity: z.number().int().positive() })).min(1),
      status: z.enum(["pending", "shipped"]),
      note: z.string().nullable().optional(),
    });
    expect(jsonSchemaToGeminiSchema(z.toJSONSchema(order))).toMatchInlineSnapshot(`
      {
        "value": {
          "properties": {
            "id": {
              "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$",
              "type": "STRING",
            },
            "items": {
              "items": {
                "properties": {
                  "quantity": {
                    "maximum": 9007199254740991,
                    "minimum": 1,
                    "type": "INTEGER",
                  },
                  "sku": {
                    "minLength": "3",
                    "type": "STRING",
                  },
                },
                "propertyOrdering": [
                  "sku",
                  "quantity",
                ],
                "required": [
                  "sku",
                  "quantity",
                ],
                "type": "OBJECT",
              },
              "minItems": "1",
              "type": "ARRAY",
            },
            "note": {
              "nullable": true,
              "type": "STRING",
            },
            "status": {
              "enum": [
                "pending",
                "shipped",
              ],
              "type": "STRING",
            },
          },
          "propertyOrdering": [
            "id",
            "items",
            "status",
            "note",
          ],
          "required": [
            "id",
            "items",
            "status",
          ],
          "type": "OBJECT",
        },
        "warnings": [
          {
            "code": "dropped",
            "message": "\`$schema\` dropped: meta-schema declaration; Gemini's Schema has no such field.",
            "path": "$schema",
          },
          {
            "code": "dropped",
            "message": "\`format\` "uuid" dropped: Gemini's Schema supports enum, date-time for string.",
            "path": "properties.id.format",
          },
          {
            "code": "dropped",
            "message": "\`additionalProperties\` dropped: the Gemini API's Schema has no such field (use target "json-schema" to keep it).",
            "path": "properties.items.items.additionalProperties",
          },
          {
            "code": "dropped",
            "message": "\`additionalProperties\` dropped: the Gemini API's Schema has no such field (use target "json-schema" to keep it).",
            "path": "additionalProperties",
          },
        ],
      }
    `);
  });

  it("MCP filesystem read_text_file", () => {
    expect(jsonSchemaToGeminiSchema(mcpFilesystemRead)).toMatchInlineSnapshot(`
      {
        "value": {
          "properties": {
            "head": {
              "description": "If provided, returns only the first N lines of the file",
              "type": "NUMBER",
            },
            "path": {
              "type": "STRING",
            },
            "tail": {
              "description": "If provided, returns only the last N lines of the file",
              "type": "NUMBER",
            },
          },
          "propertyOrdering": [
            "path",
            "tail",
            "head",
          ],
          "required": [
            "path",
          ],
          "type": "OBJECT",
        },
        "warnings": [
          {
            "code": "dropped",
            "message": "\`$schema\` dropped: meta-schema declaration; Gemini's Schema has no such field.",
            "path": "$schema",
          },
          {
            "code": "dropped",
            "message": "\`additionalProperties\` dropped: the Gemini API's Schema has no such field (use target "json-schema" to keep it).",
            "path": "additionalProperties",
          },
        ],
      }
    `);
  });

  it("MCP GitHub create_issue", () => {
    expect(jsonSchemaToGeminiSchema(mcpGithubCreateIssue)).toMatchInlineSnapshot(`
      {
        "value": {
          "properties": {
            "assignees": {
              "description": "Usernames to assign to this issue",
              "items": {
                "type": "STRING",
              },
              "type": "ARRAY",
            },
            "body": {
              "description": "Issue body content",
              "type": "STRING",
            },
            "labels": {
              "description": "Labels to apply to this issue",
              "items": {
                "type": "STRING",
              },
              "type": "ARRAY",
            },
            "milestone": {
              "description": "Milestone number",
              "type": "NUMBER",
            },
            "owner": {
              "description": "Repository owner",
              "type": "STRING",
            },
            "repo": {
              "description": "Repository name",
              "type": "STRING",
            },
            "title": {
              "description": "Issue title",
              "type": "STRING",
            },
          },
          "propertyOrdering": [
            "owner",
            "repo",
            "title",
            "body",
            "assignees",
            "labels",
            "milestone",
          ],
          "required": [
            "owner",
            "repo",
            "title",
          ],
          "type": "OBJECT",
        },
        "warnings": [],
      }
    `);
  });

  it("MCP fetch", () => {
    expect(jsonSchemaToGeminiSchema(mcpFetch, { dialect: "vertex" })).toMatchInlineSnapshot(`
      {
        "value": {
          "description": "Parameters for fetching a URL.",
          "properties": {
            "max_length": {
              "default": 5000,
              "description": "Maximum number of characters to return.",
              "maximum": 999999,
              "minimum": 1,
              "title": "Max Length",
              "type": "INTEGER",
            },
            "raw": {
              "default": false,
              "description": "Get the actual HTML content of the requested page, without simplification.",
              "title": "Raw",
              "type": "BOOLEAN",
            },
            "start_index": {
              "default": 0,
              "description": "On return output starting at this character index.",
              "minimum": 0,
              "title": "Start Index",
              "type": "INTEGER",
            },
            "url": {
              "description": "URL to fetch",
              "format": "uri",
              "minLength": "1",
              "title": "Url",
              "type": "STRING",
            },
          },
          "propertyOrdering": [
            "url",
            "max_length",
            "start_index",
            "raw",
          ],
          "required": [
            "url",
          ],
          "title": "Fetch",
          "type": "OBJECT",
        },
        "warnings": [],
      }
    `);
  });
});

export { mcpFetch, mcpFilesystemRead, mcpGithubCreateIssue, openaiStrictEvent, pydanticCustomer };
