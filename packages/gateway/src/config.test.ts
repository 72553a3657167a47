import { describe, expect, it } from "vitest";
import { ConfigError, helpText, loadConfig, SETTINGS } from "./config";

describe("loadConfig", () => {
  it("nothing configured → the replay upstream on 127.0.0.1:8080 with the documented defaults", () => {
    expect(loadConfig([], {})).toEqual({
      host: "127.0.0.1",
      port: 8080,
      upstream: "replay",
      vertexLocation: "global",
      signatureMode: "extra_content",
      signatureStore: "memory",
      signatureMaxEntries: 100_000,
      signatureTtlSeconds: 86_400,
      upstreamTimeoutMs: 300_000,
      bodyLimitBytes: 20 * 1024 * 1024,
      upstreamBodyLimitBytes: 64 * 1024 * 1024,
      headersTimeoutMs: 60_000,
      shutdownGraceMs: 30_000,
    });
  });

  it("GEMINI_API_KEY selects the Gemini API; flags win over env", () => {
    const config = loadConfig(["--port", "9000", "--models", "gemini-2.5-flash, gemini-2.5-pro"], { GEMINI_API_KEY: "k", PORT: "1234" });
    expect(config).toMatchObject({ upstream: "gemini", geminiApiKey: "k", port: 9000, models: ["gemini-2.5-flash", "gemini-2.5-pro"] });
  });

  it("client keys: off by default (above); GEMBRIDGE_API_KEYS and --api-keys give a trimmed list", () => {
    expect(loadConfig([], { GEMBRIDGE_API_KEYS: " k1, k2 ,," })).toMatchObject({ apiKeys: ["k1", "k2"] });
    expect(loadConfig(["--api-keys", "flag"], { GEMBRIDGE_API_KEYS: "env" })).toMatchObject({ apiKeys: ["flag"] });
    expect(loadConfig([], { GEMBRIDGE_API_KEYS: " , " })).not.toHaveProperty("apiKeys");
  });

  it("GOOGLE_CLOUD_PROJECT selects Vertex AI with ADC; GOOGLE_GENAI_USE_VERTEXAI + GOOGLE_API_KEY selects express mode", () => {
    expect(loadConfig([], { GOOGLE_CLOUD_PROJECT: "p", GOOGLE_CLOUD_LOCATION: "us-central1" })).toMatchObject({
      upstream: "vertex",
      vertexProject: "p",
      vertexLocation: "us-central1",
    });
    expect(loadConfig([], { GOOGLE_GENAI_USE_VERTEXAI: "true", GOOGLE_API_KEY: "k" })).toMatchObject({ upstream: "vertex", vertexApiKey: "k" });
  });

  it("rejects what cannot work, naming the flag", () => {
    expect(() => loadConfig(["--upstream", "gemini"], {})).toThrow(new ConfigError("--upstream gemini needs GEMINI_API_KEY (or --gemini-api-key)."));
    expect(() => loadConfig(["--upstream", "vertex"], {})).toThrow(ConfigError);
    expect(() => loadConfig(["--signature-mode", "id"], {})).toThrow("--signature-mode must be extra_content or tool_call_id, not 'id'.");
    expect(() => loadConfig(["--port=-1"], {})).toThrow("--port must be a non-negative integer, not '-1'.");
    expect(() => loadConfig(["--nope"], {})).toThrow(TypeError);
  });

  it("--help → 'help'; the help text lists every setting", () => {
    expect(loadConfig(["--help"], {})).toBe("help");
    expect(loadConfig(["--", "--help"], {})).toBe("help"); // what `pnpm start -- --help` passes
    for (const [flag, env] of SETTINGS) {
      expect(helpText()).toContain(flag);
      expect(helpText()).toContain(env);
    }
  });
});
