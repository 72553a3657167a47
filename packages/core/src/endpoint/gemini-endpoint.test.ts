import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { type GeminiEndpointOptions, geminiEndpoint } from "./gemini-endpoint";

describe("geminiEndpoint", () => {
  it("Gemini API, unary, API key header", () => {
    expect(geminiEndpoint({ dialect: "gemini", model: "gemini-2.5-flash", stream: false, apiKey: "K" })).toEqual({
      url: "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
      headers: { "content-type": "application/json", "x-goog-api-key": "K" },
    });
  });

  it("Gemini API, stream uses alt=sse; google/ prefix stripped", () => {
    expect(geminiEndpoint({ dialect: "gemini", model: "google/gemini-3-pro-preview", stream: true }).url).toBe(
      "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse",
    );
  });

  it("Gemini API keeps models/ and tunedModels/ resource names", () => {
    expect(geminiEndpoint({ dialect: "gemini", model: "tunedModels/my-tune", stream: false }).url).toBe(
      "https://generativelanguage.googleapis.com/v1beta/tunedModels/my-tune:generateContent",
    );
    expect(geminiEndpoint({ dialect: "gemini", model: "models/gemini-2.0-flash", stream: false }).url).toBe(
      "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent",
    );
  });

  it("Vertex regional", () => {
    expect(
      geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-pro", stream: false, project: "p1", location: "europe-west4" }),
    ).toEqual({
      url: "https://europe-west4-aiplatform.googleapis.com/v1/projects/p1/locations/europe-west4/publishers/google/models/gemini-2.5-pro:generateContent",
      headers: { "content-type": "application/json" },
    });
  });

  it("Vertex default location is us-central1", () => {
    expect(geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-pro", stream: false, project: "p1" }).url).toBe(
      "https://us-central1-aiplatform.googleapis.com/v1/projects/p1/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent",
    );
  });

  it("Vertex global: host without region", () => {
    expect(
      geminiEndpoint({ dialect: "vertex", model: "gemini-3-pro-preview", stream: true, project: "p1", location: "global" }).url,
    ).toBe(
      "https://aiplatform.googleapis.com/v1/projects/p1/locations/global/publishers/google/models/gemini-3-pro-preview:streamGenerateContent?alt=sse",
    );
  });

  it("Vertex express mode: API key, publishers/google/models path, global host", () => {
    expect(geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-flash", stream: false, apiKey: "K" })).toEqual({
      url: "https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-2.5-flash:generateContent",
      headers: { "content-type": "application/json", "x-goog-api-key": "K" },
    });
  });

  it("Vertex full resource path picks the host from its location", () => {
    expect(
      geminiEndpoint({
        dialect: "vertex",
        model: "projects/p2/locations/asia-northeast1/endpoints/123",
        stream: false,
        project: "other",
        allowOtherProjects: true,
      }).url,
    ).toBe("https://asia-northeast1-aiplatform.googleapis.com/v1/projects/p2/locations/asia-northeast1/endpoints/123:generateContent");
  });

  it("baseUrl replaces the host", () => {
    expect(geminiEndpoint({ dialect: "gemini", model: "gemini-2.5-flash", stream: false, baseUrl: "https://proxy.test/g/" }).url).toBe(
      "https://proxy.test/g/v1beta/models/gemini-2.5-flash:generateContent",
    );
  });

  it("Vertex without project or key, and an empty model, are GembridgeErrors", () => {
    expect(() => geminiEndpoint({ dialect: "vertex", model: "gemini-2.5-flash", stream: false })).toThrow(GembridgeError);
    expect(() => geminiEndpoint({ dialect: "gemini", model: "", stream: false })).toThrow(GembridgeError);
  });

  const gemini = (model: string) => geminiEndpoint({ dialect: "gemini", model, stream: false }).url;
  const vertex = (model: string, extra: Partial<GeminiEndpointOptions> = {}) =>
    geminiEndpoint({ dialect: "vertex", model, stream: false, project: "p1", location: "europe-west4", ...extra }).url;

  it("accepts each documented Gemini API shape", () => {
    const host = "https://generativelanguage.googleapis.com/v1beta";
    expect(gemini("gemini-2.5-flash")).toBe(`${host}/models/gemini-2.5-flash:generateContent`);
    expect(gemini("models/gemini-2.5-flash")).toBe(`${host}/models/gemini-2.5-flash:generateContent`);
    expect(gemini("tunedModels/t-1")).toBe(`${host}/tunedModels/t-1:generateContent`);
    expect(gemini("dynamic/d-1")).toBe(`${host}/dynamic/d-1:generateContent`);
  });

  it("accepts each documented Vertex shape, for the configured project and location", () => {
    const host = "https://europe-west4-aiplatform.googleapis.com/v1/projects/p1/locations/europe-west4";
    expect(vertex("gemini-2.5-pro")).toBe(`${host}/publishers/google/models/gemini-2.5-pro:generateContent`);
    expect(vertex("publishers/anthropic/models/claude-x@20250101")).toBe(`${host}/publishers/anthropic/models/claude-x@20250101:generateContent`);
    expect(vertex("projects/p1/locations/europe-west4/publishers/google/models/gemini-2.5-pro")).toBe(
      `${host}/publishers/google/models/gemini-2.5-pro:generateContent`,
    );
    expect(vertex("projects/p1/locations/europe-west4/endpoints/123")).toBe(`${host}/endpoints/123:generateContent`);
    expect(geminiEndpoint({ dialect: "vertex", model: "publishers/google/models/gemini-2.5-flash", stream: false, apiKey: "K" }).url).toBe(
      "https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-2.5-flash:generateContent",
    );
  });

  it("percent-encodes what is left in a segment (non-ASCII, unicode dots, quotes)", () => {
    expect(gemini("gemini\u2024\u2024x")).toBe("https://generativelanguage.googleapis.com/v1beta/models/gemini%E2%80%A4%E2%80%A4x:generateContent");
    expect(gemini("\uff0e\uff0e")).toBe("https://generativelanguage.googleapis.com/v1beta/models/%EF%BC%8E%EF%BC%8E:generateContent");
    expect(gemini("a\"b<c>")).toBe("https://generativelanguage.googleapis.com/v1beta/models/a%22b%3Cc%3E:generateContent");
  });

  const rejected: Array<[string, string]> = [
    ["dot-dot segment (issue 14)", "../v1beta/cachedContents#"],
    ["dot-dot after a resource", "models/x/../../../evil?key=k#"],
    ["single dot", "models/."],
    ["dot-dot alone", ".."],
    ["query", "gemini?key=k"],
    ["fragment", "gemini#x"],
    ["percent (pre-encoded dots)", "%2e%2e"],
    ["percent-encoded slash", "models%2F..%2Fx"],
    ["backslash", "models\\..\\x"],
    ["colon (method)", "gemini:streamGenerateContent"],
    ["CR/LF", "gemini\r\nx-goog-api-key: k"],
    ["NUL", "gemini\u0000"],
    ["DEL", "gemini\u007f"],
    ["space", "gemini 2"],
    ["empty segment", "models//x"],
    ["leading slash", "/models/x"],
    ["trailing slash", "models/x/"],
    ["undocumented Gemini shape", "cachedContents/x"],
    ["too deep", "models/x/y"],
  ];
  it.each(rejected)("rejects %s with 400 param model (both dialects)", (_, model) => {
    for (const call of [() => gemini(model), () => vertex(model)]) {
      expect(call).toThrow(GembridgeError);
      try {
        call();
      } catch (error) {
        expect(error).toMatchObject({ status: 400, param: "model" });
        expect((error as Error).message).not.toMatch(/[\r\n]/);
      }
    }
  });

  it("Vertex rejects undocumented shapes and other projects or locations", () => {
    const bad = [
      "publishers/google/x/gemini",
      "publishers/google/models",
      "projects/p1/locations/europe-west4/datasets/1",
      "projects/p1/locations/europe-west4/publishers/google/models/m/extra",
      "projects/p2/locations/europe-west4/publishers/google/models/gemini-2.5-pro",
      "projects/p1/locations/us-east1/endpoints/1",
      "tunedModels/x",
    ];
    for (const model of bad) expect(() => vertex(model), model).toThrow(expect.objectContaining({ status: 400, param: "model" }));
    // Express mode has no configured project: a full project path needs the opt-in.
    expect(() => geminiEndpoint({ dialect: "vertex", model: "projects/p/locations/global/endpoints/1", stream: false, apiKey: "K" })).toThrow(
      expect.objectContaining({ param: "model" }),
    );
    // The opt-in still checks the location, which picks the host.
    expect(() => vertex("projects/p2/locations/evil.example/endpoints/1", { allowOtherProjects: true })).toThrow(
      expect.objectContaining({ param: "model" }),
    );
    expect(vertex("projects/p2/locations/us-east1/endpoints/1", { allowOtherProjects: true })).toBe(
      "https://us-east1-aiplatform.googleapis.com/v1/projects/p2/locations/us-east1/endpoints/1:generateContent",
    );
  });

  it("validates project, location and baseUrl options", () => {
    for (const project of ["p/../q", "p?x", "", "p#", "-p"]) {
      expect(() => vertex("gemini-2.5-pro", { project }), project).toThrow(expect.objectContaining({ status: 400, param: "project" }));
    }
    for (const location of ["evil.example/", "us-central1.evil.example", "US", "a@b", ""]) {
      expect(() => vertex("gemini-2.5-pro", { location }), location).toThrow(expect.objectContaining({ status: 400, param: "location" }));
    }
    for (const baseUrl of ["proxy.test", "/relative", "ftp://proxy.test", "https://proxy.test/?key=k", "https://proxy.test/#x", "https://proxy.test/?"]) {
      expect(() => geminiEndpoint({ dialect: "gemini", model: "m", stream: false, baseUrl }), baseUrl).toThrow(
        expect.objectContaining({ status: 400, param: "baseUrl" }),
      );
    }
    try {
      geminiEndpoint({ dialect: "gemini", model: "m", stream: false, baseUrl: "https://user:secret@proxy.test/?key=k" });
    } catch (error) {
      expect((error as Error).message).not.toContain("secret");
    }
    expect(geminiEndpoint({ dialect: "vertex", model: "m", stream: true, project: "p", baseUrl: "http://127.0.0.1:9/x//" }).url).toBe(
      "http://127.0.0.1:9/x/v1/projects/p/locations/us-central1/publishers/google/models/m:streamGenerateContent?alt=sse",
    );
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ dialect: "gemini", model: "models/a b\u2024", stream: true } as const);
    expect(() => geminiEndpoint(options)).toThrow(GembridgeError);
    const ok = Object.freeze({ dialect: "gemini", model: "models/a\u2024", stream: true } as const);
    geminiEndpoint(ok);
    expect(ok.model).toBe("models/a\u2024");
  });

  it("is pure: same input, same output", () => {
    const options = { dialect: "vertex", model: "gemini-2.5-flash", stream: true, project: "p", location: "global" } as const;
    expect(geminiEndpoint(options)).toEqual(geminiEndpoint(options));
  });
});
