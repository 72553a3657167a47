// Valid Gemini / Vertex `GenerateContentRequest` bodies (every part kind and option both dialects define).
import fc from "fast-check";
import { base64Arbitrary, functionNameArbitrary, jsonObjectArbitrary, type JsonObject, partialRecord, textArbitrary, thoughtSignatureArbitrary } from "./primitives";

type Json = Record<string, unknown>;
export type GeminiDialect = "gemini" | "vertex";

const mime = fc.constantFrom("image/png", "image/jpeg", "audio/wav", "video/mp4", "application/pdf", "text/plain");
const signed = (part: fc.Arbitrary<Json>, freq = 3): fc.Arbitrary<Json> =>
  fc.tuple(part, fc.option(thoughtSignatureArbitrary, { freq, nil: undefined })).map(([p, s]) => (s === undefined ? p : { ...p, thoughtSignature: s }));

/** Multimodal parts: inline bytes, file URIs (with video clipping now and then). */
export const geminiMediaPartArbitrary = (dialect: GeminiDialect): fc.Arbitrary<Json> =>
  fc.oneof(
    fc.record({ inlineData: fc.record({ mimeType: mime, data: base64Arbitrary(1, 96) }) }),
    fc.record({
      fileData: fc.record({ mimeType: mime, fileUri: fc.constantFrom("gs://bucket/cat.png", "https://generativelanguage.googleapis.com/v1beta/files/abc", "https://www.youtube.com/watch?v=dQw4w9WgXcQ") }),
    }),
    fc.record({
      fileData: fc.record({ mimeType: fc.constant("video/mp4"), fileUri: fc.constant("gs://bucket/clip.mp4") }),
      videoMetadata: partialRecord({ startOffset: fc.constantFrom("0s", "1.5s"), endOffset: fc.constantFrom("10s", "12.250s"), fps: fc.constantFrom(1, 0.5, 24) }),
    }),
    ...(dialect === "vertex" ? [fc.record({ inlineData: fc.record({ mimeType: mime, data: base64Arbitrary(1, 32), displayName: fc.constant("photo.png") }) })] : []),
  );

const userPart = (dialect: GeminiDialect) => fc.oneof({ weight: 3, arbitrary: fc.record({ text: textArbitrary }) }, { weight: 2, arbitrary: geminiMediaPartArbitrary(dialect) });
const modelPart = fc.oneof(
  { weight: 3, arbitrary: signed(fc.record({ text: textArbitrary })) },
  { weight: 1, arbitrary: signed(fc.record({ text: textArbitrary, thought: fc.constant(true) }), 1) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("print(1+1)", "import math\nprint(math.pi)"), fc.constantFrom("2\n", "3.14159\n")).map(([code, output]) => [
      { executableCode: { language: "PYTHON", code } },
      { codeExecutionResult: { outcome: "OUTCOME_OK", output } },
    ]),
  },
);

/** A model turn with parallel calls (first one signed, as Gemini 3 does), then the user turn with the responses. */
const functionExchange = (turn: number) =>
  fc
    .tuple(
      fc.array(fc.tuple(functionNameArbitrary, jsonObjectArbitrary, jsonObjectArbitrary), { minLength: 1, maxLength: 4 }),
      thoughtSignatureArbitrary,
      fc.boolean(),
      fc.option(base64Arbitrary(1, 24), { freq: 4, nil: undefined }),
    )
    .map(([calls, signature, withIds, image]) => {
      const id = (k: number) => (withIds ? { id: `fc_${turn}_${k}` } : {});
      const modelParts = calls.map(([name, args], k) => ({ functionCall: { ...id(k), name, args }, ...(k === 0 ? { thoughtSignature: signature } : {}) }));
      const responses = calls.map(([name, , response], k) => ({
        functionResponse: {
          ...id(k),
          name,
          response,
          ...(image !== undefined && k === 0 ? { parts: [{ inlineData: { mimeType: "image/png", data: image } }] } : {}),
        },
      }));
      return [
        { role: "model", parts: modelParts },
        { role: "user", parts: responses },
      ];
    });

