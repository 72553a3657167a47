import type { GeminiPartialArg } from "../wire/gemini/gemini-content";
import { type JsonPathSegment, parseJsonPath } from "./gemini-to-openai-json-path";

/**
 * Turns Vertex `partialArgs` fragments (`jsonPath` + a string/number/bool/null piece) into OpenAI argument text,
 * piece by piece: the concatenation of everything `write` and `close` return is exactly
 * `JSON.stringify(finalArguments)` for fragments that arrive in document order — which is how the model produces
 * them, since it generates the JSON text left to right. Each piece is emitted as soon as it arrives; nothing waits
 * for the end of the call (README "Streams").
 *
 * State is the stack of open containers (with the member names seen in each open object, to refuse duplicates)
 * and at most one held-back character: a string piece ending in the first half of a surrogate pair waits for its
 * second half, so the text never contains an escaped half where `JSON.stringify` would write the character.
 *
 * A fragment that would contradict text already sent — revisiting a closed container, an index going backwards, a
 * member name seen before, an array where an object was opened — cannot be represented and is refused (the caller
 * turns the message into a warning); the text stays valid JSON. See docs/decisions/0071-partial-args-json-text.md.
 */
export interface PartialArgsWriter {
  /** JSON text to append for this fragment (may be `""`); `problem` is set when the fragment was refused. */
  write(fragment: GeminiPartialArg): { text: string; problem?: string };
  /** Closes the open string and containers (`{}` if nothing was written). Idempotent: later calls return `""`. */
  close(): string;
}

interface Frame {
  kind: "object" | "array";
  /** The member name or index written last in this container. */
  last: JsonPathSegment | undefined;
  /** Members (object) or elements (array, = next index) written so far. */
  count: number;
  /** Member names written in this open object. */
  names: Set<string> | undefined;
}

/** A gap `$.a[5]` after `$.a[0]` is filled with `null` (as `JSON.stringify` writes holes), up to this many. */
const MAX_ARRAY_GAP = 1024;

