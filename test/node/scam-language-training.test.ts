/**
 * The committed scam_language weights (src/domain/scam-language-weights.ts) are what
 * `npm run train:language` makes of today's data/corpus: the module records a hash of the tune rows
 * it was trained on, and training is deterministic (the same rows give byte-identical weights).
 * `npm run train:language -- --check` retrains in full and compares byte for byte (≈ 5 s).
 */
import { describe, expect, it } from "vitest";
import { sha256, TRAINING_OPTIONS, toExample, train } from "../../scripts/lib/scam-language-training";
import { tuneRows } from "../../scripts/train-scam-language";
import { SCAM_LANGUAGE_WEIGHTS } from "../../src/domain/scam-language-weights";

describe("scam_language weights module", () => {
  it("was trained on today's tune split (retrain with npm run train:language when data/corpus changes)", () => {
    expect(SCAM_LANGUAGE_WEIGHTS.corpusHash).toBe(tuneRows().corpusHash);
  });

  it("records the hash of its own weights", () => {
    expect(sha256(SCAM_LANGUAGE_WEIGHTS.weights)).toBe(SCAM_LANGUAGE_WEIGHTS.weightsHash);
  });

  it("trains deterministically: the same rows give byte-identical weights", () => {
    const { scam, genuine } = tuneRows();
    const subset = [
      ...scam.filter((_, i) => i % 40 === 0).map((row) => toExample(row.text, 1, row.template, row.label)),
      ...genuine.filter((_, i) => i % 15 === 0).map((row) => toExample(row.text, 0, row.template, row.label)),
    ];
    const options = { ...TRAINING_OPTIONS, epochs: 2 };
    const first = train(subset, options);
    const second = train(subset, options);
    expect(Buffer.from(second.weights).equals(Buffer.from(first.weights))).toBe(true);
    expect(second.bias).toBe(first.bias);
  });
});
