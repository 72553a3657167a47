import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

describe("messages", () => {
  it("system and developer messages, wherever they appear, join systemInstruction in order", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "system", content: "A" },
        { role: "user", content: "hi" },
        { role: "developer", content: [{ type: "text", text: "B" }, { type: "text", text: "C" }] },
        { role: "assistant", content: "hello" },
        { role: "system", content: "D" },
        { role: "user", content: "bye" },
      ],
    });
    expect(value.body).toEqual({
      contents: [
        { role: "user", parts: [{ text: "hi" }] },
        { role: "model", parts: [{ text: "hello" }] },
        { role: "user", parts: [{ text: "bye" }] },
      ],
      systemInstruction: { parts: [{ text: "A" }, { text: "B" }, { text: "C" }, { text: "D" }] },
    });
    expect(warnings).toEqual([]);
  });

  it("merges consecutive same-role turns (also when a system message sat between them)", () => {
    const { value } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "one" },
        { role: "system", content: "S" },
        { role: "user", content: [{ type: "text", text: "two" }] },
        { role: "assistant", content: "a" },
        { role: "assistant", content: "b" },
      ],
    });
    expect(value.body.contents).toEqual([
      { role: "user", parts: [{ text: "one" }, { text: "two" }] },
      { role: "model", parts: [{ text: "a" }, { text: "b" }] },
    ]);
  });

  it("empty content is not sent as an empty part, and empty turns are not sent", () => {
    const { value } = translate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "system", content: "" },
        { role: "user", content: "" },
        { role: "user", content: [{ type: "text", text: "" }, { type: "text", text: "x" }] },
        { role: "assistant", content: null },
        { role: "assistant", content: "" },
        { role: "user", content: "y" },
      ],
    });
    expect(value.body).toEqual({ contents: [{ role: "user", parts: [{ text: "x" }, { text: "y" }] }] });
  });

  it("every content carries its role on both dialects", () => {
    for (const dialect of ["gemini", "vertex"] as const) {
      const { value } = translate({ model: "m", messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] }, { dialect });
      expect(value.body.contents.map((c) => c.role)).toEqual(["user", "model"]);
    }
  });

  it("message names are dropped with a warning", () => {
    const { warnings } = translate({ model: "m", messages: [{ role: "user", name: "ann", content: "q" }] });
    expect(warnings).toEqual([{ path: "messages[0].name", code: "dropped", message: "Gemini contents have no participant name" }]);
  });

  it("rejects unknown roles, missing content-bearing messages and non-object bodies with 400 and a path", () => {
    const bad = thrown(() => translate({ model: "m", messages: [{ role: "critic", content: "x" }] })) as GembridgeError;
    expect(bad).toBeInstanceOf(GembridgeError);
    expect([bad.status, bad.param]).toEqual([400, "messages[0].role"]);
    const empty = thrown(() => translate({ model: "m", messages: [{ role: "system", content: "x" }] })) as GembridgeError;
    expect(empty.param).toBe("messages");
    expect((thrown(() => translate(null)) as GembridgeError).status).toBe(400);
    expect((thrown(() => translate({ model: 3, messages: [] })) as GembridgeError).param).toBe("model");
    expect((thrown(() => translate({ model: "m", messages: [{ role: "user", content: 5 }] })) as GembridgeError).param).toBe(
      "messages[0].content",
    );
  });

  it("model: google/ prefix stripped, resource paths kept, client name in context", () => {
    const messages = [{ role: "user", content: "q" }];
    expect(translate({ model: "google/gemini-2.0-flash-001", messages }).value.model).toBe("gemini-2.0-flash-001");
    expect(translate({ model: "google/gemini-2.0-flash-001", messages }).value.context.model).toBe("google/gemini-2.0-flash-001");
    expect(translate({ model: "tunedModels/abc", messages }).value.model).toBe("tunedModels/abc");
    expect(translate({ model: "projects/p/locations/l/publishers/google/models/g", messages }).value.model).toBe(
      "projects/p/locations/l/publishers/google/models/g",
    );
  });
});
