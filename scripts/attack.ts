/**
 * npm run attack — scripted attacks on verdicts against a local Worker (issue 20). For each target
 * (an innocent mobile, an official number, an official domain, a genuine message template) and
 * each attacker (one address, one IPv4 /24, one IPv6 /64, 16 IPv4 /16s, one app key inventing
 * users), it files reports one by one and prints how many it took to move the target to
 * `suspicious` and to `scam` per audience, or ∞ when the bound was reached first.
 * Locally the client chooses its address (CF-Connecting-IP); in production Cloudflare sets it.
 * Starts its own `wrangler dev` on a free loopback port with a fresh D1 folder and removes both.
 *   npm run attack [-- --reports 25]
 */
import { rmSync } from "node:fs";
import { argNumber } from "./lib/args";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";

if (process.argv.includes("--help")) {
  console.log(`npm run attack [-- --reports N]

Scripted attacks against a local Worker (wrangler dev on a free loopback port, fresh local D1,
both removed afterwards). Each attacker files up to N reports (default 25) against each target and
the table shows the number of reports after which the target first reads suspicious / scam for
each audience (app, carrier, regulator); ∞ = not within N reports, 0 = so before any report.

Targets:   innocent mobile · official number (registry) · official domain (registry) ·
           genuine template (a /check of another sender's copy)
Attackers: 1 address · 1 IPv4 /24 · 1 IPv6 /64 · 16 IPv4 /16s · app key inventing users`);
  process.exit(0);
}

const MAX_REPORTS = argNumber("reports", 25);
const AUDIENCES = ["app", "carrier", "regulator"] as const;
type Audience = (typeof AUDIENCES)[number];
type Verdict = "unknown" | "suspicious" | "scam" | "trusted";

interface Attacker {
  name: string;
  /** Headers of the attacker's i-th report. */
  headers(i: number): Record<string, string>;
  /** Extra body fields (reporterId for an app key). */
  body(i: number): Record<string, string>;
}

interface Target {
  name: string;
  /** The i-th report the attacker files, for the attack numbered `run`. */
  report(run: number, i: number): { sender: string; text: string };
  /** The verdict the attack tries to move. */
  verdict(url: string, run: number, audience: Audience): Promise<Verdict>;
}

const OFFICIAL_NUMBERS = ["95588", "95533", "95599", "95566", "95559"];
const OFFICIAL_DOMAINS = [
  ["icbc.com.cn", "工商银行"],
  ["ccb.com", "建设银行"],
  ["abchina.com", "农业银行"],
  ["boc.cn", "中国银行"],
  ["bankcomm.com", "交通银行"],
] as const;
/** Genuine notices, one wording per attack (a parcel pickup, a top-up, a bill, a booking, a delivery). */
const GENUINE = [
  (code: number) => `【丰巢】您的快递已到小区快递柜，取件码${code}，请凭码及时取件。`,
  (code: number) => `【中国移动】您已成功充值50元，订单号${code}，当前余额68.20元。`,
  (code: number) => `【国家电网】您户号${code}的本月电费为126.40元，已自动扣款成功。`,
  (code: number) => `【携程】您预订的酒店订单${code}已确认，入住日期12月20日，祝您旅途愉快。`,
  (code: number) => `【阳光花园物业】本周六上午9点至11点停水检修，单号${code}，请提前储水，给您带来不便敬请谅解。`,
];
const genuineText = (run: number, code: number) => GENUINE[run % GENUINE.length]!(code);

/** Scam wordings different enough to be separate campaigns, so one attack never borrows another's reporters. */
const SCAM_OPENERS = [
  "您的借款已逾期，今日将起诉并上门",
  "账户涉嫌违规即将冻结，法务部已立案",
  "信用卡欠款未还，48小时内上报征信",
  "您名下贷款出现异常，需立即核验身份",
  "催收通知：再不处理将联系您的家人和单位",
  "您的网贷额度被错误开通，不注销将影响征信",
  "快递理赔款待领取，需先验证银行卡",
  "社保卡即将停用，请尽快重新认证",
  "您的医保账户存在异常扣费，请确认",
  "ETC认证已失效，逾期将无法通行",
];
const scamText = (run: number, i: number) =>
  `【${["诚e借", "安易贷", "速融", "恒信", "信达", "聚财", "快赔", "人社", "医保", "高速"][run % 10]}】${SCAM_OPENERS[run % SCAM_OPENERS.length]}，请登录 http://pay${run}-cx.top/${i} 回复验证码处理，编号${1000 + i}`;

/** Verdicts are read as the admin, whom no rate limit applies to: the attacker's own budget is what is measured. */
// biome-ignore lint/suspicious/noExplicitAny: our own API's JSON, read loosely by an attack script
type Json = Record<string, any>;
async function getJson(url: string, init: RequestInit = {}): Promise<Json> {
  const response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Json;
}

