import { describe, expect, it } from "vitest";
import { AUDIO_MIME_TYPE_BY_FORMAT, MIME_TYPE_BY_EXTENSION, mimeTypeFromName, readMediaSource } from "./media-source";

describe("media sources", () => {
  it("reads data URIs, URIs, Gemini file names and bare base64", () => {
    expect(readMediaSource("data:image/webp;base64,AAAA", false)).toEqual({ kind: "inline", data: "AAAA", mimeType: "image/webp" });
    expect(readMediaSource("data:;base64,AAAA", false)).toEqual({ kind: "inline", data: "AAAA", mimeType: undefined });
    expect(readMediaSource("data:text/plain,hello", true)).toBeUndefined();
    expect(readMediaSource("gs://b/x.PDF", false)).toEqual({ kind: "uri", uri: "gs://b/x.PDF", mimeType: "application/pdf" });
    expect(readMediaSource("files/abc", false)).toEqual({
      kind: "uri",
      uri: "https://generativelanguage.googleapis.com/v1beta/files/abc",
      mimeType: undefined,
    });
    expect(readMediaSource("QUJD+/==", true)).toEqual({ kind: "inline", data: "QUJD+/==", mimeType: undefined });
    expect(readMediaSource("QUJD", false)).toBeUndefined();
    expect(readMediaSource("not base64!", true)).toBeUndefined();
  });

  it.each(Object.entries(MIME_TYPE_BY_EXTENSION))(".%s → %s", (extension, mimeType) => {
    expect(mimeTypeFromName(`https://x.test/dir.v2/file.${extension}?q=.png#frag`)).toBe(mimeType);
  });

  it("no extension, or a dot in a directory, gives no type; audio formats are MIME types", () => {
    expect(mimeTypeFromName("https://x.test/dir.png/file")).toBeUndefined();
    expect(mimeTypeFromName("https://youtu.be/abc")).toBe("video/mp4");
    for (const mimeType of Object.values(AUDIO_MIME_TYPE_BY_FORMAT)) expect(mimeType).toMatch(/^audio\//);
  });
});
