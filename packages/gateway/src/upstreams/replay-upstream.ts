/** A running replay upstream: a Gemini-shaped server on loopback answering from the recorded fixture cases. */
export interface ReplayUpstream {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the conformance kit's mock Gemini upstream in-process on 127.0.0.1 (a free port), so a fresh clone's
 * `pnpm start` answers at once, without credentials: a request that matches a recorded case gets that case's
 * recorded response; anything else gets a recorded Gemini 3 text answer (stream or unary).
 */
export async function startReplayUpstream(): Promise<ReplayUpstream> {
  // Loaded only here: the conformance kit (fixtures, fast-check arbitraries) costs ~80 MB of heap and ~1 s of
  // start-up, which a gateway talking to a real upstream must not pay (decision 0143).
  const { createMockGeminiUpstream } = await import("@gembridge/conformance");
  const mock = await createMockGeminiUpstream({ host: "127.0.0.1", port: 0 });
  // The mock records every request for tests; a long-running gateway must not grow that list without bound.
  const received = mock.received;
  const trim = setInterval(() => received.splice(0, received.length), 10_000);
  trim.unref();
  return {
    url: mock.url,
    close: async () => {
      clearInterval(trim);
      await mock.close();
    },
  };
}
