/**
 * Genuine notices from bank SMS ports are not impersonation: a 106 port whose digits carry the
 * institution's official 95xxx/96xxx number is its probable port. Fakes from look-alike ports
 * (another institution's number, or none) still are.
 */
import { describe, expect, it } from "vitest";
import { call, json } from "../helpers";

/** Institutions with their official service number (data/official_numbers.tsv) and a short name for texts. */
const BANKS: [organization: string, service: string, signature: string][] = [
  ["中国农业银行", "95599", "中国农业银行"],
  ["招商银行", "95555", "招商银行"],
  ["中国建设银行", "95533", "建设银行"],
  ["中国工商银行", "95588", "工商银行"],
  ["中国银行", "95566", "中国银行"],
  ["交通银行", "95559", "交通银行"],
  ["中信银行", "95558", "中信银行"],
  ["中国民生银行", "95568", "民生银行"],
  ["光大银行", "95595", "光大银行"],
  ["兴业银行", "95561", "兴业银行"],
  ["广发银行", "95508", "广发银行"],
  ["中国邮政储蓄银行", "95580", "邮储银行"],
];

/** How banks' ports carry their number: 1069 0 95599, 10698 00 95599, 10657 95599, 10655 0 95599 01. */
const PORT_SHAPES = [(n: string) => `10690${n}`, (n: string) => `106980${n}`, (n: string) => `10657${n}`, (n: string) => `106550${n}01`, (n: string) => `1069${n}0`];

/** Genuine notices: no link, no request for anything. */
const GENUINE = [
  (bank: string) => `【${bank}】您尾号6612的信用卡本期账单已出，应还金额3,215.60元，到期还款日12月25日。`,
  (bank: string) => `【${bank}】您尾号3048的账户12月01日14:22支出(消费)128.00元，余额5,102.33元。`,
  (bank: string) => `【${bank}】温馨提示：您尾号8830的贷款本期应还款日为12月20日，请保持账户余额充足。`,
  (bank: string) => `【${bank}】您尾号1205的储蓄卡12月02日收入(工资)8,600.00元，余额12,430.18元。`,
  (bank: string) => `【${bank}】您的信用卡已逾期3天，为免影响您的信用记录，请尽快通过手机银行还款。如已还款请忽略。`,
];

const FAKE = [
  (bank: string) => `【${bank}】您的账户存在异常，将于今日冻结，请立即登录 http://yh-safe.top/k 完成验证。`,
  (bank: string) => `【${bank}】您的信用卡已逾期，请回复收到的验证码办理延期，否则将上报征信。`,
  (bank: string) => `【${bank}】您有一笔积分即将过期，点击 http://jf-dh.cc/a 兑换现金。`,
  (bank: string) => `【${bank}】您的额度已提升至5万，请添加客服微信 zx9981 办理。`,
  (bank: string) => `【${bank}】您的贷款已逾期，请转账至指定账户 6222 0000 1111 2222 结清，否则起诉。`,
];

const genuineCases = BANKS.flatMap(([organization, service, signature], b) =>
  GENUINE.map((text, t) => ({ organization, sender: PORT_SHAPES[(b + t) % PORT_SHAPES.length]!(service), text: text(signature) })),
);
/** Look-alike ports: another institution's number, a near miss of the right one, or no service number at all. */
const fakeCases = BANKS.flatMap(([organization, service, signature], b) => {
  const other = BANKS[(b + 1) % BANKS.length]![1];
  const nearMiss = `${service.slice(0, 4)}${(Number(service[4]) + 1) % 10}`;
  const ports = [`10690${other}`, `106980${other}`, `10690${nearMiss}`, `1069000${b}8832`, `10655${b}7710023`];
  return FAKE.map((text, t) => ({ organization, sender: ports[t]!, text: text(signature) }));
});

type CheckBody = Record<string, any>;
const check = async (payload: object, query = "") => json<CheckBody>(await call(`/api/v1/check${query}`, { json: payload }));
const codes = (body: CheckBody) => body.reasons.map((r: { code: string }) => r.code);

