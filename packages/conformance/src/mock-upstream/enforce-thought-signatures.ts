/**
 * The mock upstream's own reading of Google's thought-signature validation for Gemini 3 models
 * (https://ai.google.dev/gemini-api/docs/thought-signatures, read 2026-12-06), written independently of core's
 * checker so a gateway test proves the translation rather than agreeing with itself. Returns Google's 400 body, or
 * undefined when the request passes. Function-call wording: recorded (fixtures error cases
 * `issue-400-missing-thought-signature`, `issue-vertex-400-missing-thought-signature`); image wording: quoted in
 * issue reports only, the rest of that message is constructed; server-side tool-part wording: constructed.
 */
export function enforceThoughtSignatures(dialect: "gemini" | "vertex", model: string, body: unknown): { error: { code: 400; message: string; status: "INVALID_ARGUMENT" } } | undefined {
  if (!model.startsWith("gemini-3")) return undefined;
  const contents = (body as { contents?: unknown } | undefined)?.contents;
  if (!Array.isArray(contents)) return undefined;
  let start = 0;
  contents.forEach((content, c) => {
    const parts = partsOf(content);
    if (content?.role === "user" && parts.some((part) => part.functionResponse === undefined)) start = c + 1;
  });
  for (let c = start; c < contents.length; c++) {
    const content = contents[c];
    if (content?.role !== "model") continue;
    const parts = partsOf(content);
    const calls = parts.filter((part) => part.functionCall !== undefined);
    const first = calls[0];
    if (first !== undefined && typeof first.thoughtSignature !== "string") {
      const name = String((first.functionCall as { name?: unknown }).name);
      return invalid(
        dialect === "vertex"
          ? `Unable to submit request because function call \`${name}\` in the ${c + 1}. content block is missing a \`thought_signature\`. Learn more: https://docs.cloud.google.com/vertex-ai/generative-ai/docs/thought-signatures`
          : `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${name}\` , position ${c + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`,
      );
    }
    const image = parts.find((part) => part.thought !== true && typeof part.thoughtSignature !== "string" && String((part.inlineData as { mimeType?: unknown } | undefined)?.mimeType ?? "").startsWith("image/"));
    if (image !== undefined) {
      return invalid(`Image part is missing a thought_signature in content position ${c + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`);
    }
    // Constructed wording: Google's message for this case is not in the corpus.
    const tool = parts.find((part) => typeof part.thoughtSignature !== "string" && (part.toolCall !== undefined || part.toolResponse !== undefined));
    if (tool !== undefined) {
      return invalid(`Tool call part is missing a thought_signature in content position ${c + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`);
    }
  }
  return undefined;
}

type LoosePart = Record<string, unknown>;

function partsOf(content: { parts?: unknown } | undefined): LoosePart[] {
  return Array.isArray(content?.parts) ? (content.parts as LoosePart[]).filter((part) => typeof part === "object" && part !== null) : [];
}

function invalid(message: string) {
  return { error: { code: 400 as const, message, status: "INVALID_ARGUMENT" as const } };
}
