/**
 * Every verdict change reaches webhook subscribers, whatever caused it (issue 22, item 2): a
 * moderator hiding a report or registering an official sender, an upheld appeal, a withdrawn
 * report, votes, and ageing (the cron). Each goes through the report path's change messages and
 * the real queue consumer; events are verified with the independent `standardwebhooks` package.
 */
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { type ChangesMessage, MAX_TARGETS_PER_INVOCATION } from "../../src/services/webhooks";
import { ADMIN, call, createKey, json } from "../helpers";
import { type Received, receiver } from "../webhook-receiver";

interface VerdictEvent {
  type: string;
  data: { target: { type: string; value: string }; from: string; to: string; score: number; cause: string };
}

let received: Received[];
let verifier: Webhook;

beforeAll(async () => {
  received = receiver();
  const key = await createKey("carrier");
  const created = await json(await call("/api/v1/webhooks", { key: key.key, json: { url: "https://hooks.example.com/causes", events: ["target.verdict_changed"] } }));
  verifier = new Webhook(created.secret);
});

afterAll(() => {
  vi.restoreAllMocks();
});

/** Verified verdict events about one sender, in arrival order (verification throws on a bad signature). */
const eventsFor = (normalized: string) =>
  received
    .map((r) => verifier.verify(r.body, r.headers) as VerdictEvent)
    .filter((e) => e.type === "target.verdict_changed" && e.data.target.value === normalized);

/**
 * Polls until `count` events about the sender arrived; fails after `ms`. Generous on purpose: the
 * latency itself is measured by `scripts/measure-distribution.ts causes`, not here — on the shared
 * 2-core CI machine a queue batch can wait seconds behind other test files' CPU work.
 */
