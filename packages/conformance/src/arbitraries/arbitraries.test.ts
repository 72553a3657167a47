import {
  parseGeminiChunk,
  parseGeminiRequest,
  parseGeminiResponse,
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
} from "@gembridge/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type OfficialKind, validateOfficial, geminiRequestArbitrary, geminiResponseArbitrary, geminiSseArbitrary, geminiStreamArbitrary, openAIChatRequestArbitrary, openAIChatCompletionArbitrary, openAIChunkStreamArbitrary } from "@gembridge/testkit";

function expectOfficial(kind: OfficialKind, payload: unknown, dialect: "gemini" | "vertex" = "gemini") {
  const { errors } = validateOfficial(kind, payload, { dialect });
  if (errors.length > 0) throw new Error(`${kind} (${dialect}) invalid: ${errors.join("; ")}\n${JSON.stringify(payload).slice(0, 2000)}`);
}

describe("arbitraries produce valid input (our parse functions and the official schemas, non-strict)", () => {
  it("OpenAI chat requests", () => {
    fc.assert(
      fc.property(openAIChatRequestArbitrary(), (request) => {
        parseOpenAIChatRequest(request);
        expectOfficial("openai-request", request);
      }),
    );
  });

  it("OpenAI chat completions", () => {
    fc.assert(
      fc.property(openAIChatCompletionArbitrary, (completion) => {
        parseOpenAIChatCompletion(completion);
        expectOfficial("openai-response", completion);
      }),
    );
  });

  it("OpenAI chunk streams", () => {
    fc.assert(
      fc.property(openAIChunkStreamArbitrary, (chunks) => {
        for (const chunk of chunks) {
          parseOpenAIChatCompletionChunk(chunk);
          expectOfficial("openai-chunk", chunk);
        }
      }),
    );
  });

  for (const dialect of ["gemini", "vertex"] as const) {
    it(`Gemini requests (${dialect})`, () => {
      fc.assert(
        fc.property(geminiRequestArbitrary({ dialect }), (request) => {
          parseGeminiRequest(request);
          expectOfficial("gemini-request", request, dialect);
        }),
      );
    });

    it(`Gemini responses (${dialect})`, () => {
      fc.assert(
        fc.property(geminiResponseArbitrary({ dialect }), (response) => {
          parseGeminiResponse(response);
          expectOfficial("gemini-response", response, dialect);
        }),
      );
    });

    it(`Gemini streams and SSE bodies (${dialect})`, () => {
      fc.assert(
        fc.property(geminiStreamArbitrary({ dialect }), (chunks) => {
          for (const chunk of chunks) {
            parseGeminiChunk(chunk);
            expectOfficial("gemini-chunk", chunk, dialect);
          }
        }),
      );
      fc.assert(
        fc.property(geminiSseArbitrary({ dialect }), ({ chunks, pieces }) => {
          const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
          let offset = 0;
          for (const p of pieces) {
            joined.set(p, offset);
            offset += p.length;
          }
          const text = new TextDecoder().decode(joined);
          const payloads = text.split(/\r?\n\r?\n/).filter((e) => e !== "").map((e) => JSON.parse(e.slice("data: ".length)) as unknown);
          expect(payloads).toEqual(chunks);
        }),
        { numRuns: 30 },
      );
    });
  }

  it("cover every part kind and option (coverage of generated keys)", () => {
    const seen = new Set<string>();
    const walk = (value: unknown, prefix: string) => {
      if (Array.isArray(value)) for (const item of value) walk(item, prefix);
      else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) {
        seen.add(`${prefix}${k}`);
        if (!["args", "response", "parameters", "schema", "responseSchema", "properties"].includes(k)) walk(v, `${prefix}${k}.`);
      }
    };
    fc.assert(fc.property(openAIChatRequestArbitrary(), (r) => walk(r, "")), { numRuns: 300 });
    for (const key of ["messages.tool_calls.custom.input", "messages.content.input_audio.format", "messages.content.file.file_data", "messages.function_call.name", "messages.extra_content.google.thought_signature", "extra_body.google.thinking_config", "tool_choice.allowed_tools.mode", "response_format.json_schema.schema", "prediction.content", "web_search_options.search_context_size", "audio.voice"]) {
      expect(seen, key).toContain(key);
    }
    seen.clear();
    fc.assert(fc.property(geminiRequestArbitrary({ dialect: "vertex" }), (r) => walk(r, "")), { numRuns: 300 });
    for (const key of ["contents.parts.functionResponse.parts", "contents.parts.videoMetadata.fps", "contents.parts.executableCode.code", "contents.parts.thoughtSignature", "contents.parts.inlineData.displayName", "generationConfig.thinkingConfig.thinkingLevel", "tools.googleSearch", "toolConfig.functionCallingConfig.streamFunctionCallArguments", "labels"]) {
      expect(seen, key).toContain(key);
    }
    seen.clear();
    fc.assert(fc.property(geminiStreamArbitrary({ dialect: "vertex" }), (r) => walk(r, "")), { numRuns: 300 });
    for (const key of ["candidates.content.parts.functionCall.partialArgs.stringValue", "candidates.content.parts.functionCall.partialArgs.nullValue", "candidates.groundingMetadata.groundingSupports.segment.endIndex", "candidates.content.parts.thoughtSignature"]) {
      expect(seen, key).toContain(key);
    }
  });
});

describe("error arbitraries", () => {
  it("Gemini and OpenAI error bodies validate (parse functions and official schemas)", async () => {
    const { parseGeminiError, parseOpenAIError } = await import("@gembridge/core");
    const { geminiErrorArbitrary, openAIErrorArbitrary } = await import("@gembridge/testkit");
    fc.assert(
      fc.property(geminiErrorArbitrary, ({ body }) => {
        const unwrapped = parseGeminiError(body);
        expectOfficial("gemini-error", Array.isArray(body) ? body[0] : body);
        expectOfficial("gemini-error", Array.isArray(body) ? body[0] : body, "vertex");
        expect(unwrapped).toBeDefined();
      }),
    );
    fc.assert(
      fc.property(openAIErrorArbitrary, ({ body }) => {
        parseOpenAIError(body);
        expectOfficial("openai-error", body);
      }),
    );
  });
});