/** Gemini `Schema` objects (OpenAPI subset, upper-case types). The GA proto requires `type`, so `anyOf` is Vertex-only. */
export const geminiSchemaArbitrary = (dialect: GeminiDialect = "gemini"): fc.Arbitrary<JsonObject> => fc.letrec<{ schema: JsonObject }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<JsonObject>(
      { type: "STRING" },
      { type: "STRING", enum: ["a", "b"], format: "enum" },
      { type: "STRING", format: "date-time", nullable: true },
      { type: "INTEGER", minimum: 0, maximum: 10 },
      { type: "NUMBER", description: "a number" },
      { type: "BOOLEAN" },
    ),
    fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), tie("schema"), { maxKeys: 4 }).map((properties) => ({
      type: "OBJECT",
      properties,
      required: Object.keys(properties).slice(0, 1),
      propertyOrdering: Object.keys(properties),
    })),
    tie("schema").map((items) => ({ type: "ARRAY", items, minItems: "0", maxItems: "5" })),
    ...(dialect === "vertex" ? [fc.tuple(tie("schema"), tie("schema")).map(([a, b]) => ({ anyOf: [a, b] }))] : []),
  ),
})).schema;

const objectSchema = (dialect: GeminiDialect) => geminiSchemaArbitrary(dialect).map((s) => (s.type === "OBJECT" ? s : { type: "OBJECT", properties: { value: s } }));

const functionDeclaration = (dialect: GeminiDialect) => fc.oneof(
  fc.record({ name: functionNameArbitrary, description: textArbitrary, parameters: objectSchema(dialect) }, { requiredKeys: ["name", "description"] }), // the GA proto marks description REQUIRED
  fc.record({
    name: functionNameArbitrary,
    description: textArbitrary,
    parametersJsonSchema: fc.constantFrom({ type: "object", properties: { q: { type: "string" } }, required: ["q"] }, { type: "object", additionalProperties: false }),
  }),
);

const tools = (dialect: GeminiDialect) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.array(functionDeclaration(dialect), { minLength: 1, maxLength: 3 }).map((functionDeclarations) => ({ functionDeclarations })) },
      { weight: 1, arbitrary: fc.constantFrom<Json>({ googleSearch: {} }, { codeExecution: {} }, { urlContext: {} }, { googleMaps: {} }) },
      ...(dialect === "vertex" ? [{ weight: 1, arbitrary: fc.constantFrom<Json>({ enterpriseWebSearch: {} }) }] : []),
    ),
    { minLength: 1, maxLength: 3 },
  );

const generationConfig = (dialect: GeminiDialect) =>
  partialRecord({
    candidateCount: fc.integer({ min: 1, max: 4 }),
    stopSequences: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 5 }),
    maxOutputTokens: fc.integer({ min: 1, max: 65536 }),
    temperature: fc.double({ min: 0, max: 2, noNaN: true }),
    topP: fc.double({ min: 0, max: 1, noNaN: true }),
    topK: fc.integer({ min: 1, max: 64 }),
    seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    presencePenalty: fc.double({ min: -2, max: 2, noNaN: true }),
    frequencyPenalty: fc.double({ min: -2, max: 2, noNaN: true }),
    responseLogprobs: fc.boolean(),
    logprobs: fc.integer({ min: 0, max: 20 }),
    responseMimeType: fc.constantFrom("text/plain", "application/json", "text/x.enum"),
    responseSchema: objectSchema(dialect),
    responseModalities: fc.constantFrom(["TEXT"], ["TEXT", "IMAGE"], ["AUDIO"]),
    speechConfig: fc.constantFrom({ voiceConfig: { prebuiltVoiceConfig: { voiceName: "Kore" } } }, { languageCode: "en-US" }),
    thinkingConfig: fc.oneof(
      fc.record({ includeThoughts: fc.boolean(), thinkingBudget: fc.integer({ min: -1, max: 24576 }) }, { requiredKeys: [] }),
      fc.record({ includeThoughts: fc.boolean(), thinkingLevel: fc.constantFrom("LOW", "HIGH") }, { requiredKeys: [] }),
    ),
    imageConfig: fc.record({ aspectRatio: fc.constantFrom("1:1", "16:9") }),
    mediaResolution: fc.constantFrom("MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"),
    ...(dialect === "vertex" ? { audioTimestamp: fc.boolean() } : {}),
  });

