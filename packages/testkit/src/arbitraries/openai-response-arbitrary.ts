// Valid OpenAI `chat.completion` objects and `chat.completion.chunk` streams (what an OpenAI-compatible upstream sends).
import fc from "fast-check";
import { functionNameArbitrary, jsonObjectArbitrary, partialRecord, textArbitrary, thoughtSignatureArbitrary, tokenCountArbitrary } from "./primitives";

type Json = Record<string, unknown>;

const FINISH_REASONS = ["stop", "length", "tool_calls", "content_filter"] as const;

/** `usage` with consistent totals and the optional detail blocks. */
export const openAIUsageArbitrary: fc.Arbitrary<Json> = fc
  .record({
    prompt: tokenCountArbitrary,
    completion: tokenCountArbitrary,
    reasoning: fc.option(tokenCountArbitrary, { nil: undefined }),
    cached: fc.option(tokenCountArbitrary, { nil: undefined }),
  })
  .map(({ prompt, completion, reasoning, cached }) => ({
    prompt_tokens: prompt,
    completion_tokens: completion + (reasoning ?? 0),
    total_tokens: prompt + completion + (reasoning ?? 0),
    ...(cached === undefined ? {} : { prompt_tokens_details: { cached_tokens: Math.min(cached, prompt) } }),
    ...(reasoning === undefined ? {} : { completion_tokens_details: { reasoning_tokens: reasoning } }),
  }));

const tokenLogprob = fc
  .tuple(fc.string({ maxLength: 6 }), fc.double({ max: 0, noNaN: true, noDefaultInfinity: true }), fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.double({ max: 0, noNaN: true, noDefaultInfinity: true })), { maxLength: 3 }))
  .map(([token, logprob, top]) => ({
    token,
    logprob,
    bytes: [...new TextEncoder().encode(token)],
    top_logprobs: top.map(([t, l]) => ({ token: t, logprob: l, bytes: [...new TextEncoder().encode(t)] })),
  }));
export const openAILogprobsArbitrary: fc.Arbitrary<Json> = fc.array(tokenLogprob, { maxLength: 4 }).map((content) => ({ content, refusal: null }));

const toolCall = (id: string) =>
  fc
    .tuple(functionNameArbitrary, jsonObjectArbitrary, fc.option(thoughtSignatureArbitrary, { freq: 2, nil: undefined }))
    .map(([name, args, signature]) => ({
      id,
      type: "function",
      function: { name, arguments: JSON.stringify(args) },
      ...(signature === undefined ? {} : { extra_content: { google: { thought_signature: signature } } }),
    }));

const annotation = fc
  .tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 }), fc.webUrl(), fc.string({ maxLength: 12 }))
  .map(([a, b, url, title]) => ({ type: "url_citation", url_citation: { start_index: Math.min(a, b), end_index: Math.max(a, b), url, title } }));

const message = fc
  .record({
    content: fc.option(textArbitrary, { nil: null }),
    calls: fc.nat({ max: 5 }),
    reasoning: fc.option(textArbitrary, { nil: undefined }),
    annotations: fc.option(fc.array(annotation, { maxLength: 2 }), { nil: undefined }),
    signature: fc.option(thoughtSignatureArbitrary, { freq: 3, nil: undefined }),
  })
  .chain(({ content, calls, reasoning, annotations, signature }) =>
    fc.tuple(...Array.from({ length: calls }, (_, k) => toolCall(`call_${k}`))).map((toolCalls) => ({
      role: "assistant",
      content,
      refusal: null,
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      ...(reasoning === undefined ? {} : { reasoning_content: reasoning }),
      ...(annotations === undefined ? {} : { annotations }),
      ...(signature === undefined ? {} : { extra_content: { google: { thought_signature: signature } } }),
    })),
  );

/**
 * Valid `chat.completion` objects: 1–3 choices; text, null content, parallel tool calls (with Google's thought
 * signatures in `extra_content`), reasoning text, url citations, logprobs, usage with details. Each passes
 * `parseOpenAIChatCompletion` and OpenAI's `CreateChatCompletionResponse` schema (non-strict).
 */
