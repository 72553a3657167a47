import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fragmentsOf, jsonArgs } from "../../test/partial-args-arbitraries";
import type { GeminiPartialArg } from "../wire/gemini";
import { parseJsonPath } from "./gemini-to-openai-json-path";
import { createPartialArgsWriter } from "./gemini-to-openai-partial-args";

/** Each fragment's text, then the closing text. */
function run(fragments: readonly GeminiPartialArg[]): { pieces: string[]; problems: string[] } {
  const writer = createPartialArgsWriter();
  const pieces: string[] = [];
  const problems: string[] = [];
  for (const fragment of fragments) {
    const result = writer.write(fragment);
    pieces.push(result.text);
    if (result.problem !== undefined) problems.push(result.problem);
  }
  pieces.push(writer.close());
  return { pieces, problems };
}

describe("parseJsonPath", () => {
  it.each([
    ["$.location", ["location"]],
    ["$.recipe.ingredients[0].amount", ["recipe", "ingredients", 0, "amount"]],
    ["$['b c'][12]['it\\'s']", ["b c", 12, "it's"]],
    ['$["d"]', ["d"]],
    ["$['\\u00e9\\n']", ["é\n"]],
    ["$.foo-bar", ["foo-bar"]],
    ["$", []],
  ])("%s", (path, segments) => {
    expect(parseJsonPath(path)).toEqual(segments);
  });

  it.each(["", "location", "$.", "$[*]", "$.*", "$[-1]", "$[01]", "$[1:2]", "$['open", "$['bad\\q']", "$x"])(
    "rejects %j",
    (path) => {
      expect(parseJsonPath(path)).toBeNull();
    },
  );
});

