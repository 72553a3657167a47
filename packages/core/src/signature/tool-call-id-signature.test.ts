import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_TOOL_CALL_ID_LENGTH,
  decodeToolCallIdSignature,
  encodeToolCallIdSignature,
} from "./tool-call-id-signature";

describe("tool-call id signature, format v1", () => {
  it("encodes canonical base64 as base64url (mode u) and round-trips", () => {
    const encoded = encodeToolCallIdSignature("call_1", "Es8FCs+/AA==");
    expect(encoded).toBe("gbts1_6_call_1uEs8FCs-_AA");
    expect(decodeToolCallIdSignature(encoded ?? "")).toEqual({ id: "call_1", signature: "Es8FCs+/AA==" });
  });

  it("keeps a non-base64 signature verbatim (mode r)", () => {
    const encoded = encodeToolCallIdSignature("x8i00o1q", "skip_thought_signature_validator");
    expect(encoded).toBe("gbts1_8_x8i00o1qrskip_thought_signature_validator");
    expect(decodeToolCallIdSignature(encoded ?? "")).toEqual({
      id: "x8i00o1q",
      signature: "skip_thought_signature_validator",
    });
  });

  it("handles empty and long ids (length in base 36)", () => {
    expect(encodeToolCallIdSignature("", "AAAA")).toBe("gbts1_0_uAAAA");
    const id = "i".repeat(40);
    expect(encodeToolCallIdSignature(id, "AAAA")).toBe(`gbts1_14_${id}uAAAA`);
  });

  it("returns null past the length bound", () => {
    expect(encodeToolCallIdSignature("c", "A".repeat(DEFAULT_MAX_TOOL_CALL_ID_LENGTH))).toBeNull();
    expect(encodeToolCallIdSignature("c", "AAAA", { maxLength: 14 })).toBe("gbts1_1_cuAAAA");
    expect(encodeToolCallIdSignature("c", "AAAA", { maxLength: 13 })).toBeNull();
  });

  it("leaves plain and malformed ids unchanged", () => {
    for (const id of [
      "call_abc",
      "",
      "function-call-c855348a",
      "gbts1_",
      "gbts1_zz_x",
      "gbts1_3_abc",
      "gbts1_1_cx",
      "gbts1_1_cuA",
      "gbts1_1_cu+/",
    ]) {
      expect(decodeToolCallIdSignature(id)).toEqual({ id });
    }
  });

  it("round-trips any id and signature (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.base64String(), fc.string()), (id, signature) => {
        const encoded = encodeToolCallIdSignature(id, signature, { maxLength: Number.POSITIVE_INFINITY });
        expect(decodeToolCallIdSignature(encoded ?? "")).toEqual({ id, signature });
      }),
    );
  });

  it("stays within [A-Za-z0-9_-] when the id does and the signature is base64 (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/), fc.base64String(), (id, signature) => {
        expect(encodeToolCallIdSignature(id, signature)).toMatch(/^[A-Za-z0-9_-]+$/);
      }),
    );
  });

  it("decodes any string without throwing; non-prefixed strings unchanged (property)", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const decoded = decodeToolCallIdSignature(value);
        if (!value.startsWith("gbts1_")) expect(decoded).toEqual({ id: value });
      }),
    );
  });
});
