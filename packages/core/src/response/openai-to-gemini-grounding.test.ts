import { join } from "node:path";
import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { GeminiGenerateContentResponse, GeminiGroundingMetadata } from "../wire/gemini";
import type { OpenAIAnnotation, OpenAIChatCompletion } from "../wire/openai";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import { mapGroundingAnnotations } from "./map-grounding-annotations";
import { annotationsToGroundingMetadata, codePointIndexToUtf8 } from "./openai-to-gemini-grounding";
import { openaiToGeminiResponse } from "./openai-to-gemini-response";
import { RECORDED, readJson } from "../../test/helpers/response-test-helpers";

const cite = (start: number, end: number, url: string, title: string): OpenAIAnnotation => ({
  type: "url_citation",
  url_citation: { start_index: start, end_index: end, url, title },
});

/** The forward mapping over one visible text part holding all of `content`. */
const forward = (grounding: GeminiGroundingMetadata, content: string) =>
  mapGroundingAnnotations({ grounding }, content, [{ partIndex: 0, contentStart: 0, text: content }], "candidates[0]").annotations;

describe("annotationsToGroundingMetadata", () => {
  it("counts code points in, UTF-8 bytes out, one chunk per source and one support per range", () => {
    const content = "Olá 🌍! Rain later.";
    const warnings: never[] = [];
    const grounding = annotationsToGroundingMetadata(
      content,
      [cite(0, 6, "https://a.test/x", "A"), cite(0, 6, "https://b.test/", "B"), cite(7, 18, "https://a.test/x", "A")],
      "choices[0].message.annotations",
      warnings,
    );
    expect(grounding).toEqual({
      groundingChunks: [{ web: { uri: "https://a.test/x", title: "A" } }, { web: { uri: "https://b.test/", title: "B" } }],
      groundingSupports: [
        // "Olá 🌍!" = O l á(2) space 🌍(4) ! → 10 bytes; "Rain later." starts after the space at byte 11.
        { segment: { endIndex: 10, text: "Olá 🌍!" }, groundingChunkIndices: [0, 1] },
        { segment: { startIndex: 11, endIndex: 22, text: "Rain later." }, groundingChunkIndices: [0] },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it("clamps a range outside the content, with a warning", () => {
    const warnings: { path: string; code: string; message: string }[] = [];
    const grounding = annotationsToGroundingMetadata("abc", [cite(1, 9, "https://a.test/", "A")], "annotations", warnings);
    expect(grounding?.groundingSupports).toEqual([{ segment: { startIndex: 1, endIndex: 3, text: "bc" }, groundingChunkIndices: [0] }]);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["annotations[0].url_citation approximated"]);
  });

  it("converts offsets exactly as the forward byte→UTF-16 reader expects", () => {
    const toBytes = codePointIndexToUtf8("a€𝄞b");
    expect([0, 1, 2, 3, 4, 9].map(toBytes)).toEqual([0, 1, 4, 8, 9, 9]);
  });
});

const content = fc.string({ unit: fc.constantFrom("a", " ", "é", "€", "🌍", "z", "\n"), minLength: 1, maxLength: 30 });
const source = fc.record({ url: fc.webUrl({ validSchemes: ["https"] }).map((url) => `${url}/`.replace(/[^\x21-\x7e]/g, "")), title: fc.string({ minLength: 1, maxLength: 8 }) });

describe("annotations ⇄ groundingMetadata are inverses", () => {
  prop.prop([
    content.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat(Array.from(text).length), fc.nat(Array.from(text).length), source), { maxLength: 5 }),
      ),
    ),
  ])("OpenAI → Gemini → OpenAI keeps every annotation", ([text, raw]) => {
    const annotations = raw.map(([a, b, s]) => cite(Math.min(a, b), Math.max(a, b), s.url, s.title));
    const grounding = annotationsToGroundingMetadata(text, annotations, "annotations", []);
    if (annotations.length === 0) expect(grounding).toBeUndefined();
    else expect(forward(grounding as GeminiGroundingMetadata, text)).toEqual(annotations);
  });

  prop.prop([
    content.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.uniqueArray(source, { selector: (s) => `${s.url} ${s.title}`, minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(Array.from(text).length), fc.nat(Array.from(text).length), fc.uniqueArray(fc.nat(2), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }),
      ),
    ),
  ])("Gemini → OpenAI → Gemini keeps chunks and supports (canonical form: chunks in first-use order)", ([text, sources, ranges]) => {
    const chars = Array.from(text);
    const toBytes = codePointIndexToUtf8(text);
    const supports = ranges
      .map(([a, b, cited]) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const segment = { ...(toBytes(start) === 0 ? {} : { startIndex: toBytes(start) }), endIndex: toBytes(end), text: chars.slice(start, end).join("") };
        return { segment, groundingChunkIndices: [...new Set(cited.map((k) => k % sources.length))] };
      })
      // Canonical form: consecutive supports over one range are one support (that is how they come back).
      .filter((support, i, all) => i === 0 || JSON.stringify(support.segment) !== JSON.stringify(all[i - 1]?.segment));
    const used = [...new Set(supports.flatMap((support) => support.groundingChunkIndices))];
    const grounding: GeminiGroundingMetadata = {
      groundingChunks: used.map((k) => ({ web: { uri: sources[k]?.url ?? "", title: sources[k]?.title ?? "" } })),
      groundingSupports: supports.map((support) => ({ ...support, groundingChunkIndices: support.groundingChunkIndices.map((k) => used.indexOf(k)) })),
    };
    expect(annotationsToGroundingMetadata(text, forward(grounding, text), "annotations", [])).toEqual(grounding);
  });
});

