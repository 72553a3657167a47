import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { geminiEndpoint } from "./gemini-endpoint";

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
        project: "ignored",
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

  it("is pure: same input, same output", () => {
    const options = { dialect: "vertex", model: "gemini-2.5-flash", stream: true, project: "p", location: "global" } as const;
    expect(geminiEndpoint(options)).toEqual(geminiEndpoint(options));
  });
});