export const openAIChatCompletionArbitrary: fc.Arbitrary<Json> = fc
  .record({
    id: fc.stringMatching(/^chatcmpl-[A-Za-z0-9]{4,20}$/),
    created: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
    model: fc.constantFrom("gpt-4o", "gemini-2.5-flash", "deepseek-chat"),
    choices: fc.array(fc.tuple(message, fc.constantFrom(...FINISH_REASONS), fc.option(openAILogprobsArbitrary, { nil: null })), { minLength: 1, maxLength: 3 }),
    usage: fc.option(openAIUsageArbitrary, { nil: undefined }),
    extras: partialRecord({ system_fingerprint: fc.constant("fp_123"), service_tier: fc.constantFrom("default", "auto") }),
  })
  .map(({ id, created, model, choices, usage, extras }) => ({
    id,
    object: "chat.completion",
    created,
    model,
    choices: choices.map(([m, reason, logprobs], index) => ({
      index,
      message: m,
      finish_reason: m.tool_calls !== undefined && reason === "stop" ? "tool_calls" : reason,
      logprobs,
    })),
    ...(usage === undefined ? {} : { usage }),
    ...extras,
  }));

/** Splits `text` at fractional cut points into 1+ pieces (an empty text gives one empty piece). */
function pieces(text: string, cuts: readonly number[]): string[] {
  const chars = [...text]; // never split a surrogate pair
  const positions = [...new Set(cuts.map((c) => Math.floor(c * chars.length)))].filter((p) => p > 0 && p < chars.length).sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const p of positions) {
    out.push(chars.slice(start, p).join(""));
    start = p;
  }
  out.push(chars.slice(start).join(""));
  return out;
}

const cutsArbitrary = fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 4 });

/**
 * Valid `chat.completion.chunk` streams as an OpenAI-compatible server sends them: a role chunk, content and
 * `reasoning_content` deltas, parallel tool calls whose `arguments` arrive in pieces (by `index`, id and name on
 * the first fragment; fragments of different calls may interleave), a finish chunk per choice and, with
 * `include_usage`, a final chunk with `choices: []` and usage. Each chunk passes `parseOpenAIChatCompletionChunk`
 * and OpenAI's `CreateChatCompletionStreamResponse` schema (non-strict).
 */
export const openAIChunkStreamArbitrary: fc.Arbitrary<Json[]> = fc
  .record({
    id: fc.stringMatching(/^chatcmpl-[A-Za-z0-9]{4,12}$/),
    created: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
    choices: fc.array(
      fc.record({
        reasoning: fc.option(textArbitrary, { nil: undefined }),
        content: fc.option(textArbitrary, { nil: undefined }),
        calls: fc.array(fc.tuple(functionNameArbitrary, jsonObjectArbitrary, cutsArbitrary, fc.option(thoughtSignatureArbitrary, { freq: 2, nil: undefined })), { maxLength: 3 }),
        cuts: cutsArbitrary,
        interleave: fc.boolean(),
        reason: fc.constantFrom(...FINISH_REASONS),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    usage: fc.option(openAIUsageArbitrary, { nil: undefined }),
  })
  .map(({ id, created, choices, usage }) => {
    const head = { id, object: "chat.completion.chunk", created, model: "backend-model" };
    const chunk = (index: number, delta: Json, finish: string | null = null): Json => ({ ...head, choices: [{ index, delta, finish_reason: finish }] });
    const out: Json[] = [];
    choices.forEach((choice, index) => {
      out.push(chunk(index, { role: "assistant", content: "" }));
      if (choice.reasoning !== undefined) for (const p of pieces(choice.reasoning, choice.cuts)) out.push(chunk(index, { reasoning_content: p }));
      if (choice.content !== undefined) for (const p of pieces(choice.content, choice.cuts)) out.push(chunk(index, { content: p }));
      const fragments = choice.calls.map(([name, args, cuts, signature], k) => {
        const [first = "", ...rest] = pieces(JSON.stringify(args), cuts);
        const opening: Json = { index: k, id: `call_${index}_${k}`, type: "function", function: { name, arguments: first } };
        if (signature !== undefined) opening.extra_content = { google: { thought_signature: signature } };
        return [opening, ...rest.map((argumentsPiece) => ({ index: k, function: { arguments: argumentsPiece } }))];
      });
      // Interleaved: round-robin over the calls (each call's first fragment still comes first for that call).
      if (choice.interleave) {
        for (let step = 0; fragments.some((f) => f.length > step); step++)
          for (const f of fragments) if (f[step] !== undefined) out.push(chunk(index, { tool_calls: [f[step]] }));
      } else for (const f of fragments) for (const fragment of f) out.push(chunk(index, { tool_calls: [fragment] }));
      const reason = choice.calls.length > 0 && choice.reason === "stop" ? "tool_calls" : choice.reason;
      out.push(chunk(index, {}, reason));
    });
    if (usage !== undefined) out.push({ ...head, choices: [], usage });
    return out;
  });