export interface GeminiRequestArbitraryOptions {
  /** Which API's fields to use. Default "gemini" (v1beta); "vertex" adds Vertex-only fields (labels, displayName, …). */
  readonly dialect?: GeminiDialect;
  /** Maximum turns after the first user turn. Default 5. */
  readonly maxTurns?: number;
}

/**
 * Valid `GenerateContentRequest` bodies: user/model turns with text, thought parts, inline and file media, video
 * metadata, code execution, parallel function calls (with thought signatures and optional ids) answered by function
 * responses (some multimodal), a system instruction, function and built-in tools, tool config, safety settings,
 * generation config (schema output, thinking, speech, image, media resolution). Each passes `parseGeminiRequest` and
 * the official request schema of the dialect (non-strict).
 */
export function geminiRequestArbitrary(settings: GeminiRequestArbitraryOptions = {}): fc.Arbitrary<Json> {
  const dialect = settings.dialect ?? "gemini";
  const userTurn = fc.array(userPart(dialect), { minLength: 1, maxLength: 3 }).map((parts) => [{ role: "user", parts }]);
  const modelTurn = fc.array(modelPart, { minLength: 1, maxLength: 3 }).map((parts) => [{ role: "model", parts: parts.flat() }]);
  const turns = fc.array(fc.nat({ max: 2 }), { maxLength: settings.maxTurns ?? 5 }).chain((kinds) =>
    fc.tuple(...kinds.map((kind, turn) => (kind === 0 ? userTurn : kind === 1 ? modelTurn : functionExchange(turn)))),
  );
  return fc
    .record({
      first: userTurn,
      turns,
      optional: partialRecord({
        systemInstruction: fc.array(fc.record({ text: textArbitrary }), { minLength: 1, maxLength: 2 }).map((parts) => ({ parts })),
        tools: tools(dialect),
        toolConfig: fc.record({
          functionCallingConfig: fc.oneof(
            fc.record({ mode: fc.constantFrom("AUTO", "NONE", "VALIDATED") }),
            fc.record({ mode: fc.constant("ANY"), allowedFunctionNames: fc.array(functionNameArbitrary, { maxLength: 2 }) }),
            ...(dialect === "vertex" ? [fc.record({ mode: fc.constant("AUTO"), streamFunctionCallArguments: fc.constant(true) })] : []),
          ),
        }),
        safetySettings: fc.array(
          fc.record({ category: fc.constantFrom("HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_DANGEROUS_CONTENT"), threshold: fc.constantFrom("BLOCK_NONE", "BLOCK_ONLY_HIGH", "BLOCK_MEDIUM_AND_ABOVE", "OFF") }),
          { maxLength: 3 },
        ),
        generationConfig: generationConfig(dialect),
        cachedContent: fc.constant(dialect === "vertex" ? "projects/p/locations/us-central1/cachedContents/123" : "cachedContents/abc"),
        ...(dialect === "vertex" ? { labels: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), fc.stringMatching(/^[a-z0-9_-]{0,10}$/), { maxKeys: 3 }) } : {}),
      }),
    })
    .map(({ first, turns, optional }) => ({ contents: [...first, ...turns.flat()], ...optional }));
}
