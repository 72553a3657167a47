import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { translate } from "../../test/helpers/openai-to-gemini-test-helpers";

describe("hostile tool types (regression found by the hardening fuzz, issue 10)", () => {
  it("a tool type whose String() throws is a reported unsupported tool, not a 500 internal_error", () => {
    const type = JSON.parse('[{"toString":1}]');
    const request = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "q" }], tools: [{ type }] };
    try {
      const { warnings } = translate(request);
      expect(warnings.map((w) => w.path)).toContain("tools[0]");
      expect(JSON.stringify(warnings)).toContain("tool type '(array)'");
    } catch (error) {
      expect(error).toBeInstanceOf(GembridgeError);
      expect([(error as GembridgeError).status, (error as GembridgeError).param]).toEqual([400, "tools[0]"]);
      expect((error as GembridgeError).message).toContain("(array)");
    }
  });
});
