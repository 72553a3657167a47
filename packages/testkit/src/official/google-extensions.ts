/**
 * Where Google's OpenAI-compatible endpoint puts its extensions to the Chat Completions wire format (Google's API reference (https://ai.google.dev/api/generate-content)
 * §6.2–6.3; `usage.extra_properties` is observed in Vertex responses). OpenAI's schema already allows unknown
 * properties, so these only matter in strict mode, where they are accepted at exactly these places and nowhere else.
 * `*` = every array element.
 */
export type ExtensionPath = readonly string[];

const MESSAGE_EXTENSIONS = (at: readonly string[]): ExtensionPath[] => [
  [...at, "extra_content"],
  [...at, "reasoning_content"],
  [...at, "tool_calls", "*", "extra_content"],
  // Generated images: Google's endpoint puts the first in `audio` with its MIME type under extra_content (the
  // seed's recorded image response); `images` is the OpenRouter-style list some clients read.
  [...at, "audio", "extra_content"],
  [...at, "images"],
];

export const GOOGLE_OPENAI_EXTENSIONS = {
  "openai-request": [
    ["extra_body"],
    ["messages", "*", "extra_content"],
    ["messages", "*", "tool_calls", "*", "extra_content"],
    ["messages", "*", "content", "*", "extra_content"],
  ],
  // `choices[].extra_content.google` carries Gemini's native finish reason and finishMessage.
  "openai-response": [
    ...MESSAGE_EXTENSIONS(["choices", "*", "message"]),
    ["choices", "*", "extra_content"],
    ["usage", "extra_properties"],
  ],
  "openai-chunk": [
    ...MESSAGE_EXTENSIONS(["choices", "*", "delta"]),
    ["choices", "*", "extra_content"],
    ["usage", "extra_properties"],
  ],
  "openai-error": [["error", "extra_content"]],
} as const satisfies Record<string, readonly ExtensionPath[]>;

/** A copy of `payload` without the properties at `paths` (the input is not mutated). */
export function withoutPaths(payload: unknown, paths: readonly ExtensionPath[]): unknown {
  if (paths.length === 0) return payload;
  const copy = structuredClone(payload);
  for (const path of paths) {
    let level: unknown[] = [copy];
    for (const [i, seg] of path.entries()) {
      const last = i === path.length - 1;
      const next: unknown[] = [];
      for (const node of level) {
        if (seg === "*") {
          if (Array.isArray(node)) next.push(...node);
        } else if (typeof node === "object" && node !== null && !Array.isArray(node)) {
          const record = node as Record<string, unknown>;
          if (last) delete record[seg];
          else if (seg in record) next.push(record[seg]);
        }
      }
      level = next;
    }
  }
  return copy;
}
