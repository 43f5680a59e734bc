/**
 * Reasons and advice in the reader's language, and officialContacts for every registry institution.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import registryTsv from "../../data/official_numbers.tsv?raw";
import { INSTITUTIONS, toSimplifiedChars } from "../../src/domain/institutions";
import { call, json } from "../helpers";

const ENGLISH_SENTENCE = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;
const HAN = /\p{Script=Han}/u;
/** Callable registry numbers (not SMS ports or 10xxx codes) per organization. */
const CALLABLE = new Map<string, string[]>();
for (const line of registryTsv.trim().split("\n").slice(1)) {
  const [number = "", , kind = "", organization = ""] = line.split("\t");
  if (kind === "106_sms_port" || kind === "10xxx") continue;
  CALLABLE.set(organization, [...(CALLABLE.get(organization) ?? []), number]);
}

type Body = Record<string, any>;
const SCAM = "【中信金融】您的借款已逾期，将于今日起诉并上门，请立即登录 http://zx-lang.top/p 回复验证码处理，或转账至指定账户。";

async function seedReports() {
  for (let i = 0; i < 3; i++) {
    await call("/api/v1/reports", { ip: `10.77.${i + 1}.1`, json: { sender: "13700007777", text: SCAM.replace("今日", `${i + 1}日内`) } });
    // The same template from other senders and networks: campaign evidence beyond the sender's own reporters.
    await call("/api/v1/reports", { ip: `10.78.${i + 1}.1`, json: { sender: `1370000778${i}`, text: SCAM.replace("今日", `${i + 4}日内`) } });
  }
}

/** Every reason and advice message of a /check answer and the sender lookup in one language. */
async function messagesIn(query: string, headers: Record<string, string> = {}): Promise<{ codes: string[]; texts: string[]; check: Body; lookup: Body }> {
  const check = await json(await call(`/api/v1/check${query}`, { json: { sender: "13700007777", text: SCAM }, headers }));
  const lookup = await json(await call(`/api/v1/senders/13700007777${query}`, { headers }));
  const official = await json(await call(`/api/v1/senders/95558${query}`, { headers }));
  const nobody = await json(await call(`/api/v1/domains/never-reported-lang.top${query}`, { headers }));
  const reasons = [...check.reasons, ...check.sender.reasons, ...lookup.reasons, ...official.reasons, ...nobody.reasons];
  return { codes: reasons.map((r: Body) => r.code), texts: [...reasons, ...check.advice].map((r: Body) => r.message), check, lookup };
}

describe("language of reasons and advice", () => {
  it("follows ?lang=, then Accept-Language, with zh-CN by default; codes never change", async () => {
    await seedReports();
    const zhCN = await messagesIn("");
    const zhTW = await messagesIn("", { "accept-language": "zh-HK,zh;q=0.9,en;q=0.5" });
    const en = await messagesIn("?lang=en", { "accept-language": "zh-TW" });
    const hant = await messagesIn("?lang=zh-TW");
    expect(zhCN.codes).toEqual(expect.arrayContaining(["impersonates_institution", "asks_verification_code", "legal_threat", "repayment_channel_private", "campaign", "reported_by_many", "strong_signals", "official_sender", "no_reports"]));
    for (const other of [zhTW, en, hant]) expect(other.codes).toEqual(zhCN.codes);
    for (const text of zhCN.texts) {
      expect(text).not.toMatch(ENGLISH_SENTENCE);
      expect(text).toMatch(HAN);
    }
    for (const { texts } of [zhTW, hant]) {
      for (const text of texts) expect(text).not.toMatch(ENGLISH_SENTENCE);
      expect(texts.filter((text) => toSimplifiedChars(text) !== text).length).toBeGreaterThanOrEqual(texts.length - 1);
    }
    for (const text of en.texts) expect(text.replace(/中信银行|中信金融/g, "")).not.toMatch(HAN);
  });

  it("marks the language of the response", async () => {
    const response = await call("/api/v1/check?lang=en", { json: { text: "hello" } });
    expect(response.headers.get("content-language")).toBe("en");
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
  });

  it("advises what to do next, with the official number to call", async () => {
    const body = await json(await call("/api/v1/check?lang=en", { json: { sender: "13700008888", text: SCAM } }));
    expect(body.advice.map((a: Body) => a.code)).toEqual(["dont_reply", "dont_click", "dont_call_text_number", "call_official", "report_12321", "lost_money_96110"]);
    expect(body.advice.find((a: Body) => a.code === "call_official").message).toContain("95558");
  });
});

