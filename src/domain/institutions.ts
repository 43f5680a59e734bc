/**
 * Institutions that scam texts claim to speak for, with the aliases they use (simplified; text is
 * converted from traditional before matching) and the matching `organization` of the official
 * registry (data/official_numbers.tsv) — null when the registry has no numbers for it, in which case
 * no sender is its official sender.
 */
import { toSimplifiedChars } from "./hanzi";

export interface Institution {
  /** The name as scams use it, e.g. "中信金融". */
  name: string;
  /** The registry organization whose official senders may legitimately use the name. */
  organization: string | null;
  aliases: string[];
}

const entry = (name: string, organization: string | null, ...aliases: string[]): Institution => ({
  name,
  organization,
  aliases: [name, ...aliases],
});

/** Longest aliases are tried first, so "中信银行" wins over "中信". */
export const INSTITUTIONS: readonly Institution[] = [
  entry("中信金融", "中信银行", "中信消费金融", "中信"),
  entry("中信银行", "中信银行", "中信信用卡"),
  entry("中信证券", "中信证券"),
  entry("众安", null, "众安金融", "众安保险", "众安贷", "众安小贷", "众安在线"),
  entry("众安银行", "众安银行"),
  entry("东銮金融", null, "东銮"),
  entry("民丰银行", null, "民丰"),
  entry("招商银行", "招商银行", "招行", "招商信用卡"),
  entry("招联金融", null, "招联消费金融", "招联好期贷", "招联"),
  entry("中国平安", "中国平安", "平安银行", "平安普惠", "平安金融", "平安保险", "平安贷"),
  entry("中国建设银行", "中国建设银行", "建设银行", "建行"),
  entry("中国工商银行", "中国工商银行", "工商银行", "工行"),
  entry("中国农业银行", "中国农业银行", "农业银行", "农行"),
  entry("中国银行", "中国银行", "中行"),
  entry("交通银行", "交通银行", "交行"),
  entry("中国邮政储蓄银行", "中国邮政储蓄银行", "邮储银行", "邮政储蓄"),
  entry("中国民生银行", "中国民生银行", "民生银行"),
  entry("光大银行", "光大银行", "光大信用卡"),
  entry("兴业银行", "兴业银行"),
  entry("浦发银行", "浦发银行", "浦发"),
  entry("广发银行", "广发银行", "广发信用卡"),
  entry("华夏银行", "华夏银行"),
  entry("北京银行", "北京银行"),
  entry("上海银行", "上海银行"),
  entry("江苏银行", "江苏银行"),
  entry("宁波银行", "宁波银行"),
  entry("南京银行", "南京银行"),
  entry("浙商银行", "浙商银行"),
  entry("渤海银行", "渤海银行"),
  entry("微众银行", "微众银行", "微粒贷", "微业贷"),
  entry("中国人寿", "中国人寿"),
  entry("中国人保", "中国人保"),
  entry("太平洋保险", "太平洋保险"),
  entry("泰康人寿", "泰康人寿"),
  entry("中国银联", "中国银联", "银联"),
  entry("京东金融", "京东支付", "京东白条", "京东金条", "京东"),
  entry("支付宝", null, "蚂蚁借呗", "借呗", "花呗", "网商贷", "蚂蚁金服"),
  entry("美团借钱", null, "美团月付", "美团"),
  entry("度小满", null, "度小满金融", "有钱花", "百度金融"),
  entry("360借条", null, "360数科", "奇富借条"),
  entry("分期乐", null, "乐信"),
  entry("马上消费金融", null, "马上消费", "安逸花", "马上金融"),
  entry("捷信", null, "捷信金融", "捷信消费金融"),
  entry("中银消费金融", null, "中银消费", "新易贷"),
  entry("兴业消费金融", null, "兴业消费"),
  entry("苏宁消费金融", null, "苏宁金融", "任性付"),
  entry("宜人贷", null, "宜信"),
  entry("拍拍贷", null, "信也科技"),
  entry("你我贷", null),
  entry("洋钱罐", null),
  entry("携程金融", null, "携程借钱", "拿去花"),
  entry("微信支付", null, "微粒贷客服", "财付通"),
];

const ALIASES: { alias: string; institution: Institution }[] = INSTITUTIONS.flatMap((institution) =>
  institution.aliases.map((alias) => ({ alias, institution })),
).sort((a, b) => b.alias.length - a.alias.length);

function prepare(text: string): string {
  return toSimplifiedChars(text.normalize("NFKC")).replace(/\s+/g, "");
}

/**
 * Every institution a text names, most specific (longest alias) first, each once.
 * Example: findInstitutions("【民豐銀行】您的貸款已逾期") → [民丰银行]
 */
export function findInstitutions(text: string): Institution[] {
  let remaining = prepare(text);
  const found: Institution[] = [];
  for (const { alias, institution } of ALIASES) {
    if (!remaining.includes(alias)) continue;
    // Consume the match so "中信银行" is not found again as "中信".
    remaining = remaining.split(alias).join("\u0000");
    if (!found.includes(institution)) found.push(institution);
  }
  return found;
}

/**
 * The institution a text claims to be from: the one named in a 【】 signature if any, else the most
 * specific one named. findInstitution("【中信金融】您已逾期") → 中信金融
 */
export function findInstitution(text: string): Institution | null {
  const signature = /[【\[]([^】\]]{2,20})[】\]]/.exec(prepare(text))?.[1];
  if (signature) {
    const signed = findInstitutions(signature)[0];
    if (signed) return signed;
  }
  return findInstitutions(text)[0] ?? null;
}

/** A user-supplied claimed institution in its canonical name when known: "民豐銀行" → "民丰银行". */
export function canonicalInstitutionName(input: string): string {
  return findInstitution(input)?.name ?? input.normalize("NFKC").trim();
}
