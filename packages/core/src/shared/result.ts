/**
 * What every translator returns: the translated value and what was dropped or approximated on the way.
 * Lossiness is data, not a console message: a gateway can log, surface or reject on warnings.
 */
export interface TranslationWarning {
  /** JSON path in the input that the warning is about, e.g. `logit_bias` or `messages[3].content[1]`. */
  path: string;
  /** Machine code: `dropped`, `approximated`, `unsupported`, `defaulted`, … */
  code: string;
  message: string;
}

export interface Translation<T> {
  value: T;
  warnings: TranslationWarning[];
}

/** JSON path helpers: `joinPath("messages", 2, "content")` → `messages[2].content`. */
export function joinPath(...segments: ReadonlyArray<string | number>): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (out === "") out = segment;
    else if (segment !== "") out += /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