describe("SMS ports carrying an institution's official number", () => {
  it("has at least 50 genuine notices and 50 fakes", () => {
    expect(genuineCases.length).toBeGreaterThanOrEqual(50);
    expect(fakeCases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(genuineCases)("genuine: $sender for $organization", async ({ organization, sender, text }) => {
    for (const audience of ["app", "carrier"]) {
      const body = await check({ sender, text, audience }, "?lang=en");
      expect(body.impersonatesInstitution).toBe(false);
      expect(body.verdict).not.toBe("suspicious");
      expect(body.verdict).not.toBe("scam");
      if (body.sender.official) {
        // The registry already lists this port (1069095599, 1065795555): official, so trusted.
        expect(body.sender.official).toEqual({ institution: organization });
        expect(body.verdict).toBe("trusted");
      } else {
        const port = body.reasons.find((r: { code: string }) => r.code === "probable_official_port");
        expect(port?.message).toContain(`probably ${organization}'s SMS port`);
      }
    }
  });

  it.each(fakeCases)("fake: $sender naming $organization", async ({ sender, text }) => {
    const body = await check({ sender, text });
    expect(body.impersonatesInstitution).toBe(true);
    expect(codes(body)).toContain("impersonates_institution");
    expect(codes(body)).not.toContain("probable_official_port");
    expect(body.verdict).toBe("suspicious");
  });

  it("says so in every language (the 农业银行 bill notice from 106980095599)", async () => {
    const payload = { sender: "106980095599", text: "【中国农业银行】您尾号6612的信用卡本期账单已出，应还金额3,215.60元，到期还款日12月25日。" };
    const messages = await Promise.all(
      ["zh-CN", "zh-TW", "en"].map(async (lang) => (await check(payload, `?lang=${lang}`)).reasons.find((r: { code: string }) => r.code === "probable_official_port").message),
    );
    expect(messages).toEqual([
      "106980095599 很可能是中国农业银行的短信端口：号码中含有它的官方号码 95599。",
      "106980095599 很可能是中国农业银行的簡訊埠號：號碼中含有它的官方號碼 95599。",
      "106980095599 is probably 中国农业银行's SMS port: its digits carry the official number 95599.",
    ]);
  });
});

describe("impersonation without a strong signal", () => {
  const text = "【中国农业银行】您的信用卡已逾期，请尽快还款。";

  it("from a port that carries no official number is no warning for carriers", async () => {
    const body = await check({ sender: "10690001234", text, audience: "carrier" });
    expect(body.impersonatesInstitution).toBe(true);
    expect(body.verdict).toBe("unknown");
    expect(codes(body)).toEqual(expect.arrayContaining(["impersonates_institution", "impersonation_port_unweighted"]));
  });

  it("from a personal mobile stays a warning", async () => {
    const body = await check({ sender: "13700005555", text });
    expect(body.impersonatesInstitution).toBe(true);
    expect(body.verdict).toBe("suspicious");
    expect(codes(body)).not.toContain("impersonation_port_unweighted");
  });

  it("from a port with a strong signal stays weighted for carriers", async () => {
    const body = await check({ sender: "10690001234", text: `${text}请回复验证码办理。`, audience: "carrier" });
    expect(codes(body)).not.toContain("impersonation_port_unweighted");
    expect(body.score).toBeGreaterThanOrEqual(45);
  });
});

describe("sender lookups of SMS ports", () => {
  const report = (sender: string, text: string, ip: string) => call("/api/v1/reports", { ip, json: { sender, text } });

  it("a port carrying the named institution's number is its probable port, not an impersonator", async () => {
    const text = "【中国农业银行】您的信用卡已逾期3天，为免影响您的信用记录，请尽快还款。";
    expect((await report("106980095599", text, "198.51.100.21")).status).toBe(201);
    const body = await json<CheckBody>(await call("/api/v1/senders/106980095599?lang=en"));
    expect(body.claimedInstitutions).toEqual([{ name: "中国农业银行", count: 1 }]);
    expect(codes(body)).not.toContain("impersonates_institution");
    expect(body.reasons.find((r: { code: string }) => r.code === "probable_official_port")?.message).toBe(
      "106980095599 is probably 中国农业银行's SMS port: its digits carry the official number 95599.",
    );
    const zhTW = await json<CheckBody>(await call("/api/v1/senders/106980095599?lang=zh-TW"));
    expect(zhTW.reasons.find((r: { code: string }) => r.code === "probable_official_port")?.message).toContain("簡訊埠號");
  });

  it("a port carrying another institution's number still impersonates", async () => {
    expect((await report("106980095555", "【中国农业银行】您的信用卡已逾期，请回复验证码办理延期。", "198.51.100.22")).status).toBe(201);
    const body = await json<CheckBody>(await call("/api/v1/senders/106980095555"));
    expect(codes(body)).toContain("impersonates_institution");
    expect(codes(body)).not.toContain("probable_official_port");
  });
});
