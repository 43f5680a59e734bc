/** Nothing personal reaches D1: no ID/bank-card numbers, names, recipient numbers or raw addresses. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../helpers";

const ID_CARD = "11010519491231002X";
const BANK_CARD = "6222021234567890128"; // passes Luhn
const RECIPIENT = "13912345678";
const OTHER_PHONE = "13698765432";
const NAME = "欧阳娜娜";
const ADDRESSES = ["203.0.113.77", "2001:db8::77"];
// Issue 19's hostile reports: a home address, third parties, a given name, a Latin name, a third party's number.
const HOME = { road: "科技园路88号", building: "3栋1201室", district: "南山区科技园", estate: "幸福小区" };
const THIRD_PARTIES = ["张丽华", "刘美玲", "王志强"];
const GIVEN_NAME = "小明";
const LATIN_NAME = "Zhang Wei";
const THIRD_PARTY_PHONE = "13787654321";
const DOTTED_PHONE = "135.2468.1357";

const HOSTILE_TEXTS = [
  `【民丰银行】尊敬的${GIVEN_NAME}，您的贷款已逾期，催收专员明天上门到广东省深圳市南山区${HOME.road}${HOME.building}，已通知您的紧急联系人${THIRD_PARTIES[0]}。`,
  `你老婆${THIRD_PARTIES[1]}的电话${THIRD_PARTY_PHONE}我们已经打过了，你家住在${HOME.estate}5号楼2单元301吧，速还款。`,
  `Mr. ${LATIN_NAME}, your loan is overdue. 您的同事${THIRD_PARTIES[2]}（${DOTTED_PHONE}）将收到通知。`,
];

const TEXTS = [
  `【中信金融】尊敬的${NAME}女士，您的身份证${ID_CARD}名下借款已逾期，请立即还款至银行卡${BANK_CARD}，否则起诉。`,
  `${NAME}您好，您的手机号${RECIPIENT}已被列入催收名单，欠款12800元，已通知您的紧急联系人${OTHER_PHONE}，回复验证码确认。`,
  `【众安】客户${NAME}，尾号${BANK_CARD.slice(-4)}的卡片逾期，身份证号 ${ID_CARD.slice(0, 6)} ${ID_CARD.slice(6, 14)} ${ID_CARD.slice(14)} 已上报征信。`,
];

async function everyStoredValue(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
  ).all<{ name: string }>();
  const dump: string[] = [];
  for (const { name } of tables) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    dump.push(JSON.stringify(results));
  }
  return dump.join("\n");
}

describe("privacy", () => {
  it("stores no ID-card or bank-card number, name, third party, home address, recipient or other phone number, or client address", async () => {
    for (const [i, text] of TEXTS.entries()) {
      const response = await call("/api/v1/reports", { ip: ADDRESSES[i % 2], json: { sender: `1069000012${i}`, text } });
      expect(response.status).toBe(201);
    }
    // The hostile reports, each from three reporters so that its campaign shows a public sample.
    for (const [i, text] of HOSTILE_TEXTS.entries()) {
      for (let reporter = 0; reporter < 3; reporter++) {
        const response = await call("/api/v1/reports", { ip: `198.51.100.${10 * i + reporter}`, json: { sender: `1069000013${i}${reporter}`, text } });
        expect(response.status).toBe(201);
        const body = await response.json<{ campaignId: string; callbackNumbers: string[] }>();
        expect(body.callbackNumbers).toEqual([]);
        const campaign = await (await call(`/api/v1/campaigns/${body.campaignId}`)).text();
        for (const secret of [HOME.road, HOME.building, ...THIRD_PARTIES, GIVEN_NAME, LATIN_NAME, THIRD_PARTY_PHONE, DOTTED_PHONE]) {
          expect(campaign, `campaign shows ${secret}`).not.toContain(secret);
        }
      }
    }
    const appeal = await call("/api/v1/appeals", {
      ip: ADDRESSES[0],
      json: {
        target: { type: "sender", value: "10690000120" },
        statement: `我是${NAME}，身份证${ID_CARD}，这个号码是我们公司的，请核实。我住在深圳市${HOME.district}路${HOME.road.slice(5)}，${HOME.building}。`,
      },
    });
    expect(appeal.status).toBe(202);

    const stored = await everyStoredValue();
    const planted = [ID_CARD, ID_CARD.slice(0, 17), BANK_CARD, RECIPIENT, OTHER_PHONE, NAME, ...ADDRESSES];
    planted.push(HOME.road, HOME.building, HOME.district, HOME.estate, ...THIRD_PARTIES, GIVEN_NAME, LATIN_NAME, THIRD_PARTY_PHONE, DOTTED_PHONE);
    for (const secret of planted) {
      expect(stored, `found ${secret} in D1`).not.toContain(secret);
    }
    // The reporter column holds pseudonyms only.
    const { results } = await env.DB.prepare("SELECT DISTINCT reporter FROM reports").all<{ reporter: string }>();
    for (const { reporter } of results) expect(reporter).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("callback numbers", () => {
  it("are kept as evidence in their own field and masked in the stored text", async () => {
    const response = await call("/api/v1/reports", { json: { sender: "10690000999", text: "【众安】您的贷款已逾期，请立即致电专员 13612345678 协商还款，否则起诉。" } });
    const body = await response.json<{ id: string; callbackNumbers: string[] }>();
    expect(body.callbackNumbers).toEqual(["+8613612345678"]);
    const row = await env.DB.prepare("SELECT text, callback_numbers AS callbacks FROM reports WHERE id = ?").bind(body.id).first<{ text: string; callbacks: string }>();
    expect(row?.text).not.toContain("13612345678");
    expect(JSON.parse(row!.callbacks)).toEqual(["+8613612345678"]);
  });
});
