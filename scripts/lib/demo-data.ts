/**
 * The demo data `npm start` loads (scripts/seed-demo.ts): campaigns of the scam types people
 * report most — fake collection notices in the style of the seed articles first, then loans,
 * phishing, part-time "tasks", investment, fake customer service, police impersonation, student
 * loan cancellation, prizes, acquaintances, romance, game trades, army purchases — sent from
 * rotating mobiles and 106 ports, reported by many pseudonymous reporters; plus reports against an
 * official number (spoofing). Most reporters name no category, as on the real form, so the demo's
 * statistics by category show inferred categories; some choose one. Deterministic.
 */
import type { ReportDetails } from "../../src/services/submit";
import { digits as randomDigits, mulberry32 } from "./synthetic";

export interface DemoReport {
  sender: string;
  text: string;
  reporter: string;
  details: ReportDetails;
  /** Milliseconds before the load's `now`. */
  ageMs: number;
}

type Fill = (name: string, amount: number, domain: string) => string;

interface DemoCampaign {
  /** What the reporters who pick a category pick. */
  category: NonNullable<ReportDetails["category"]>;
  /** Relative number of reports. */
  weight: number;
  domains: string[];
  texts: Fill[];
}

const NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"];

/** The share of reporters who choose a category themselves on the form. */
const CHOOSES_CATEGORY = 0.3;

