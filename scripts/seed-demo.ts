/**
 * Loads demo data into the local D1 database (npm start runs it): a few campaigns of fake
 * collection notices in the style of the seed articles, reported by many pseudonymous reporters
 * from rotating mobile numbers and 106 ports, plus reports against an official number (spoofing).
 * It runs the production write path (recordReport) on the local D1 SQLite file. Idempotent.
 *   npx tsx scripts/seed-demo.ts [--persist-to .wrangler/state]
 */
import { normaliseSender } from "../src/domain/phone";
import { recordReport } from "../src/services/submit";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { digits as randomDigits, mulberry32 } from "./lib/synthetic";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

const persistTo = process.argv.includes("--persist-to") ? process.argv[process.argv.indexOf("--persist-to") + 1] : undefined;

const random = mulberry32(20261124);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (n: number) => randomDigits(random, n);

const NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"];
const CAMPAIGNS = [
  {
    institution: "中信金融",
    category: "fake_collection",
    domains: ["zx-jr.top", "citic-hk.vip", "zxjr-pay.cc"],
    text: (name: string, amount: number, domain: string) =>
      `【中信金融】尊敬的${name}先生，您的借款已逾期${3 + Math.floor(random() * 60)}天，欠款${amount}元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://${domain}/${digits(4)} 处理，回复验证码确认身份。`,
  },
  {
    institution: "众安",
    category: "fake_collection",
    domains: ["za-hk.xyz", "zhongan-kf.top"],
    text: (name: string, amount: number, domain: string) =>
      `众安金融通知：${name}您好，您在我司的贷款${amount}元严重逾期，已进入法务程序，今日内不处理将立案并通知您的紧急联系人。还款请扫码或转账至专员个人账户，详询 ${domain}/pay`,
  },
  {
    institution: "东銮金融",
    category: "fake_collection",
    domains: ["dongluan-jr.com.cn", "dljr.top"],
    text: (name: string, amount: number, domain: string) =>
      `【东銮金融】${name}，您的分期账单逾期未还，欠款${amount}元，已上报征信黑名单。如需协商还款请提供身份证号和银行卡号至 www.${domain}，否则将安排上门走访。`,
  },
  {
    institution: "民丰银行",
    category: "fake_collection",
    domains: ["mfbank-tw.net", "minfeng-yh.top"],
    text: (name: string, amount: number, domain: string) =>
      `【民豐銀行】${name}您好，您的貸款已逾期，欠款${amount}元，本行將於今日內向法院提起訴訟並上報徵信。請立即聯繫專員處理：https://${domain}/h5 回覆驗證碼確認。`,
  },
  {
    institution: null,
    category: "phishing",
    domains: ["etc-gov.cc", "etc-renzheng.top"],
    text: (name: string, _amount: number, domain: string) =>
      `【ETC服务】尊敬的${name}用户，您的ETC卡已失效，将于今日停用，请尽快登录 hxxp://${domain.replace(".", "[.]")}/m 重新认证，逾期将影响通行。`,
  },
] as const;

const OFFICIAL_SPOOF = {
  sender: "95558",
  text: (amount: number) => `【中信银行】您的信用卡已逾期，欠款${amount}元，请回复短信验证码至本号码办理延期，否则将起诉。`,
};

async function main() {
  const db = new SqliteD1(findLocalD1File(persistTo));
  try {
    const existing = await db.prepare("SELECT count(*) AS n FROM reports").first<number>("n");
    if ((existing ?? 0) > 0) {
      console.log(`demo data already loaded (${existing} reports)`);
      return;
    }
    const now = Date.now();
    let stored = 0;
    for (let i = 0; i < 240; i++) {
      const campaign = CAMPAIGNS[i % CAMPAIGNS.length]!;
      const rawSender =
        random() < 0.45 ? `1069${digits(4 + Math.floor(random() * 6))}` : `1${pick(["37", "38", "52", "58", "86", "99"])}${digits(8)}`;
      // A few senders are reported by many people; most rotate.
      const sender = normaliseSender(i % 7 === 0 ? "+86 171 0000 1234" : rawSender);
      if (!sender) continue;
      const text = campaign.text(pick(NAMES), 1000 + Math.floor(random() * 50000), pick(campaign.domains));
      const outcome = await recordReport(db.asD1(), {
        sender,
        text,
        reporter: `demo-reporter-${Math.floor(random() * 120)}`,
        details: { category: campaign.category, carrier: pick(["china_mobile", "china_unicom", "china_telecom"]), region: pick(["11", "31", "44", "51", "33"]) },
        idempotency: null,
        now: now - Math.floor(random() * 45 * 86_400_000),
      });
      if (outcome.kind === "stored") stored++;
    }
    const official = normaliseSender(OFFICIAL_SPOOF.sender)!;
    for (let i = 0; i < 6; i++) {
      const outcome = await recordReport(db.asD1(), {
        sender: official,
        text: OFFICIAL_SPOOF.text(2000 + i * 137),
        reporter: `demo-spoof-${i}`,
        details: { category: "impersonation" },
        idempotency: null,
        now: now - i * 3_600_000,
      });
      if (outcome.kind === "stored") stored++;
    }
    console.log(`loaded ${stored} demo reports`);
  } finally {
    db.close();
  }
}

await main();
