import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { normaliseSender } from "../../src/domain/phone";
import { recordReport } from "../../src/services/submit";
import { SCAM_TEXT } from "../helpers";

describe("REPORTER_KEY rotation", () => {
  it("keeps a reporter known under the previous key as the same reporter inside the merge window", async () => {
    const sender = normaliseSender("13877776666")!;
    const now = Date.now();
    const first = await recordReport(env.DB, { sender, text: SCAM_TEXT, reporter: "pseudonym-old-key", details: {}, idempotency: null, now });
    expect(first.kind).toBe("stored");
    // After rotation the same person has a new pseudonym; the old one is still derivable.
    const repeat = await recordReport(env.DB, {
      sender,
      text: SCAM_TEXT,
      reporter: "pseudonym-new-key",
      previousReporter: "pseudonym-old-key",
      details: {},
      idempotency: null,
      now: now + 60_000,
    });
    expect(repeat).toMatchObject({ kind: "duplicate" });
    const later = await recordReport(env.DB, {
      sender,
      text: `${SCAM_TEXT} 再次提醒`,
      reporter: "pseudonym-new-key",
      previousReporter: "pseudonym-old-key",
      details: {},
      idempotency: null,
      now: now + 20 * 60_000,
    });
    expect(later.kind).toBe("stored");
    const row = await env.DB.prepare("SELECT reporter_count AS reporters, report_count AS reports FROM senders WHERE normalized = ?").bind(sender.normalized).first();
    expect(row).toEqual({ reporters: 1, reports: 2 });
  });
});
