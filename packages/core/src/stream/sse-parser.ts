/**
 * An incremental Server-Sent Events parser (WHATWG HTML §9.2.6 "event stream interpretation"), pure and
 * dependency-free. It takes decoded text in pieces of any size — a piece may end in the middle of a line or between
 * the `\r` and `\n` of a CRLF — and calls `onEvent` once per complete event. Bytes → text is the caller's job
 * (`createSseDecoder` below does it with a streaming `TextDecoder`, so a piece may also end inside a UTF-8 character).
 *
 * State is the unfinished line and the unfinished event's data only: memory is bounded by the largest single event.
 */

/** One dispatched event. `event` and `id` are kept for callers that care; Gemini sends neither. */
export interface SseEvent {
  /** The `data:` lines joined with `\n` (the spec's data buffer without its last newline). */
  data: string;
  /** `event:` field; `undefined` when absent (the spec's default type is "message"). */
  event?: string;
  /** `id:` field of this event, if it had one. */
  id?: string;
}

export interface SseParser {
  /** Feed the next piece of decoded text. */
  feed(text: string): void;
  /**
   * The byte stream ended. A last line without a newline is processed, and an event whose blank line never came is
   * still dispatched: a server that closes right after its last `data:` line (no trailing blank line) would
   * otherwise lose the chunk that carries `finishReason`. (The browser EventSource discards it; we prefer not to.)
   */
  end(): void;
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let line = ""; // text of the current, unterminated line
  let skipLeadingLF = false; // the previous piece ended with `\r`: a `\n` at the start of the next one is its pair
  let started = false; // a leading U+FEFF is stripped once, at the very start of the stream
  let data: string[] = [];
  let hasData = false;
  let eventType: string | undefined;
  let eventId: string | undefined;

  const dispatch = (): void => {
    if (hasData) {
      const event: SseEvent = { data: data.join("\n") };
      if (eventType !== undefined) event.event = eventType;
      if (eventId !== undefined) event.id = eventId;
      onEvent(event);
    }
    data = [];
    hasData = false;
    eventType = undefined;
    eventId = undefined;
  };

  const processLine = (text: string): void => {
    if (text === "") {
      dispatch();
      return;
    }
    if (text.charCodeAt(0) === 0x3a) return; // `:` comment (keep-alive)
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1); // one optional space after the colon
    if (field === "data") {
      data.push(value);
      hasData = true;
    } else if (field === "event") eventType = value;
    else if (field === "id") {
      if (!value.includes("\0")) eventId = value;
    }
    // `retry` and unknown fields are ignored, as the spec says.
  };

  return {
    feed(text) {
      let start = 0;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) start = 1;
      }
      if (skipLeadingLF && start < text.length) {
        skipLeadingLF = false;
        if (text.charCodeAt(start) === 0x0a) start += 1;
      }
      const length = text.length;
      let position = start;
      // Next CR / LF at or after `position`, searched with indexOf and re-searched only once passed, so a piece with
      // many LF lines and no CR stays linear.
      let cr = -2;
      let lf = -2;
      while (position < length) {
        if (cr !== -1 && cr < position) cr = text.indexOf("\r", position);
        if (lf !== -1 && lf < position) lf = text.indexOf("\n", position);
        const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
        if (end === -1) break;
        const piece = text.slice(position, end);
        processLine(line === "" ? piece : line + piece);
        line = "";
        if (text.charCodeAt(end) === 0x0d) {
          if (end + 1 === length) {
            skipLeadingLF = true;
            position = length;
            break;
          }
          position = text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
        } else position = end + 1;
      }
      if (position < length) line += text.slice(position);
    },
    end() {
      if (line !== "") processLine(line);
      line = "";
      dispatch();
    },
  };
}

export interface SseDecoder {
  /** Feed raw bytes; boundaries may fall anywhere, including inside a multi-byte UTF-8 character. */
  push(bytes: Uint8Array): void;
  end(): void;
}

/** UTF-8 bytes → `createSseParser`. Invalid UTF-8 becomes U+FFFD (the SSE spec's decoding rule). */
export function createSseDecoder(onEvent: (event: SseEvent) => void): SseDecoder {
  const decoder = new TextDecoder("utf-8");
  const parser = createSseParser(onEvent);
  return {
    push(bytes) {
      parser.feed(decoder.decode(bytes, { stream: true }));
    },
    end() {
      parser.feed(decoder.decode());
      parser.end();
    },
  };
}