const TARGETS: Target[] = [
  {
    name: "innocent mobile",
    report: (run, i) => ({ sender: `1390000${String(run).padStart(2, "0")}00`, text: scamText(run, i) }),
    verdict: async (url, run, audience) => (await getJson(`${url}/api/v1/senders/1390000${String(run).padStart(2, "0")}00?audience=${audience}`)).verdict,
  },
  {
    name: "official number",
    report: (run, i) => ({ sender: OFFICIAL_NUMBERS[run % OFFICIAL_NUMBERS.length]!, text: scamText(run, i) }),
    verdict: async (url, run, audience) => (await getJson(`${url}/api/v1/senders/${OFFICIAL_NUMBERS[run % OFFICIAL_NUMBERS.length]}?audience=${audience}`)).verdict,
  },
  {
    name: "official domain",
    report: (run, i) => {
      const [domain, bank] = OFFICIAL_DOMAINS[run % OFFICIAL_DOMAINS.length]!;
      return { sender: `1700${String(run).padStart(2, "0")}0${String(i).padStart(4, "0")}`, text: `【${bank}】您的账户已冻结，请登录 www.${domain} 并回复验证码${i}解冻` };
    },
    verdict: async (url, run, audience) => (await getJson(`${url}/api/v1/domains/${OFFICIAL_DOMAINS[run % OFFICIAL_DOMAINS.length]![0]}?audience=${audience}`)).verdict,
  },
  {
    name: "genuine template",
    report: (run, i) => ({ sender: `1069${String(run).padStart(2, "0")}0${String(i).padStart(5, "0")}`, text: genuineText(run, 10000000 + i * 7919) }),
    verdict: async (url, run, audience) =>
      (
        await getJson(`${url}/api/v1/check`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sender: "10690999999", text: genuineText(run, 88776655), audience }),
        })
      ).verdict,
  },
];

async function createAppKey(url: string, name: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/admin/keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name, role: "app" }),
  });
  return ((await response.json()) as { key: string }).key;
}

/** The attackers of target number `t`: each attack has address space of its own, so limits of one never help another. */
function attackers(appKey: string, t: number): Attacker[] {
  const none = () => ({});
  return [
    { name: "1 address", headers: () => ({ "cf-connecting-ip": `203.0.${t}.66` }), body: none },
    { name: "1 IPv4 /24", headers: (i) => ({ "cf-connecting-ip": `198.51.${t}.${1 + (i % 254)}` }), body: none },
    { name: "1 IPv6 /64", headers: (i) => ({ "cf-connecting-ip": `2001:db8:66:${t}::${(i + 1).toString(16)}` }), body: none },
    { name: "16 IPv4 /16s", headers: (i) => ({ "cf-connecting-ip": `10.${16 * t + (i % 16)}.${Math.floor(i / 16)}.${1 + (i % 200)}` }), body: none },
    { name: "app key, invented users", headers: () => ({ authorization: `Bearer ${appKey}` }), body: (i) => ({ reporterId: `invented-user-${t}-${i}` }) },
  ];
}

const rank: Record<Verdict, number> = { trusted: 0, unknown: 0, suspicious: 1, scam: 2 };

/** Reports needed per audience to reach suspicious and scam (null = not within MAX_REPORTS). */
async function attack(url: string, run: number, target: Target, attacker: Attacker) {
  const reached: Record<Audience, { suspicious: number | null; scam: number | null }> = {
    app: { suspicious: null, scam: null },
    carrier: { suspicious: null, scam: null },
    regulator: { suspicious: null, scam: null },
  };
  let refused = 0;
  // What the target reads before any report (content alone can make a text suspicious in /check).
  for (const audience of AUDIENCES) {
    const level = rank[await target.verdict(url, run, audience)];
    if (level >= 1) reached[audience].suspicious = 0;
    if (level >= 2) reached[audience].scam = 0;
  }
  for (let i = 0; i < MAX_REPORTS; i++) {
    const response = await fetch(`${url}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", ...attacker.headers(i) },
      body: JSON.stringify({ ...target.report(run, i), ...attacker.body(i) }),
    });
    if (response.status !== 201) refused++;
    await response.arrayBuffer();
    for (const audience of AUDIENCES) {
      const level = rank[await target.verdict(url, run, audience)];
      if (level >= 1) reached[audience].suspicious ??= i + 1;
      if (level >= 2) reached[audience].scam ??= i + 1;
    }
    if (AUDIENCES.every((audience) => reached[audience].scam !== null)) break;
  }
  return { reached, refused };
}

async function main() {
  const persistTo = migratedPersistDir("fanzha-attack-");
  const worker = await startLocalWorker(persistTo);
  const started = Date.now();
  try {
    const appKey = await createAppKey(worker.url, "attacker's app (not trustedReporter)");
    const show = (n: number | null) => (n === null ? "∞" : String(n));
    console.log(`Reports one attacker needs before a target reads suspicious / scam (∞ = not within ${MAX_REPORTS} reports)\n`);
    console.log(["target".padEnd(18), "attacker".padEnd(24), ...AUDIENCES.map((a) => `${a} susp/scam`.padEnd(20)), "refused"].join(" "));
    let run = 0;
    for (const [t, target] of TARGETS.entries()) {
      for (const attacker of attackers(appKey, t)) {
        const { reached, refused } = await attack(worker.url, run++, target, attacker);
        const cells = AUDIENCES.map((a) => `${show(reached[a].suspicious)} / ${show(reached[a].scam)}`.padEnd(20));
        console.log([target.name.padEnd(18), attacker.name.padEnd(24), ...cells, String(refused)].join(" "));
      }
    }
    console.log(`\n"refused": reports answered other than 201 (cooldown 429 per reporter and sender, rate limit per network). ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await worker.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