describe("createPartialArgsWriter", () => {
  it("streams the seed's call piece by piece (constructed from Google's recorded deltas)", () => {
    const { pieces, problems } = run([
      { jsonPath: "$.location", stringValue: "Boston, MA", willContinue: true },
      { jsonPath: "$.location", stringValue: "" },
      { jsonPath: "$.unit", stringValue: "celsius", willContinue: true },
      { jsonPath: "$.unit", stringValue: "" },
    ]);
    expect(pieces).toEqual(['{"location":"Boston, MA', '"', ',"unit":"celsius', '"', "}"]);
    expect(problems).toEqual([]);
  });

  it("opens and closes nested objects and arrays as the path moves", () => {
    const { pieces } = run([
      { jsonPath: "$.recipe.ingredients[0].amount", stringValue: "16 oz" },
      { jsonPath: "$.recipe.ingredients[0].name", stringValue: "Noodles" },
      { jsonPath: "$.recipe.ingredients[1].amount", stringValue: "1 lb" },
      { jsonPath: "$.recipe.name", stringValue: "Lasagna" },
      { jsonPath: "$.recipe.steps[0]", stringValue: "Preheat to 375°F", willContinue: true },
      { jsonPath: "$.recipe.steps[0]", stringValue: "." },
      { jsonPath: "$.recipe.steps[1]", numberValue: 2.5 },
      { jsonPath: "$.flags.ok", boolValue: false },
      { jsonPath: "$.flags.none", nullValue: "NULL_VALUE" },
    ]);
    const text = pieces.join("");
    expect(text).toBe(
      JSON.stringify({
        recipe: {
          ingredients: [{ amount: "16 oz", name: "Noodles" }, { amount: "1 lb" }],
          name: "Lasagna",
          steps: ["Preheat to 375°F.", 2.5],
        },
        flags: { ok: false, none: null },
      }),
    );
    expect(pieces[0]).toBe('{"recipe":{"ingredients":[{"amount":"16 oz"');
    expect(pieces[3]).toBe('}],"name":"Lasagna"');
  });

  it("escapes string pieces and never splits a surrogate pair into escapes", () => {
    const { pieces } = run([
      { jsonPath: "$.s", stringValue: 'a"b\\c\n\u0001\ud83d', willContinue: true },
      { jsonPath: "$.s", stringValue: "\ude00 end", willContinue: true },
      { jsonPath: "$.s", stringValue: "" },
    ]);
    expect(pieces).toEqual(['{"s":"a\\"b\\\\c\\n\\u0001', "😀 end", '"', "}"]);
    expect(pieces.join("")).toBe(JSON.stringify({ s: 'a"b\\c\n\u0001😀 end' }));
  });

  it("closes the open string and containers when the stream ends early", () => {
    expect(run([{ jsonPath: "$.a[0].b", stringValue: "par", willContinue: true }]).pieces.join("")).toBe(
      '{"a":[{"b":"par"}]}',
    );
    expect(run([{ jsonPath: "$.a", stringValue: "x\ud83d", willContinue: true }]).pieces.join("")).toBe(
      JSON.stringify({ a: "x\ud83d" }),
    );
  });

  it("writes {} for a call without fragments and is idempotent on close", () => {
    const writer = createPartialArgsWriter();
    expect(writer.close()).toBe("{}");
    expect(writer.close()).toBe("");
    expect(writer.write({ jsonPath: "$.a", numberValue: 1 })).toEqual({
      text: "",
      problem: "the call's arguments were already closed",
    });
  });

  it("fills an index gap with null, as JSON.stringify writes array holes", () => {
    expect(run([{ jsonPath: "$.a[2]", numberValue: 1 }]).pieces.join("")).toBe('{"a":[null,null,1]}');
  });

  it("closes an open string when a fragment for another path arrives without the empty terminator", () => {
    const { pieces } = run([
      { jsonPath: "$.a", stringValue: "x", willContinue: true },
      { jsonPath: "$.b", stringValue: "y", willContinue: true },
    ]);
    expect(pieces).toEqual(['{"a":"x', '","b":"y', '"}']);
  });

  it.each<[string, GeminiPartialArg[], string, string]>([
    [
      "a revisited member",
      [{ jsonPath: "$.a", numberValue: 1 }, { jsonPath: "$.b", numberValue: 2 }, { jsonPath: "$.a", numberValue: 3 }],
      '{"a":1,"b":2}',
      'member "a" was already written',
    ],
    [
      "an index going backwards",
      [{ jsonPath: "$.a[1]", numberValue: 1 }, { jsonPath: "$.a[0]", numberValue: 2 }],
      '{"a":[null,1]}',
      "index 0 comes after index 1",
    ],
    [
      "a closed container re-entered",
      [{ jsonPath: "$.a.x", numberValue: 1 }, { jsonPath: "$.b", numberValue: 2 }, { jsonPath: "$.a.y", numberValue: 3 }],
      '{"a":{"x":1},"b":2}',
      'member "a" was already written',
    ],
    ["an index at the root", [{ jsonPath: "$[0]", numberValue: 1 }], "{}", "arguments must be an object"],
    ["a value at the root", [{ jsonPath: "$", numberValue: 1 }], "{}", "arguments must be an object"],
    ["a wildcard path", [{ jsonPath: "$.a[*]", numberValue: 1 }], "{}", 'unsupported jsonPath "$.a[*]"'],
    ["a fragment without value", [{ jsonPath: "$.a" }], "{}", "fragment has no value"],
    [
      "a member where an array is open",
      [{ jsonPath: "$.a[0].b", numberValue: 1 }, { jsonPath: "$.a.c", numberValue: 2 }],
      '{"a":[{"b":1}]}',
      "a member name where an array is open",
    ],
    [
      "a scalar where a container is open",
      [{ jsonPath: "$.a.b", numberValue: 1 }, { jsonPath: "$.a", numberValue: 2 }],
      '{"a":{"b":1}}',
      "a value where an object or array is open",
    ],
    ["a huge index gap", [{ jsonPath: "$.a[5000]", numberValue: 1 }], "{}", "index 5000 leaves a gap of more than 1024"],
  ])("refuses %s and keeps the text valid JSON", (_name, fragments, text, problem) => {
    const result = run(fragments);
    expect(result.pieces.join("")).toBe(text);
    expect(result.problems).toEqual([problem]);
  });

  test.prop([jsonArgs, fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 12 }), fc.boolean()])(
    "the concatenated text is exactly JSON.stringify of the arguments, for any in-order fragment stream",
    (args, cuts, endWithEmpty) => {
      const { pieces, problems } = run(fragmentsOf(args, cuts, endWithEmpty));
      expect(problems).toEqual([]);
      expect(pieces.join("")).toBe(JSON.stringify(args));
    },
  );
});
