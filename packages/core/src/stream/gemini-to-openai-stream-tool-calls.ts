import { type SignatureStore, toolCallSignatureKey } from "../signature/signature-store";
import { encodeToolCallIdSignature } from "../signature/tool-call-id-signature";
import type { GeminiFunctionCall } from "../wire/gemini";
import type { OpenAIChunkToolCallDelta } from "../wire/openai";
import { createPartialArgsWriter, type PartialArgsWriter } from "./gemini-to-openai-partial-args";

/**
 * The tool calls of one streamed choice. Each call gets the next `index` (0, 1, … in order of appearance, per choice
 * — Google's own endpoint numbers them inconsistently, see the seed) and its `id`, `type`, name and thought
 * signature in its first delta; arguments follow as JSON text.
 *
 * Gemini's streamed-arguments protocol (Vertex `streamFunctionCallArguments`, recorded): a part
 * `{functionCall: {name, willContinue: true}}` opens a call; parts without a `name` carrying `partialArgs`
 * continue it; `{functionCall: {}}` (no `willContinue`) closes it — or the last fragment itself comes without
 * `willContinue` (recorded "missing terminal" stream). A part with a `name` always starts a new call (closing an
 * open one). Only the open call is state; finished calls are forgotten except for the counter.
 */
export interface ToolCallSettings {
  signatureMode: "extra_content" | "tool_call_id";
  maxToolCallIdLength: number | undefined;
  /** Output profile "google": every fragment repeats the call's id, type and name, as Google's endpoint does. */
  google: boolean;
  newToolCallId: (index: number) => string;
  /** Filled with each call's signature under its plain id, as the unary side does. */
  signatureStore: SignatureStore | undefined;
  warn: (path: string, code: string, message: string) => void;
}

export interface ToolCallTracker {
  /** How many calls this choice has opened so far. */
  readonly count: number;
  /** Translate one `functionCall` part into the delta entries it adds (merged by the caller into `tool_calls`). */
  push(call: GeminiFunctionCall, signature: string | undefined, path: string): OpenAIChunkToolCallDelta[];
  /** Close the open streamed call, if any: the text that completes its arguments. */
  closeOpen(): OpenAIChunkToolCallDelta[];
}

export function createToolCallTracker(settings: ToolCallSettings): ToolCallTracker {
  return new Tracker(settings);
}

interface OpenCall {
  index: number;
  writer: PartialArgsWriter;
  id: string;
  /** The id before any `gbts1_` encoding: the store key. */
  plainId: string;
  name: string;
}

/** A class, not closures: one tracker per streamed choice, i.e. per request (decision 0145). */
class Tracker implements ToolCallTracker {
  count = 0;
  private open: OpenCall | undefined;

  constructor(private readonly settings: ToolCallSettings) {}

  closeOpen(): OpenAIChunkToolCallDelta[] {
    const open = this.open;
    if (open === undefined) return [];
    const entry = this.fragmentEntry(open, open.writer.close());
    this.open = undefined;
    return [entry];
  }

  private fragmentEntry(call: OpenCall, text: string): OpenAIChunkToolCallDelta {
    return this.settings.google
      ? { index: call.index, id: call.id, type: "function", function: { name: call.name, arguments: text } }
      : { index: call.index, function: { arguments: text } };
  }

  private writeFragments(call: GeminiFunctionCall, writer: PartialArgsWriter, path: string): string {
    let text = "";
    const fragments = call.partialArgs ?? [];
    for (let position = 0; position < fragments.length; position++) {
      const result = writer.write(fragments[position] as NonNullable<GeminiFunctionCall["partialArgs"]>[number]);
      text += result.text;
      if (result.problem !== undefined) {
        this.settings.warn(
          `${path}.partialArgs[${position}]`,
          "dropped",
          `Streamed argument fragment dropped: ${result.problem}; the arguments sent so far stay valid JSON.`,
        );
      }
    }
    return text;
  }

  push(call: GeminiFunctionCall, signature: string | undefined, path: string): OpenAIChunkToolCallDelta[] {
    const settings = this.settings;
    const entries: OpenAIChunkToolCallDelta[] = [];
    if (call.name !== undefined) {
      entries.push(...this.closeOpen());
      const index = this.count;
      this.count += 1;
      const plainId = call.id ?? settings.newToolCallId(index);
      if (signature !== undefined && plainId !== "") settings.signatureStore?.set(toolCallSignatureKey(plainId), signature);
      let id = plainId;
      if (signature !== undefined && settings.signatureMode === "tool_call_id") {
        const options = settings.maxToolCallIdLength === undefined ? {} : { maxLength: settings.maxToolCallIdLength };
        const encoded = encodeToolCallIdSignature(plainId, signature, options);
        if (encoded === null) {
          settings.warn(path, "signature_not_in_id", "thought signature too long to encode into the tool-call id; it is only in extra_content.google.thought_signature");
        } else id = encoded;
      }
      const streamed = call.willContinue === true || (call.partialArgs?.length ?? 0) > 0;
      let text: string;
      if (streamed) {
        const open: OpenCall = { index, writer: createPartialArgsWriter(), id, plainId, name: call.name };
        this.open = open;
        text = this.writeFragments(call, open.writer, path);
        if (call.args !== undefined) {
          settings.warn(`${path}.args`, "dropped", "`args` next to streamed `partialArgs` ignored.");
        }
      } else text = JSON.stringify(call.args ?? {});
      const entry: OpenAIChunkToolCallDelta = {
        index,
        id,
        type: "function",
        function: { name: call.name, arguments: text },
      };
      if (signature !== undefined) entry.extra_content = { google: { thought_signature: signature } };
      entries.push(entry);
      if (streamed && call.willContinue !== true) entries.push(...this.closeOpen());
      return entries;
    }
    const open = this.open;
    if (open === undefined) {
      // An orphan `{}` terminator carries nothing; anything else without an open call has no call to go to.
      if (call.args !== undefined || (call.partialArgs?.length ?? 0) > 0 || signature !== undefined) {
        settings.warn(path, "dropped", "functionCall fragment without a name and without an open streamed call.");
      }
      return entries;
    }
    const text = this.writeFragments(call, open.writer, path);
    const entry: OpenAIChunkToolCallDelta = text === "" ? { index: open.index } : this.fragmentEntry(open, text);
    if (call.args !== undefined) {
      settings.warn(`${path}.args`, "dropped", "`args` on a streamed-argument continuation ignored.");
    }
    // A signature arriving on a later fragment belongs to the call being streamed (https://ai.google.dev/gemini-api/docs/thought-signatures rule 5).
    if (signature !== undefined) {
      entry.extra_content = { google: { thought_signature: signature } };
      if (open.plainId !== "") settings.signatureStore?.set(toolCallSignatureKey(open.plainId), signature);
      if (settings.signatureMode === "tool_call_id") {
        settings.warn(path, "signature_not_in_id", "thought signature arrived after the tool-call id was sent; it is only in extra_content.google.thought_signature");
      }
    }
    if (entry.function !== undefined || entry.extra_content !== undefined) entries.push(entry);
    if (call.willContinue !== true) entries.push(...this.closeOpen());
    return entries;
  }
}