async function eventsArrive(normalized: string, count: number, ms = 20_000): Promise<VerdictEvent[]> {
  const deadline = Date.now() + ms;
  while (eventsFor(normalized).length < count) {
    if (Date.now() > deadline) throw new Error(`${count} events for ${normalized} did not arrive within ${ms} ms (got ${eventsFor(normalized).length})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return eventsFor(normalized);
}

/** Lets any further (duplicate) deliveries land: longer than the queue's 1 s batch timeout. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

/** The event after the report-caused one, once it arrived and nothing followed it. */
async function onlyNextEvent(normalized: string): Promise<VerdictEvent["data"]> {
  const events = await eventsArrive(normalized, 2);
  await settle();
  expect(eventsFor(normalized)).toHaveLength(2);
  return events[1]!.data;
}

/** Distinct templates (no campaign between scenarios), each with a strong signal. */
const TEXTS = {
  hide: "【顺丰速运】您的包裹因地址不详无法派送，请点击 http://sf-pkg.top/a1 重新填写地址并支付补运费2元。",
  appeal: "【市公安局】你涉嫌一宗洗钱案件，须立即将资金转入安全账户配合调查，否则将依法逮捕。",
  withdrawal: "【京东金条】恭喜获得免息借款额度50000元，回复身份证号和银行卡号即可领取。",
  vote: "【ETC服务中心】您的ETC卡已失效，请登录 http://etc-renew.cc/z 重新认证并输入短信验证码。",
  ageing: "【游戏交易平台】您出售的账号已被冻结，需缴纳保证金800元解冻，请回复验证码确认。",
  duplicate: "【社保局】您的医保卡将于今日停用，请立即回复身份证号码办理延期手续。",
  campaign: "【平安普惠】您的贷款合同存在违约记录，今日内不处理将冻结名下账户，请回复收到的验证码核实。",
};

/** Two reports from two networks: the sender becomes suspicious (the report-caused event arrives). */
async function suspiciousSender(sender: string, normalized: string, text: string, net: number) {
  const reports = [];
  for (const host of [1, 2]) {
    const response = await call("/api/v1/reports", { ip: `198.${50 + host}.${net}.1`, json: { sender, text } });
    expect(response.status).toBe(201);
    reports.push(await json(response));
  }
  const [first] = await eventsArrive(normalized, 1);
  expect(first?.data).toMatchObject({ from: "unknown", to: "suspicious", cause: "report" });
  return reports as { id: string; receipt: string }[];
}

const verdictOf = async (sender: string) => (await json(await call(`/api/v1/senders/${sender}`))).verdict as string;

describe("verdict changes without a new report reach subscribers once, with their cause", { timeout: 90_000 }, () => {
  it("moderation: hiding a report", async () => {
    const [report] = await suspiciousSender("17200001001", "+8617200001001", TEXTS.hide, 1);
    expect((await call(`/api/v1/admin/reports/${report!.id}/hide`, { key: ADMIN, json: { reason: "the reporter's mistake" } })).status).toBe(204);
    expect(await onlyNextEvent("+8617200001001")).toMatchObject({ from: "suspicious", to: "unknown", cause: "moderation" });
    expect(await verdictOf("17200001001")).toBe("unknown");
  });

  it("appeal: an upheld appeal clears the target", async () => {
    await suspiciousSender("17200001002", "+8617200001002", TEXTS.appeal, 2);
    const appeal = await json(await call("/api/v1/appeals", { json: { target: { type: "sender", value: "17200001002" }, statement: "This is our customer-service line, not a scam." } }));
    const decided = await call(`/api/v1/admin/appeals/${appeal.id}`, { method: "PATCH", key: ADMIN, json: { decision: "upheld", reason: "licence checked" } });
    expect(decided.status).toBe(200);
    expect(await onlyNextEvent("+8617200001002")).toMatchObject({ from: "suspicious", to: "unknown", score: 0, cause: "appeal" });
  });

  it("withdrawal: a reporter takes a report back", async () => {
    const [, second] = await suspiciousSender("17200001003", "+8617200001003", TEXTS.withdrawal, 3);
    expect((await call(`/api/v1/reports/${second!.id}`, { method: "DELETE", headers: { "x-report-receipt": second!.receipt } })).status).toBe(204);
    expect(await onlyNextEvent("+8617200001003")).toMatchObject({ from: "suspicious", to: "unknown", cause: "withdrawal" });
  });

  it("votes: only the vote that changes the verdict sends an event", async () => {
    await suspiciousSender("17200001004", "+8617200001004", TEXTS.vote, 4);
    let votes = 0;
    while ((await verdictOf("17200001004")) === "suspicious") {
      expect(votes).toBeLessThan(10);
      const response = await call("/api/v1/votes", { ip: `203.${votes + 1}.9.1`, json: { target: { type: "sender", value: "17200001004" }, vote: "legit" } });
      expect(response.status).toBe(201);
      votes++;
      if ((await verdictOf("17200001004")) === "suspicious") {
        // Announced and evaluated, but no change: nothing is sent.
        await settle();
        expect(eventsFor("+8617200001004")).toHaveLength(1);
      }
    }
    expect(votes).toBeGreaterThan(1);
    expect(await onlyNextEvent("+8617200001004")).toMatchObject({ from: "suspicious", to: "unknown", cause: "vote" });
  });

  it("ageing: the cron announces a verdict that decayed, within one run", async () => {
    await suspiciousSender("17200001005", "+8617200001005", TEXTS.ageing, 5);
    const state = await env.DB.prepare("SELECT verdict, recheck_at AS recheckAt FROM webhook_states WHERE target_type = 'sender' AND target = '+8617200001005'").first<{ verdict: string; recheckAt: number }>();
    // Two fresh reporters' score decays below the suspicious threshold in a few weeks.
    expect(state?.verdict).toBe("suspicious");
    expect(state!.recheckAt - Date.now()).toBeGreaterThan(7 * 86_400_000);
    expect(state!.recheckAt - Date.now()).toBeLessThan(60 * 86_400_000);

    // Time passes: the evidence (and the recheck time computed from it) moves into the past.
    const aged = state!.recheckAt - Date.now() + 60_000;
    await env.DB.prepare("UPDATE target_reporters SET last_at = last_at - ?1 WHERE target_type = 'sender' AND target = '+8617200001005'").bind(aged).run();
    await env.DB.prepare("UPDATE webhook_states SET recheck_at = recheck_at - ?1 WHERE target = '+8617200001005'").bind(aged).run();
    expect(await verdictOf("17200001005")).toBe("unknown");
    await settle();
    expect(eventsFor("+8617200001005")).toHaveLength(1);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/10 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const events = await eventsArrive("+8617200001005", 2);
    expect(events[1]!.data).toMatchObject({ from: "suspicious", to: "unknown", cause: "ageing" });
    // Unknown now and nothing can raise it by time alone: no further recheck.
    const after = await env.DB.prepare("SELECT verdict, recheck_at AS recheckAt FROM webhook_states WHERE target = '+8617200001005'").first();
    expect(after).toEqual({ verdict: "unknown", recheckAt: null });
    // A second run finds nothing due for it.
    const again = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/10 * * * *" }), env, again);
    await waitOnExecutionContext(again);
    await settle();
    expect(eventsFor("+8617200001005")).toHaveLength(2);
  });
});

describe("campaign members", { timeout: 90_000 }, () => {
  it("a campaign's change is announced for its other senders too (their campaign evidence changed)", async () => {
    const first = await json(await call("/api/v1/reports", { ip: "198.60.1.1", json: { sender: "17200002001", text: TEXTS.campaign } }));
    expect(await verdictOf("17200002001")).toBe("unknown");
    const second = await json(await call("/api/v1/reports", { ip: "198.61.1.1", json: { sender: "17200002002", text: TEXTS.campaign } }));
    expect(second.campaignId).toBe(first.campaignId);
    // The first sender had no new report; the campaign's second reporter made it suspicious.
    expect(await verdictOf("17200002001")).toBe("suspicious");
    const [event] = await eventsArrive("+8617200002001", 1);
    expect(event!.data).toMatchObject({ from: "unknown", to: "suspicious", cause: "report" });

    // Hiding the other sender's report shrinks the campaign: the first sender drops back, by moderation.
    expect((await call(`/api/v1/admin/reports/${second.id}/hide`, { key: ADMIN, json: { reason: "mistaken report" } })).status).toBe(204);
    const events = await eventsArrive("+8617200002001", 2);
    expect(events[1]!.data).toMatchObject({ from: "suspicious", to: "unknown", cause: "moderation" });
  });
});

describe("the consumer with real batches", { timeout: 90_000 }, () => {
  const changes = (cause: ChangesMessage["cause"], sender: string): ChangesMessage => ({ type: "changes", senders: [sender], domains: [], campaigns: [], cause });

  async function consume(bodies: ChangesMessage[]) {
    const batch = createMessageBatch("fanzha-webhooks", bodies.map((body, i) => ({ id: `m${i}-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body })));
    const ctx = createExecutionContext();
    await worker.queue(batch as never, env, ctx);
    const result = await getQueueResult(batch as never, ctx);
    expect(result.explicitAcks).toHaveLength(bodies.length);
  }

  it("a change delivered twice (in one batch and again later) is announced once; an unchanged verdict not at all", async () => {
    await suspiciousSender("17200001006", "+8617200001006", TEXTS.duplicate, 6);
    // Nothing changed: a notice (any cause) sends nothing.
    await consume([changes("vote", "+8617200001006")]);
    expect(eventsFor("+8617200001006")).toHaveLength(1);

    // A registry change made without a notice, then its notice delivered three times.
    await env.DB.prepare("INSERT INTO official_senders (number, organization, kind, source, created_at) VALUES ('17200001006', '某银行', 'mobile', 'admin', 0)").run();
    await consume([changes("moderation", "+8617200001006"), changes("moderation", "+8617200001006")]);
    await consume([changes("moderation", "+8617200001006")]);
    const events = eventsFor("+8617200001006");
    expect(events).toHaveLength(2);
    expect(events[1]!.data).toMatchObject({ from: "suspicious", to: "trusted", score: 0, cause: "moderation" });
  });

  it("evaluates at most MAX_TARGETS_PER_INVOCATION targets an invocation (D1's query budget) and queues the rest again", async () => {
    const domains = (n: number) => Array.from({ length: n }, (_, i) => `budget-${n}-${i}.example.top`);
    const first: ChangesMessage = { type: "changes", senders: [], domains: domains(MAX_TARGETS_PER_INVOCATION - 100), campaigns: [], cause: "ageing" };
    const second: ChangesMessage = { type: "changes", senders: [], domains: domains(200), campaigns: [], cause: "ageing" };
    const requeued = vi.spyOn(env.WEBHOOK_QUEUE, "sendBatch").mockResolvedValue(undefined as never);
    await consume([first, second]);
    expect(requeued).toHaveBeenCalledTimes(1);
    expect(requeued.mock.calls[0]![0]).toEqual([{ body: second }]);
    requeued.mockRestore();
  });

  it("the official registry route announces its change (moderation)", async () => {
    await call("/api/v1/admin/official-senders/17200001006?reason=wrong%20entry", { method: "DELETE", key: ADMIN });
    const events = await eventsArrive("+8617200001006", 3);
    expect(events[2]!.data).toMatchObject({ from: "trusted", to: "suspicious", cause: "moderation" });
  });
});