export function createPartialArgsWriter(): PartialArgsWriter {
  const frames: Frame[] = [];
  let started = false;
  let closed = false;
  let stringOpen = false;
  let heldHighSurrogate = "";

  const escapePiece = (piece: string): string => {
    let text = heldHighSurrogate + piece;
    heldHighSurrogate = "";
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      heldHighSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    return JSON.stringify(text).slice(1, -1);
  };
  const closeString = (): string => {
    if (!stringOpen) return "";
    stringOpen = false;
    const rest = heldHighSurrogate === "" ? "" : JSON.stringify(heldHighSurrogate).slice(1, -1);
    heldHighSurrogate = "";
    return `${rest}"`;
  };
  const closer = (frame: Frame): string => (frame.kind === "object" ? "}" : "]");
  const openFor = (segment: JsonPathSegment): Frame =>
    typeof segment === "string"
      ? { kind: "object", last: undefined, count: 0, names: new Set() }
      : { kind: "array", last: undefined, count: 0, names: undefined };

  /** Why `segment` cannot be the next child of `frame`, or `undefined` when it can. */
  const refuse = (frame: Frame, segment: JsonPathSegment): string | undefined => {
    if (frame.kind === "object") {
      if (typeof segment !== "string") return "an array index where an object is open";
      if (frame.names?.has(segment)) return `member "${segment}" was already written`;
      return undefined;
    }
    if (typeof segment !== "number") return "a member name where an array is open";
    if (segment < frame.count) return `index ${segment} comes after index ${frame.count - 1}`;
    if (segment - frame.count > MAX_ARRAY_GAP) return `index ${segment} leaves a gap of more than ${MAX_ARRAY_GAP}`;
    return undefined;
  };
  const enter = (frame: Frame, segment: JsonPathSegment): string => {
    let text = frame.count > 0 ? "," : "";
    if (typeof segment === "string") {
      frame.names?.add(segment);
      frame.count += 1;
      text += `${JSON.stringify(segment)}:`;
    } else {
      for (; frame.count < segment; frame.count += 1) text += "null,";
      frame.count = segment + 1;
    }
    frame.last = segment;
    return text;
  };

  return {
    write(fragment) {
      if (closed) return { text: "", problem: "the call's arguments were already closed" };
      const path = fragment.jsonPath === undefined ? null : parseJsonPath(fragment.jsonPath);
      if (path === null) return { text: "", problem: `unsupported jsonPath ${JSON.stringify(fragment.jsonPath)}` };
      if (path.length === 0 || typeof path[0] !== "string") return { text: "", problem: "arguments must be an object" };
      const leaf = leafText(fragment);
      // The open string continues: same path, another string piece.
      if (stringOpen && sameOpenPath(frames, path)) {
        if (fragment.stringValue !== undefined) {
          const text = escapePiece(fragment.stringValue);
          return { text: fragment.willContinue === true ? text : text + closeString() };
        }
        if (leaf === undefined) return { text: fragment.willContinue === true ? "" : closeString() };
      }
      let text = closeString();
      if (leaf === undefined) return { text, problem: "fragment has no value" };
      // Depth of the deepest open container that is an ancestor of the new value.
      let depth = 0;
      while (depth < frames.length - 1 && depth < path.length - 1 && frames[depth]?.last === path[depth]) depth += 1;
      const target = frames[depth];
      const segment = path[depth] as JsonPathSegment;
      if (started) {
        if (depth < frames.length - 1 && depth === path.length - 1 && target?.last === segment) {
          return { text, problem: "a value where an object or array is open" };
        }
        const problem = target === undefined ? "no open container" : refuse(target, segment);
        if (problem !== undefined) return { text, problem };
      }
      for (let index = depth + 1; index < path.length; index += 1) {
        const inNew = path[index];
        if (typeof inNew === "number" && inNew > MAX_ARRAY_GAP) {
          return { text, problem: `index ${inNew} leaves a gap of more than ${MAX_ARRAY_GAP}` };
        }
      }
      if (!started) {
        started = true;
        text += "{";
        frames.push(openFor(path[0] as string));
      }
      while (frames.length > depth + 1) text += closer(frames.pop() as Frame);
      for (let index = depth; index < path.length; index += 1) {
        text += enter(frames[index] as Frame, path[index] as JsonPathSegment);
        const next = path[index + 1];
        if (next === undefined) break;
        const child = openFor(next);
        text += child.kind === "object" ? "{" : "[";
        frames.push(child);
      }
      if (fragment.stringValue !== undefined) {
        stringOpen = true;
        text += `"${escapePiece(fragment.stringValue)}`;
        if (fragment.willContinue !== true) text += closeString();
        return { text };
      }
      return { text: text + leaf };
    },
    close() {
      if (closed) return "";
      closed = true;
      if (!started) return "{}";
      let text = closeString();
      while (frames.length > 0) text += closer(frames.pop() as Frame);
      return text;
    },
  };
}

/** JSON text of a scalar fragment (`""` marks a string, written separately); `undefined` if it carries no value. */
function leafText(fragment: GeminiPartialArg): string | undefined {
  if (fragment.stringValue !== undefined) return "";
  // Non-finite numbers have no JSON form; JSON.stringify writes `null`, as it would for the final arguments.
  if (fragment.numberValue !== undefined) return JSON.stringify(fragment.numberValue);
  if (fragment.boolValue !== undefined) return fragment.boolValue ? "true" : "false";
  if (fragment.nullValue !== undefined) return "null";
  return undefined;
}

/** Is `path` the path of the string currently open (the open containers plus the last member of the deepest)? */
function sameOpenPath(frames: readonly Frame[], path: readonly JsonPathSegment[]): boolean {
  if (path.length !== frames.length) return false;
  for (let index = 0; index < path.length; index += 1) if (frames[index]?.last !== path[index]) return false;
  return true;
}