export function demoReports(): DemoReport[] {
  const random = mulberry32(20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (n: number) => randomDigits(random, n);
  const days = () => 3 + Math.floor(random() * 60);

  const campaigns: DemoCampaign[] = [
    {
      category: "fake_collection",
      weight: 10,
      domains: ["zx-jr.top", "citic-hk.vip", "zxjr-pay.cc"],
      texts: [
        (name, amount, domain) =>
          `【中信金融】尊敬的${name}先生，您的借款已逾期${days()}天，欠款${amount}元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://${domain}/${digits(4)} 处理，回复验证码确认身份。`,
      ],
    },
    {
      category: "fake_collection",
      weight: 6,
      domains: ["za-hk.xyz", "zhongan-kf.top"],
      texts: [
        (name, amount, domain) =>
          `众安金融通知：${name}您好，您在我司的贷款${amount}元严重逾期，已进入法务程序，今日内不处理将立案并通知您的紧急联系人。还款请扫码或转账至专员个人账户，详询 ${domain}/pay`,
      ],
    },
    {
      category: "fake_collection",
      weight: 5,
      domains: ["dongluan-jr.com.cn", "dljr.top"],
      texts: [
        (name, amount, domain) =>
          `【东銮金融】${name}，您的分期账单逾期未还，欠款${amount}元，已上报征信黑名单。如需协商还款请提供身份证号和银行卡号至 www.${domain}，否则将安排上门走访。`,
      ],
    },
    {
      category: "fake_collection",
      weight: 4,
      domains: ["mfbank-tw.net", "minfeng-yh.top"],
      texts: [
        (name, amount, domain) =>
          `【民豐銀行】${name}您好，您的貸款已逾期，欠款${amount}元，本行將於今日內向法院提起訴訟並上報徵信。請立即聯繫專員處理：https://${domain}/h5 回覆驗證碼確認。`,
      ],
    },
    {
      category: "phishing",
      weight: 4,
      domains: ["etc-gov.cc", "etc-renzheng.top"],
      texts: [
        (name, _amount, domain) =>
          `【ETC服务】尊敬的${name}用户，您的ETC卡已失效，将于今日停用，请尽快登录 hxxp://${domain.replace(".", "[.]")}/m 重新认证，逾期将影响通行。`,
        (_name, amount, domain) => `【个人所得税】您有一笔退税款${amount % 5000}元待领取，请于48小时内登录 http://${domain}/tax 办理。`,
      ],
    },
    {
      category: "loan_scam",
      weight: 3,
      domains: ["wld-dk.top", "dk-vip.cc"],
      texts: [
        (_name, amount, domain) => `【微粒贷】恭喜您获得${amount * 10}元贷款额度，无抵押，秒到账，点击 http://${domain}/${digits(3)} 立即申请`,
        (_name, amount) => `您的贷款申请已审核通过，因银行卡号填写错误资金被冻结，需缴纳解冻金${amount % 3000}元方可放款。`,
      ],
    },
    {
      category: "task_rebate",
      weight: 3,
      domains: ["jz-job.top"],
      texts: [
        () => `招聘兼职：在家用手机点赞关注抖音视频，一单3元，日结200-500元，加微信 jz${digits(4)} 了解。`,
        (_name, _amount, domain) => `【兼职】刷单返利，佣金日结，做任务垫付本金后立即返还，详询 http://${domain}/${digits(3)}`,
      ],
    },
    {
      category: "investment",
      weight: 3,
      domains: ["coin-vip.top", "gp-laoshi.cc"],
      texts: [
        () => `【牛股内参】明日必涨停的三只牛股已出炉，加老师微信 gp${digits(4)} 免费领取，带你稳赚翻倍。`,
        (_name, _amount, domain) => `数字货币投资新机遇！USDT理财年化收益50%，保本保息，注册即送100U：http://${domain}/r/${digits(4)}`,
      ],
    },
    {
      category: "customer_service",
      weight: 2,
      domains: ["jd-kefu.top"],
      texts: [
        (_name, amount) => `【京东客服】您开通的京东金融会员即将自动扣费${amount % 900}元/月，如需取消请联系客服处理。`,
        () => `【顺丰快递】您的快递在运输途中丢失，我们将为您理赔三倍赔偿，请联系理赔客服 400-${digits(3)}-${digits(4)}。`,
      ],
    },
    {
      category: "police_impersonation",
      weight: 2,
      domains: ["spp-gov.top"],
      texts: [
        () => `【公安局】您的身份信息涉嫌一起洗钱案件，请立即联系办案民警配合调查，否则将对您发布通缉令。`,
        (_name, _amount, domain) => `【最高人民检察院】您涉嫌一起金融诈骗案，逮捕令已下达，请登录 http://${domain}/${digits(4)} 查看案件详情。`,
      ],
    },
    {
      category: "credit_repair",
      weight: 2,
      domains: ["zhuxiao-xyd.top"],
      texts: [
        () => `【京东金融】您在大学期间开通的校园贷账户未注销，不符合国家规定，请尽快注销否则影响征信。`,
        (_name, _amount, domain) => `您的学生贷款账户仍存在，根据监管要求需在今日注销，请登录 ${domain} 联系专员处理，以免影响个人征信。`,
      ],
    },
    {
      category: "prize",
      weight: 2,
      domains: ["10086-zj.top"],
      texts: [(_name, _amount, domain) => `【中国移动】恭喜您的号码被抽中为幸运用户，获得苹果手机一部，请登录 http://${domain}/${digits(3)} 领取。`],
    },
    {
      category: "acquaintance",
      weight: 1,
      domains: [],
      texts: [() => `我是你王总，明天上午来我办公室一趟，先加一下我新微信 wz${digits(4)}。`],
    },
    {
      category: "romance",
      weight: 1,
      domains: ["yuehui.top"],
      texts: [(_name, _amount, domain) => `寂寞了吗？同城美女在线陪聊，约会交友，点击 ${domain}/${digits(3)} 马上认识。`],
    },
    {
      category: "game_trade",
      weight: 1,
      domains: [],
      texts: [(_name, amount) => `【王者荣耀】低价出售满级账号，全皮肤，只要${amount % 1000}元，先付定金，加QQ ${digits(9)} 交易。`],
    },
    {
      category: "military_purchase",
      weight: 1,
      domains: [],
      texts: [() => `您好，我是部队后勤采购员，我们部队要订购200份盒饭，需要你先垫付我们指定供应商的酒水费用，联系李参谋 1${digits(10)}。`],
    },
    {
      category: "other",
      weight: 1,
      domains: [],
      texts: [() => `您好，在吗？有事找你，方便回个电话吗`],
    },
  ];

  const totalWeight = campaigns.reduce((sum, c) => sum + c.weight, 0);
  const campaignAt = (r: number) => {
    let left = r * totalWeight;
    for (const campaign of campaigns) if ((left -= campaign.weight) < 0) return campaign;
    return campaigns.at(-1)!;
  };

  const reports: DemoReport[] = [];
  for (let i = 0; i < 320; i++) {
    const campaign = campaignAt(random());
    const rawSender = random() < 0.45 ? `1069${digits(4 + Math.floor(random() * 6))}` : `1${pick(["37", "38", "52", "58", "86", "99"])}${digits(8)}`;
    // A few senders are reported by many people; most rotate.
    const sender = i % 7 === 0 ? "+86 171 0000 1234" : rawSender;
    const text = pick(campaign.texts)(pick(NAMES), 1000 + Math.floor(random() * 50000), campaign.domains.length > 0 ? pick(campaign.domains) : "");
    reports.push({
      sender,
      text,
      reporter: `demo-reporter-${Math.floor(random() * 120)}`,
      details: {
        ...(random() < CHOOSES_CATEGORY ? { category: campaign.category } : {}),
        carrier: pick(["china_mobile", "china_unicom", "china_telecom"]),
        region: pick(["11", "31", "44", "51", "33"]),
      },
      ageMs: Math.floor(random() * 45 * 86_400_000),
    });
  }
  // Reports against an official number: scammers spoof it, the reporters say so.
  for (let i = 0; i < 6; i++) {
    reports.push({
      sender: "95558",
      text: `【中信银行】您的信用卡已逾期，欠款${2000 + i * 137}元，请回复短信验证码至本号码办理延期，否则将起诉。`,
      reporter: `demo-spoof-${i}`,
      details: { category: "impersonation" },
      ageMs: i * 3_600_000,
    });
  }
  return reports;
}
