// Bench payloads, built deterministically (no randomness): realistic shapes, sizes chosen by the issue.
// Every builder returns plain JSON values; the benches serialize them once and measure from the bytes.

/** Deterministic base64 of `bytes` pseudo-random bytes (xorshift32), so runs compare like with like. */
export function base64Blob(bytes, seed = 0x9e3779b9) {
  const buffer = Buffer.allocUnsafe(bytes);
  let state = seed >>> 0;
  for (let i = 0; i < bytes; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    buffer[i] = state & 0xff;
  }
  return buffer.toString("base64");
}

const SIGNATURE = base64Blob(180, 7);
const LOREM =
  "The quarterly report shows revenue up 12% year over year, driven by the new subscription tier and lower churn in " +
  "the enterprise segment. Operating costs rose 4%, mostly cloud spend; gross margin held at 71%. ";

/** One-line chat: the smallest realistic request. */
export function oneLineChat() {
  return { model: "gemini-2.5-flash", messages: [{ role: "user", content: "What is the capital of France?" }] };
}

function toolDefinition(index) {
  return {
    type: "function",
    function: {
      name: `tool_${index}_${["search", "read_file", "write_file", "run_sql", "http_get"][index % 5]}`,
      description: `Tool number ${index}: performs a domain action and returns a JSON result. ${LOREM.slice(0, 80)}`,
      parameters: {
        type: "object",
        properties: {
          query: { type: "string", description: "What to look for." },
          limit: { type: "integer", minimum: 1, maximum: 100, description: "Maximum number of results." },
          mode: { type: "string", enum: ["fast", "accurate", "balanced"] },
          filters: {
            type: "array",
            items: {
              type: "object",
              properties: { field: { type: "string" }, op: { type: "string", enum: ["eq", "lt", "gt"] }, value: { type: "string" } },
              required: ["field", "op", "value"],
            },
          },
          include_metadata: { type: "boolean" },
        },
        required: ["query"],
        additionalProperties: false,
      },
    },
  };
}

/** A 50-turn agent conversation: 20 tools, each turn a signed tool call and its result, Gemini 3 model. */
export function agentConversation() {
  const messages = [
    { role: "system", content: `You are a careful operations agent. ${LOREM}` },
    { role: "user", content: "Reconcile last quarter's invoices with the ledger and report mismatches." },
  ];
  for (let turn = 0; turn < 50; turn++) {
    const id = `call_${turn.toString(16).padStart(8, "0")}`;
    messages.push({
      role: "assistant",
      content: turn % 5 === 0 ? `Step ${turn}: checking the next batch.` : null,
      tool_calls: [
        {
          id,
          type: "function",
          function: {
            name: `tool_${turn % 20}_${["search", "read_file", "write_file", "run_sql", "http_get"][turn % 5]}`,
            arguments: JSON.stringify({ query: `invoices batch ${turn}`, limit: 50, mode: "accurate", filters: [{ field: "quarter", op: "eq", value: "Q3" }] }),
          },
          extra_content: { google: { thought_signature: SIGNATURE } },
        },
      ],
    });
    messages.push({
      role: "tool",
      tool_call_id: id,
      content: JSON.stringify({ rows: Array.from({ length: 5 }, (_, row) => ({ invoice: `INV-${turn}-${row}`, amount: 1200 + row, status: "matched" })) }),
    });
  }
  return {
    model: "gemini-3-pro-preview",
    messages,
    tools: Array.from({ length: 20 }, (_, index) => toolDefinition(index)),
    tool_choice: "auto",
    temperature: 0.2,
    max_completion_tokens: 4096,
    reasoning_effort: "high",
  };
}

/** A request carrying a 5 MB base64 image as a data URL. */
export function imageRequest(base64Length = 5 * 1024 * 1024) {
  const data = base64Blob(Math.floor((base64Length * 3) / 4), 11);
  return {
    model: "gemini-2.5-flash",
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "Describe this image in one paragraph." },
          { type: "image_url", image_url: { url: `data:image/png;base64,${data}`, detail: "high" } },
        ],
      },
    ],
  };
}

const USAGE = { promptTokenCount: 1234, candidatesTokenCount: 310, totalTokenCount: 1600, thoughtsTokenCount: 56, promptTokensDetails: [{ modality: "TEXT", tokenCount: 1234 }] };

/** A plain text answer (~1.5 KB), as the Gemini API returns it. */
export function textResponse() {
  return {
    candidates: [{ content: { role: "model", parts: [{ text: LOREM.repeat(8) }] }, finishReason: "STOP", index: 0 }],
    usageMetadata: USAGE,
    modelVersion: "gemini-2.5-flash",
    responseId: "bench-text-0001",
  };
}

/** Four parallel function calls, the first signed (Gemini 3 style). */
export function parallelToolCallsResponse() {
  const parts = ["Paris", "London", "Tokyo", "New York"].map((city, index) => ({
    functionCall: { name: "get_weather", args: { location: city, unit: "celsius", details: { hourly: true, days: 3 } } },
    ...(index === 0 ? { thoughtSignature: SIGNATURE } : {}),
  }));
  return {
    candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
    usageMetadata: USAGE,
    modelVersion: "gemini-3-pro-preview",
    responseId: "bench-tools-0001",
  };
}

/** Image output: a caption and a 1 MB base64 PNG in `inlineData`. */
export function imageResponse(base64Length = 1024 * 1024) {
  return {
    candidates: [
      {
        content: {
          role: "model",
          parts: [{ text: "Here is the picture you asked for." }, { inlineData: { mimeType: "image/png", data: base64Blob(Math.floor((base64Length * 3) / 4), 13) } }],
        },
        finishReason: "STOP",
        index: 0,
      },
    ],
    usageMetadata: { ...USAGE, candidatesTokensDetails: [{ modality: "IMAGE", tokenCount: 1290 }] },
    modelVersion: "gemini-2.5-flash-image",
    responseId: "bench-image-0001",
  };
}

/** One streamed text chunk as the Gemini API sends it (`alt=sse`), ~20 tokens of text. */
export function streamTextChunk(index) {
  return {
    candidates: [{ content: { role: "model", parts: [{ text: `${index}: ${LOREM.slice(0, 96)}` }] }, index: 0 }],
    usageMetadata: { promptTokenCount: 1234, totalTokenCount: 1234 },
    modelVersion: "gemini-2.5-flash",
    responseId: "bench-stream-0001",
  };
}

/** The closing chunk: finish reason and final usage. */
export function streamFinalChunk(index) {
  return {
    candidates: [{ content: { role: "model", parts: [{ text: `${index}.` }] }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: 1234, candidatesTokenCount: 20 * index, totalTokenCount: 1234 + 20 * index },
    modelVersion: "gemini-2.5-flash",
    responseId: "bench-stream-0001",
  };
}

/** Gemini SSE framing as Google sends it (`data: …` + CRLF CRLF). */
export function sseEvent(json) {
  return `data: ${JSON.stringify(json)}\r\n\r\n`;
}

/** A whole SSE body of `count` text chunks and one final chunk. */
export function sseBody(count) {
  let text = "";
  for (let i = 0; i < count; i++) text += sseEvent(streamTextChunk(i));
  return text + sseEvent(streamFinalChunk(count));
}
