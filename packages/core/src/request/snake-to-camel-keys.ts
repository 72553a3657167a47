import { isRecord } from "./read-json";

/**
 * Keys whose values are user data, not Google field names: schemas (`parameters`, `response_json_schema`, …),
 * free maps (`labels`, `args`, `metadata_filter`) and function responses. Their contents are copied verbatim.
 */
const OPAQUE_KEYS = new Set([
  "parameters",
  "parameters_json_schema",
  "parametersJsonSchema",
  "response",
  "response_schema",
  "responseSchema",
  "response_json_schema",
  "responseJsonSchema",
  "args",
  "labels",
  "metadata_filter",
  "metadataFilter",
  "headers",
]);

export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * Google's proto-JSON parsers accept snake_case, but we always emit camelCase (https://protobuf.dev/programming-guides/json/): a deep copy of a
 * JSON value with object keys converted, except inside {@link OPAQUE_KEYS}. Iterative (explicit stack), so a
 * deeply nested extension object cannot overflow the call stack; the input is never modified.
 */
export function snakeToCamelKeys(value: unknown): unknown {
  const root: { value: unknown } = { value: undefined };
  const stack: Array<{ source: unknown; assign: (copy: unknown) => void; opaque: boolean }> = [
    { source: value, assign: (copy) => (root.value = copy), opaque: false },
  ];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { source, assign, opaque } = item;
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      for (let i = 0; i < source.length; i++) {
        stack.push({ source: source[i], assign: (child) => (copy[i] = child), opaque });
      }
    } else if (isRecord(source)) {
      const copy: Record<string, unknown> = {};
      assign(copy);
      for (const [key, child] of Object.entries(source)) {
        const target = opaque ? key : snakeToCamel(key);
        stack.push({ source: child, assign: (converted) => (copy[target] = converted), opaque: opaque || OPAQUE_KEYS.has(key) });
      }
    } else {
      assign(source);
    }
  }
  return root.value;
}