describe("openaiToGeminiResponse grounding", () => {
  it("turns annotations into groundingMetadata on the candidate; the response validates strictly", () => {
    const completion: OpenAIChatCompletion = {
      id: "c1",
      object: "chat.completion",
      created: 0,
      model: "gpt-4o",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Sunny today.", refusal: null, annotations: [cite(0, 12, "https://w.test/sf", "Weather")] },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
    };
    const { value, warnings } = openaiToGeminiResponse(completion);
    expect(value).toEqual({
      candidates: [
        {
          index: 0,
          content: { role: "model", parts: [{ text: "Sunny today." }] },
          finishReason: "STOP",
          groundingMetadata: {
            groundingChunks: [{ web: { uri: "https://w.test/sf", title: "Weather" } }],
            groundingSupports: [{ segment: { endIndex: 12, text: "Sunny today." }, groundingChunkIndices: [0] }],
          },
        },
      ],
      modelVersion: "gpt-4o",
      responseId: "c1",
    });
    expect(warnings).toEqual([]);
    expect(validateOfficial("gemini-response", value, { strict: true }).errors).toEqual([]);
  });

  it("recorded Google Search response: Gemini → OpenAI → Gemini keeps groundingMetadata exactly (raw wins)", () => {
    const native = readJson(join(RECORDED, "gemini-native/pai-gemini25-pro-google-search.json")) as GeminiGenerateContentResponse;
    const openai = geminiToOpenAIResponse(native, { includeThoughts: true }).value;
    expect((openai.choices[0]?.message.annotations ?? []).length).toBeGreaterThan(0);
    const back = openaiToGeminiResponse(openai).value;
    expect(back.candidates?.[0]?.groundingMetadata).toEqual(native.candidates?.[0]?.groundingMetadata);
    // Without the raw copy (a generic backend), the annotations alone rebuild chunks and supports.
    const message = openai.choices[0]?.message;
    const stripped = { ...openai, choices: [{ ...openai.choices[0], message: { ...message, extra_content: undefined } }] } as OpenAIChatCompletion;
    const rebuilt = openaiToGeminiResponse(stripped).value.candidates?.[0]?.groundingMetadata;
    expect(forward(rebuilt as GeminiGroundingMetadata, message?.content ?? "")).toEqual(message?.annotations);
  });
});
