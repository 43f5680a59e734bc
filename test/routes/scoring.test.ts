/**
 * The published formula (docs/scoring.md), re-implemented here from the document alone, must
 * reproduce the live score from a verbose response's inputs.
 */
import { describe, expect, it } from "vitest";
import { call, createKey, json, SCAM_TEXT } from "../helpers";

interface VerboseInputs {
  now: string;
  halfLifeDays: number;
  reporters: { lastAt: string; weight: number; strongSignal: boolean }[];
  campaignReporters: number;
  campaignLastSeen: string | null;
}

function scoreFromDocs(inputs: VerboseInputs): number {
  const now = Date.parse(inputs.now);
  const decay = (at: string) => 2 ** (-(now - Date.parse(at)) / (inputs.halfLifeDays * 86_400_000));
  const E = inputs.reporters.reduce((sum, r) => sum + r.weight * decay(r.lastAt), 0);
  const S = inputs.reporters.filter((r) => r.strongSignal).reduce((sum, r) => sum + r.weight * decay(r.lastAt), 0);
  const C = inputs.campaignLastSeen ? inputs.campaignReporters * decay(inputs.campaignLastSeen) : 0;
  const a = 0.8 * (1 - Math.exp(-E / 4));
  const b = 0.5 * (1 - Math.exp(-S / 3));
  const c = 0.6 * (1 - Math.exp(-C / 1.5));
  let score = Math.round(100 * (1 - (1 - a) * (1 - b) * (1 - c)));
  if (inputs.reporters.length < 2) score = Math.min(score, 59);
  return score;
}

describe("scores are reproducible from verbose inputs", () => {
  it.each([1, 2, 4, 7])("with %i reporter(s)", async (reporters) => {
    const sender = `1580000000${reporters}`;
    for (let i = 0; i < reporters; i++) {
      const response = await call("/api/v1/reports", { ip: `10.70.${reporters}.${i + 1}`, json: { sender, text: SCAM_TEXT.replace("35", String(i + 10)) } });
      expect(response.status).toBe(201);
    }
    // One text without strong signals, from a different person, for a mixed input.
    await call("/api/v1/reports", { ip: `10.71.${reporters}.1`, json: { sender, text: "你好，请问是王先生吗" } });
    for (const audience of ["app", "carrier", "regulator"]) {
      const body = await json(await call(`/api/v1/senders/${sender}?verbose=true&audience=${audience}`));
      expect(body.inputs.reporters).toHaveLength(reporters + 1);
      expect(body.score).toBe(scoreFromDocs(body.inputs));
      const t = body.inputs.thresholds;
      const expected =
        body.score >= t.scam && body.inputs.reporters.length >= t.minReportersForScam ? "scam" : body.score >= t.suspicious ? "suspicious" : "unknown";
      expect(body.verdict).toBe(expected);
    }
  });
});

describe("reporter trust", () => {
  it("gives weight to reporters corroborated by independent reporters", async () => {
    await call("/api/v1/reports", { ip: "10.72.0.1", json: { sender: "15811110000", text: SCAM_TEXT } });
    await call("/api/v1/reports", { ip: "10.72.0.2", json: { sender: "15811110000", text: SCAM_TEXT.replace("35", "36") } });
    const body = await json(await call("/api/v1/senders/15811110000?verbose=true"));
    const weights = body.inputs.reporters.map((r: { weight: number }) => r.weight).sort();
    expect(weights).toEqual([0.6, 0.8]);
  });

  it("takes weight from a reporter who floods many targets in a short time", async () => {
    const { key } = await createKey("app");
    for (let i = 0; i < 25; i++) {
      const response = await call("/api/v1/reports", { key, json: { sender: `1582222${String(1000 + i)}`, text: `第${i}条：${SCAM_TEXT}`, reporterId: "flooder" } });
      expect(response.status).toBe(201);
    }
    const last = await json(await call("/api/v1/senders/15822221024?verbose=true"));
    expect(last.inputs.reporters[0].weight).toBeCloseTo(0.12, 5);
    // An ordinary reporter on the same kind of target keeps the full starting weight.
    await call("/api/v1/reports", { key, json: { sender: "15822229999", text: SCAM_TEXT, reporterId: "ordinary" } });
    const ordinary = await json(await call("/api/v1/senders/15822229999?verbose=true"));
    expect(ordinary.inputs.reporters[0].weight).toBe(0.6);
  });

  it("counts app users as distinct reporters, namespaced by the app's key", async () => {
    const first = await createKey("app");
    const second = await createKey("app");
    for (const key of [first.key, second.key]) {
      for (const user of ["u1", "u2"]) {
        await call("/api/v1/reports", { key, json: { sender: "15833330000", text: `${user}: ${SCAM_TEXT}`, reporterId: user } });
      }
    }
    const body = await json(await call("/api/v1/senders/15833330000"));
    expect(body.reports.distinctReporters).toBe(4);
  });
});
