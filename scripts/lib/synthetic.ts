/** Deterministic synthetic data for benchmarks and data-loading scripts. */

/** Small seeded PRNG (mulberry32): same seed, same data on every machine. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

/** A sender as scammers use them: ~45 % rented 106 ports, the rest ordinary mobile numbers. */
export function randomSender(random: () => number): string {
  return random() < 0.45 ? `1069${digits(random, 4 + Math.floor(random() * 6))}` : `1${["37", "38", "52", "58", "86", "99"][Math.floor(random() * 6)]}${digits(random, 8)}`;
}

const INSTITUTIONS = ["中信金融", "众安金融", "东銮金融", "民丰银行", "招联金融", "平安普惠", "马上消费", "捷信金融", "度小满", "京东金融"];
const THREATS = ["起诉", "上门催收", "上报征信", "立案", "通知紧急联系人", "冻结账户"];
const ACTIONS = ["回复验证码确认身份", "提供身份证号和银行卡号", "扫码还款", "转账至专员个人账户", "添加客服微信处理", "下载APP协商还款"];
const OPENERS = ["尊敬的用户", "您好", "【通知】", "温馨提示", "最后通知"];

/**
 * A scam text from template number `template` (templates differ in institution, threat, action
 * and sentence order) with per-message names, amounts, days and links varied like real campaigns.
 */
export function campaignText(random: () => number, template: number): string {
  const institution = INSTITUTIONS[template % INSTITUTIONS.length]!;
  const threat = THREATS[Math.floor(template / 10) % THREATS.length]!;
  const action = ACTIONS[Math.floor(template / 60) % ACTIONS.length]!;
  const opener = OPENERS[template % OPENERS.length]!;
  const amount = 1000 + Math.floor(random() * 90_000);
  const days = 3 + Math.floor(random() * 90);
  const domain = `${["pay", "kf", "hk", "jr", "app"][Math.floor(random() * 5)]}${digits(random, 3)}-t${template}.top`;
  const parts = [
    `${opener}，您在${institution}的借款已逾期${days}天，欠款${amount}元`,
    `我司将于${1 + Math.floor(random() * 3)}日内${threat}`,
    `请立即登录 http://${domain}/${digits(random, 4)} ${action}`,
  ];
  if (template % 2 === 1) parts.reverse();
  return `【${institution}】${parts.join("，")}。`;
}
