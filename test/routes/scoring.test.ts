/**
 * The published formula (docs/scoring.md), re-implemented here from the document alone, must
 * reproduce the live score from a verbose response's inputs.
 */
import { describe, expect, it } from "vitest";
import { call, createKey, json, SCAM_TEXT, trustedKey } from "../helpers";

interface VerboseInputs {
  now: string;
  halfLifeDays: number;
  reporters: { lastAt: string; weight: number; strongSignal: boolean; source: number }[];
  campaignReporters: number;
  campaignLastSeen: string | null;
  legitVoters: number;
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
  const votes = Math.round(1000 * 0.5 * (1 - Math.exp(-inputs.legitVoters / 3))) / 1000;
  let score = Math.round(100 * (1 - (1 - a) * (1 - b) * (1 - c)) * (1 - votes));
  const witnesses = sourcesOf(inputs) + (C > 0 ? inputs.campaignReporters : 0);
  if (witnesses < 2) score = Math.min(score, 19);
  return score;
}

const sourcesOf = (inputs: VerboseInputs) => new Set(inputs.reporters.map((r) => r.source)).size;

describe("scores are reproducible from verbose inputs", () => {
  it.each([1, 2, 4, 7])("with %i reporter(s)", async (reporters) => {
    const sender = `1580000000${reporters}`;
    for (let i = 0; i < reporters; i++) {
      const response = await call("/api/v1/reports", { ip: `10.70.${reporters * 16 + i}.1`, json: { sender, text: SCAM_TEXT.replace("35", String(i + 10)) } });
      expect(response.status).toBe(201);
    }
    // One text without strong signals, from a different person, for a mixed input.
    await call("/api/v1/reports", { ip: `10.71.${reporters}.1`, json: { sender, text: "你好，请问是王先生吗" } });
    for (const audience of ["app", "carrier", "regulator"]) {
      const body = await json(await call(`/api/v1/senders/${sender}?verbose=true&audience=${audience}`));
      expect(body.inputs.reporters).toHaveLength(reporters + 1);
      expect(body.score).toBe(scoreFromDocs(body.inputs));
      const t = body.inputs.thresholds;
      const anyStrong = body.inputs.reporters.some((r: { strongSignal: boolean }) => r.strongSignal);
      const sourcesForScam = Math.max(t.minReportersForScam, anyStrong ? 0 : 3);
      const expected =
        body.score >= t.scam && sourcesOf(body.inputs) >= sourcesForScam ? "scam" : body.score >= t.suspicious ? "suspicious" : "unknown";
      expect(body.verdict).toBe(expected);
    }
  });
});

describe("reporter trust", () => {
  it("gives weight to reporters corroborated by independent reporters", async () => {
    await call("/api/v1/reports", { ip: "10.72.1.1", json: { sender: "15811110000", text: SCAM_TEXT } });
    await call("/api/v1/reports", { ip: "10.72.2.1", json: { sender: "15811110000", text: SCAM_TEXT.replace("35", "36") } });
    const body = await json(await call("/api/v1/senders/15811110000?verbose=true"));
    const weights = body.inputs.reporters.map((r: { weight: number }) => r.weight).sort();
    expect(weights).toEqual([0.6, 0.8]);
  });

  it("takes weight from a reporter who floods many targets in a short time", async () => {
    const { key } = await trustedKey();
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

  it("counts a trusted app's users as distinct reporters, namespaced by the app's key", async () => {
    const first = await trustedKey();
    const second = await trustedKey();
    for (const key of [first.key, second.key]) {
      for (const user of ["u1", "u2"]) {
        await call("/api/v1/reports", { key, json: { sender: "15833330000", text: `${user}: ${SCAM_TEXT}`, reporterId: user } });
      }
    }
    const body = await json(await call("/api/v1/senders/15833330000"));
    expect(body.reports.distinctReporters).toBe(4);
  });

  it("counts the users of a key created without trustedReporter as at most two reporters and one witness", async () => {
    const { key } = await createKey("app");
    for (let user = 0; user < 6; user++) {
      const text = `【诚信小贷】客户您好，您本月账单已出，请于${user + 10}日前登录 http://loan-bill.example/${user} 还款，回复验证码确认`;
      const response = await call("/api/v1/reports", { key, json: { sender: "15833331111", text, reporterId: `invented-${user}` } });
      expect(response.status).toBe(201);
    }
    const body = await json(await call("/api/v1/senders/15833331111?verbose=true"));
    expect(body.reports.distinctReporters).toBeLessThanOrEqual(2);
    expect(body.inputs.breakdown.distinctSources).toBe(1);
    for (const audience of ["app", "carrier", "regulator"]) {
      expect((await json(await call(`/api/v1/senders/15833331111?audience=${audience}`))).verdict).toBe("unknown");
    }
  });
});