describe("officialContacts", () => {
  const registered = INSTITUTIONS.filter((institution) => institution.organization !== null);

  it.each(registered.map((institution) => [institution.name, institution.organization as string]))("%s → the registry's numbers of %s", async (name, organization) => {
    const body = await json(await call("/api/v1/check", { json: { text: `【${name}】您的账单已出，请按时还款。` } }));
    expect(body.claimedInstitution).toBe(name);
    const all = body.officialContacts as { institution: string; type: string; value: string }[];
    // The registry's seeded official domains (migration 0020) follow the numbers, at most 2.
    const contacts = all.filter((contact) => contact.type === "number");
    const domains = all.filter((contact) => contact.type === "domain");
    expect(domains.length).toBeLessThanOrEqual(2);
    for (const domain of domains) expect(domain.institution).toBe(organization);
    const callable = CALLABLE.get(organization) ?? [];
    expect(contacts.length).toBe(Math.min(8, callable.length));
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      expect(contact).toMatchObject({ institution: organization, type: "number" });
      expect(callable).toContain(contact.value);
    }
    // Service numbers (95xxx/96xxx) come first when the institution has one.
    const service = callable.filter((n) => /^9[56]\d{3,4}$/.test(n));
    if (service.length > 0) expect(service).toContain(contacts[0]!.value);
  });

  it("is empty for institutions without registry numbers", async () => {
    const body = await json(await call("/api/v1/check", { json: { text: "【东銮金融】您的分期已逾期" } }));
    expect(body.officialContacts).toEqual([]);
  });

  it("carries the registry's domains once it has them", async () => {
    // Seeded by migration 0020; the insert keeps the test true to its name if the seed changes.
    await env.DB.prepare("INSERT OR IGNORE INTO official_domains (domain, organization, source, created_at) VALUES ('cbhb.com.cn', '渤海银行', 'seed', 0)").run();
    // A bookmark reads past the isolate's caches (a registry write elsewhere shows within the sync interval).
    const report = await call("/api/v1/reports", { json: { sender: "13700006666", text: "测试文本，请忽略" } });
    const bookmark = report.headers.get("x-d1-bookmark") ?? "";
    const body = await json(await call("/api/v1/check", { json: { text: "【渤海银行】您的账单已出" }, headers: { "x-d1-bookmark": bookmark } }));
    expect(body.officialContacts).toContainEqual({ institution: "渤海银行", type: "domain", value: "cbhb.com.cn" });
    expect(body.officialContacts).toContainEqual({ institution: "渤海银行", type: "number", value: expect.stringMatching(/\d/) });
  });

  it("comes with lookups of official senders and of numbers whose reports claim an institution", async () => {
    await seedReports();
    const official = await json(await call("/api/v1/senders/95599"));
    expect(official.officialContacts[0]).toEqual({ institution: "中国农业银行", type: "number", value: "95599" });
    const reported = await json(await call("/api/v1/senders/13700007777"));
    expect(reported.officialContacts).toContainEqual({ institution: "中信银行", type: "number", value: "95558" });
    const unknown = await json(await call("/api/v1/senders/13700009999"));
    expect(unknown.officialContacts).toEqual([]);
  });
});

describe("problem details", () => {
  it("are in the request's language, with codes unchanged", async () => {
    const zh = await json(await call("/api/v1/senders/not%20a%20number!!!"));
    expect(zh).toMatchObject({ code: "invalid_sender", title: "不是有效的发送方号码或名称" });
    expect(zh.detail).not.toMatch(ENGLISH_SENTENCE);
    const tw = await json(await call("/api/v1/check", { json: {}, headers: { "accept-language": "zh-TW" } }));
    expect(tw).toMatchObject({ code: "invalid_body", title: "請求內容無效" });
    const en = await call("/api/v1/check?lang=en", { json: {} });
    expect(en.headers.get("content-language")).toBe("en");
    expect(await json(en)).toMatchObject({ code: "invalid_body", title: "Invalid request body" });
  });
});
