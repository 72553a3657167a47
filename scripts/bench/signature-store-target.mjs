// Child of signature-store.mjs (needs --expose-gc): N two-turn tool conversations through core with one memory
// signature store, heap after a full GC sampled every N/10 conversations. Prints one JSON line.
import { importCore } from "./builds.mjs";

const { createMemorySignatureStore, geminiToOpenAIResponse, openaiToGeminiRequest } = await importCore("source");

const conversations = Number(process.argv[2] ?? "100000");
const maxEntries = Number(process.argv[3] ?? "10000");
const store = createMemorySignatureStore({ maxEntries });
// ~1 KB, the size of recorded function-call signatures (0.4–5 KB).
const signature = Buffer.alloc(768, 7).toString("base64");
const heap = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const samples = [];
const base = heap();
let restored = 0;
const started = performance.now();
for (let i = 0; i < conversations; i++) {
  const response = { responseId: `r${i}`, candidates: [{ index: 0, content: { role: "model", parts: [{ functionCall: { id: `call_${i}`, name: "lookup", args: {} }, thoughtSignature: `${signature}${i}` }] }, finishReason: "STOP" }] };
  const completion = geminiToOpenAIResponse(response, { model: "gemini-3-flash-preview", signatureStore: store }).value;
  const call = completion.choices[0].message.tool_calls[0];
  // The client drops extra_content.
  const followUp = {
    model: "gemini-3-flash-preview",
    messages: [
      { role: "user", content: "q" },
      { role: "assistant", content: null, tool_calls: [{ id: call.id, type: "function", function: call.function }] },
      { role: "tool", tool_call_id: call.id, content: "42" },
    ],
  };
  const body = openaiToGeminiRequest(followUp, { signatureStore: store }).value.body;
  if (body.contents[1].parts[0].thoughtSignature === `${signature}${i}`) restored += 1;
  if ((i + 1) % Math.max(1, Math.floor(conversations / 10)) === 0) samples.push({ conversations: i + 1, heapBytes: heap() - base, entries: store.size, storeBytes: store.bytes });
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ conversations, maxEntries, restored, seconds, samples })}\n`);
