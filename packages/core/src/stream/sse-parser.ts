/**
 * An incremental Server-Sent Events parser (WHATWG HTML §9.2.6 "event stream interpretation"), pure and
 * dependency-free. It takes decoded text in pieces of any size — a piece may end in the middle of a line or between
 * the `\r` and `\n` of a CRLF — and calls `onEvent` once per complete event. Bytes → text is the caller's job
 * (`createSseDecoder` below does it, holding back a UTF-8 character cut at the end of a piece until the next one).
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
  return new EventStreamParser(onEvent);
}

/**
 * A class rather than closures: one parser is created per stream, and per-instance closures cost allocations (and,
 * under tsx/esbuild `keepNames`, a `defineProperty` each) on every request of a gateway (decision 0145).
 */
class EventStreamParser implements SseParser {
  private line = ""; // text of the current, unterminated line
  private skipLeadingLF = false; // the previous piece ended with `\r`: a `\n` at the start of the next one is its pair
  private started = false; // a leading U+FEFF is stripped once, at the very start of the stream
  private data = ""; // the data buffer: `data:` lines joined with `\n` as they come (no array per event)
  private hasData = false;
  private eventType: string | undefined;
  private eventId: string | undefined;

  constructor(private readonly onEvent: (event: SseEvent) => void) {}

  private dispatch(): void {
    if (this.hasData) {
      const event: SseEvent = { data: this.data };
      if (this.eventType !== undefined) event.event = this.eventType;
      if (this.eventId !== undefined) event.id = this.eventId;
      this.onEvent(event);
    }
    this.data = "";
    this.hasData = false;
    this.eventType = undefined;
    this.eventId = undefined;
  }

  private processLine(text: string): void {
    if (text === "") {
      this.dispatch();
      return;
    }
    if (text.charCodeAt(0) === 0x3a) return; // `:` comment (keep-alive)
    if (text.startsWith("data:")) {
      // The line every event has: no field/value slicing beyond the value itself.
      const value = text.charCodeAt(5) === 0x20 ? text.slice(6) : text.slice(5);
      this.data = this.hasData ? `${this.data}\n${value}` : value;
      this.hasData = true;
      return;
    }
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1); // one optional space after the colon
    if (field === "data") {
      this.data = this.hasData ? `${this.data}\n${value}` : value;
      this.hasData = true;
    } else if (field === "event") this.eventType = value;
    else if (field === "id") {
      if (!value.includes("\0")) this.eventId = value;
    }
    // `retry` and unknown fields are ignored, as the spec says.
  }

  feed(text: string): void {
    let start = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    if (this.skipLeadingLF && start < text.length) {
      this.skipLeadingLF = false;
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
      this.processLine(this.line === "" ? piece : this.line + piece);
      this.line = "";
      if (text.charCodeAt(end) === 0x0d) {
        if (end + 1 === length) {
          this.skipLeadingLF = true;
          position = length;
          break;
        }
        position = text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
      } else position = end + 1;
    }
    if (position < length) this.line += text.slice(position);
  }

  end(): void {
    if (this.line !== "") this.processLine(this.line);
    this.line = "";
    this.dispatch();
  }
}

export interface SseDecoder {
  /** Feed raw bytes; boundaries may fall anywhere, including inside a multi-byte UTF-8 character. */
  push(bytes: Uint8Array): void;
  end(): void;
}

/** UTF-8 bytes → `createSseParser`. Invalid UTF-8 becomes U+FFFD (the SSE spec's decoding rule). */
export function createSseDecoder(onEvent: (event: SseEvent) => void): SseDecoder {
  return new EventStreamDecoder(onEvent);
}

/**
 * Not `decode(bytes, { stream: true })`: Node's `TextDecoder` leaves its fast UTF-8 path for good at the first
 * streaming call, which made decoding a 4 KB chunk about 5× slower. Each push decodes its complete characters in
 * one plain call; the at most 3 bytes of a character cut at the end of a push wait for the next one. UTF-8 decoding
 * gives the same text however the bytes are split, as long as no split falls inside a character it could still
 * complete. Holding a lead byte and what follows it is enough for that (holding an invalid sequence a little longer
 * only delays its U+FFFD). The stream's first BOM is stripped by hand, as a streaming decoder would; `ignoreBOM`
 * keeps each plain call from stripping one at the start of every push.
 */
class EventStreamDecoder implements SseDecoder {
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  private readonly parser: EventStreamParser;
  private held: Uint8Array | undefined;
  private started = false;

  constructor(onEvent: (event: SseEvent) => void) {
    this.parser = new EventStreamParser(onEvent);
  }

  push(bytes: Uint8Array): void {
    let input = bytes;
    if (this.held !== undefined) {
      input = new Uint8Array(this.held.length + bytes.length);
      input.set(this.held);
      input.set(bytes, this.held.length);
      this.held = undefined;
    }
    const complete = completeLength(input);
    if (complete < input.length) this.held = input.slice(complete);
    if (complete > 0) this.feed(this.decoder.decode(complete === input.length ? input : input.subarray(0, complete)));
  }

  end(): void {
    if (this.held !== undefined) this.feed(this.decoder.decode(this.held));
    this.held = undefined;
    this.parser.end();
  }

  private feed(text: string): void {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        this.parser.feed(text.slice(1));
        return;
      }
    }
    this.parser.feed(text);
  }
}

/**
 * How many leading bytes end on a character boundary: all of them, unless the last character's lead byte (found
 * by looking back over at most 3 continuation bytes, `10xxxxxx`) announces more bytes than the input still has.
 */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let index = length - 1; index >= 0 && index >= length - 4; index--) {
    const byte = bytes[index] as number;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length - index < needed ? index : length;
    }
  }
  return length;
}
