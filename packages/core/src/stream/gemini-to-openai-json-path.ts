/**
 * Parses the `jsonPath` of a Vertex `PartialArg` (RFC 9535 normalized paths such as `$.recipe.steps[0]` or
 * `$['odd key'][2]`) into member names and array indices. Only singular paths make sense for streamed arguments,
 * so wildcards, slices and filters are rejected (`null`). Dot members are read leniently up to the next `.` or `[`
 * (Google may not bracket-quote names such as `foo-bar` the way RFC 9535 requires).
 */
export type JsonPathSegment = string | number;

const SIMPLE_ESCAPES: Record<string, string> = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  "/": "/",
  "\\": "\\",
  "'": "'",
  '"': '"',
};

/** `$.a[0]['b c']` → `["a", 0, "b c"]`; `null` when the path is not a singular path we can follow. */
export function parseJsonPath(path: string): JsonPathSegment[] | null {
  if (path.charCodeAt(0) !== 0x24) return null; // must start with `$`
  const segments: JsonPathSegment[] = [];
  let position = 1;
  while (position < path.length) {
    const char = path[position];
    if (char === ".") {
      let end = position + 1;
      while (end < path.length && path[end] !== "." && path[end] !== "[") end += 1;
      const name = path.slice(position + 1, end);
      if (name === "" || name === "*") return null;
      segments.push(name);
      position = end;
    } else if (char === "[") {
      const quote = path[position + 1];
      if (quote === "'" || quote === '"') {
        const parsed = readQuoted(path, position + 2, quote);
        if (parsed === null || path[parsed.end] !== "]") return null;
        segments.push(parsed.value);
        position = parsed.end + 1;
      } else {
        const close = path.indexOf("]", position);
        if (close === -1) return null;
        const digits = path.slice(position + 1, close);
        // Normalized indices: `0` or no leading zero; negative indices and slices have no meaning here.
        if (!/^(0|[1-9]\d{0,8})$/.test(digits)) return null;
        segments.push(Number(digits));
        position = close + 1;
      }
    } else return null;
  }
  return segments;
}

function readQuoted(path: string, start: number, quote: string): { value: string; end: number } | null {
  let value = "";
  let position = start;
  while (position < path.length) {
    const char = path[position] as string;
    if (char === quote) return { value, end: position + 1 };
    if (char !== "\\") {
      value += char;
      position += 1;
      continue;
    }
    const escaped = path[position + 1];
    if (escaped === undefined) return null;
    if (escaped === "u") {
      const hex = path.slice(position + 2, position + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      value += String.fromCharCode(Number.parseInt(hex, 16));
      position += 6;
      continue;
    }
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple === undefined) return null;
    value += simple;
    position += 2;
  }
  return null;
}
