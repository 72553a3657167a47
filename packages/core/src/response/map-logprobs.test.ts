import { describe, expect, it } from "vitest";
import { mapLogprobs } from "./map-logprobs";

describe("mapLogprobs", () => {
  it("maps chosen tokens with their top alternatives and UTF-8 bytes", () => {
    expect(
      mapLogprobs({
        chosenCandidates: [
          { token: "é", tokenId: 1, logProbability: -0.5 },
          { token: "!", tokenId: 2 },
        ],
        topCandidates: [
          { candidates: [{ token: "é", logProbability: -0.5 }, { token: "e", logProbability: -1.5 }] },
        ],
      }),
    ).toEqual({
      content: [
        {
          token: "é",
          logprob: -0.5,
          bytes: [195, 169],
          top_logprobs: [
            { token: "é", logprob: -0.5, bytes: [195, 169] },
            { token: "e", logprob: -1.5, bytes: [101] },
          ],
        },
        // proto3 omits logProbability 0; a missing topCandidates step gives [].
        { token: "!", logprob: 0, bytes: [33], top_logprobs: [] },
      ],
      refusal: null,
    });
  });

  it("an empty result gives an empty list", () => {
    expect(mapLogprobs({})).toEqual({ content: [], refusal: null });
  });
});
