/**
 * Offset of the first character at which `text` stops being valid JSON (RFC 8259), or `text.length` when it ends
 * too early. Only called after `JSON.parse` has failed: Node 20's V8 names a position for some errors and not for
 * others ("Unexpected token ']', …"), and a client fixing a large body needs the offset. Iterative, so a deeply
 * nested hostile body cannot overflow the stack.
 */
export function jsonErrorPosition(text: string): number {
  const closers: string[] = [];
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && " \t\n\r".includes(text[index] as string)) index += 1;
  };
  const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const string = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = index;
    if (!pattern.test(text)) return false;
    index = pattern.lastIndex;
    return true;
  };
  // One loop step reads one value, then whatever may follow it (`,` `:` `]` `}` or the end).
  for (;;) {
    skipSpace();
    const char = text[index];
    if (char === "{" || char === "[") {
      index += 1;
      skipSpace();
      const close = char === "{" ? "}" : "]";
      if (text[index] === close) index += 1;
      else {
        closers.push(close);
        if (close === "}" && !readKey()) return index;
        continue;
      }
    } else if (char === '"') {
      if (!match(string)) return badStringAt(text, index);
    } else if (!match(literal)) return badLiteralAt(text, index);
    // After a value: close containers, or a comma before the next value (and key).
    for (;;) {
      skipSpace();
      const close = closers.at(-1);
      if (close === undefined) return index < text.length ? index : -1;
      if (text[index] === close) {
        closers.pop();
        index += 1;
        continue;
      }
      if (text[index] !== ",") return index;
      index += 1;
      if (close === "}" && !readKey()) return index;
      break;
    }
  }

  function readKey(): boolean {
    skipSpace();
    if (text[index] !== '"') return false;
    if (!match(string)) {
      index = badStringAt(text, index);
      return false;
    }
    skipSpace();
    if (text[index] !== ":") return false;
    index += 1;
    return true;
  }
}

/** Where a string starting at `start` goes wrong, as V8 reports it: the bad character, or the end of the text. */
function badStringAt(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"') return index; // unreachable for a string the pattern rejected; kept for safety
    if (char < " ") return index;
    if (char === "\\") {
      const escaped = text[index + 1];
      if (escaped === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return Math.min(index + 2, text.length);
        index += 6;
        continue;
      }
      if (escaped === undefined) return text.length;
      if (!'"\\/bfnrt'.includes(escaped)) return index + 1;
      index += 2;
      continue;
    }
    index += 1;
  }
  return text.length;
}

/** Where a literal or number starting at `start` goes wrong: the first character that cannot continue it. */
function badLiteralAt(text: string, start: number): number {
  for (const word of ["true", "false", "null"]) {
    if (text[start] !== word[0]) continue;
    let length = 1;
    while (length < word.length && text[start + length] === word[length]) length += 1;
    return start + length;
  }
  const isDigit = (index: number) => /[0-9]/.test(text[index] ?? "");
  const digitsFrom = (index: number) => {
    while (isDigit(index)) index += 1;
    return index;
  };
  let index = start;
  if (text[index] === "-") index += 1;
  if (!isDigit(index)) return index;
  index = text[index] === "0" ? index + 1 : digitsFrom(index);
  if (text[index] === ".") {
    if (!isDigit(index + 1)) return index + 1;
    index = digitsFrom(index + 1);
  }
  if (text[index] === "e" || text[index] === "E") {
    index += 1;
    if (text[index] === "+" || text[index] === "-") index += 1;
    if (!isDigit(index)) return index;
  }
  return index;
}
