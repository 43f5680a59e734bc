/**
 * Institutions that scam texts claim to speak for, with the aliases they use (simplified; text is
 * converted from traditional before matching) and the matching `organization` of the official
 * registry (data/official_numbers.tsv, categories 金融银行 and 证券保险) — null when the registry has
 * no numbers for it, in which case no sender is its official sender.
 */
import { foldForMatching, Lexicon } from "./concepts";
import { toSimplifiedChars } from "./hanzi";

/**
 * Traditional → simplified, character by character. Re-exported from ./hanzi, which carries OpenCC's
 * whole character table: a second, smaller hand-made table would only drift from the one used for
 * campaign fingerprints. toSimplifiedChars("民豐銀行") → "民丰银行"
 */
export { toSimplifiedChars };

export interface Institution {
  /** The simplified name as scams use it, e.g. "中信金融". */
  name: string;
  /** The registry organization whose official senders may legitimately use the name; null when the registry has none. */
  organization: string | null;
  /** Simplified spellings that name it, `name` first. */
  aliases: string[];
}

const entry = (name: string, organization: string | null, ...aliases: string[]): Institution => ({
  name,
  organization,
  aliases: [name, ...aliases],
});

/** Same name as the registry organization. */
const registered = (organization: string, ...aliases: string[]): Institution => entry(organization, organization, ...aliases);

/**
 * Aliases that are also ordinary words or parts of them ("出入平安", "员工行为", "群众安全", "短信中信息",
 * "便捷信贷"), or name a payment channel rather than a sender. Like every alias of two characters,
 * they only count with a word boundary on both sides (see `hasWordBoundary`).
 */
const AMBIGUOUS_ALIASES = new Set([
  "中信", "众安", "民丰", "平安", "工行", "建行", "龙卡", "农行", "中行", "交行", "光大", "兴业", "广发", "民生", "京东", "美团",
  "乐信", "捷信", "央行", "人行", "雪球", "中金", "银联", "信也", "宜信", "邮储", "国寿", "人保", "运通", "安盛", "花旗",
  // Payment channels: "请通过支付宝转账" names a channel, not the sender.
  "支付宝", "微信支付", "财付通", "云闪付",
]);

export const INSTITUTIONS: readonly Institution[] = [
  // Names scams use most (see docs): fake lenders and real ones with made-up departments.
  entry("中信金融", "中信银行", "中信消费金融", "中信金融资产", "中信"),
  registered("中信银行", "中信信用卡", "中信银行信用卡"),
  entry("中信银行国际", "中信银行（国际）", "中信银行（国际）", "中信国际"),
  entry("众安", null, "众安金融", "众安保险", "众安贷", "众安小贷", "众安在线", "众安消费金融"),
  registered("众安银行"),
  entry("东銮金融", null, "东銮"),
  entry("民丰银行", null, "民丰金融", "民丰"),

  // Large banks (registry: 金融银行).
  registered("中国工商银行", "工商银行", "工行"),
  registered("中国建设银行", "建设银行", "建行", "龙卡"),
  entry("建行亚洲", "中国建设银行（亚洲）", "中国建设银行（亚洲）", "中国建设银行亚洲", "建设银行亚洲"),
  registered("中国农业银行", "农业银行", "农行"),
  registered("中国银行", "中行"),
  entry("中银香港", "中国银行（香港）", "中国银行（香港）", "中国银行香港"),
  registered("交通银行", "交行"),
  registered("中国邮政储蓄银行", "邮政储蓄银行", "邮储银行", "邮政储蓄", "邮储"),
  registered("中国民生银行", "民生银行", "民生信用卡", "民生"),
  registered("招商银行", "招行", "招商信用卡"),
  registered("光大银行", "中国光大银行", "光大信用卡", "阳光惠生活", "光大"),
  registered("兴业银行", "兴业信用卡", "兴业"),
  registered("浦发银行", "上海浦东发展银行", "浦发信用卡", "浦发"),
  registered("广发银行", "广发信用卡", "广发"),
  registered("华夏银行", "华夏信用卡"),
  registered("渤海银行"),
  registered("浙商银行"),
  registered("微众银行", "微粒贷", "微业贷"),
  registered("国家开发银行", "国开行"),
  registered("中国银联", "银联", "云闪付"),
  registered("银联商务"),
  registered("中国平安", "平安银行", "平安普惠", "平安金融", "平安保险", "平安贷", "平安信用卡", "平安惠普", "平安易贷", "平安消费金融", "陆金所", "平安"),
  entry("汇丰银行", "汇丰银行（中国）", "汇丰银行（中国）", "汇丰中国", "汇丰"),
  entry("汇丰香港", "汇丰银行（香港）", "汇丰银行（香港）", "香港汇丰"),
  entry("汇立银行", "匯立銀行", "汇立"),
  registered("花旗银行", "花旗"),
  registered("美国运通", "运通"),
  registered("万事达", "万事达卡"),
  registered("CommBank", "Commonwealth Bank"),
  registered("京东支付", "京东钱包"),

  // City and rural commercial banks in the registry.
  registered("北京银行"),
  registered("上海银行"),
  registered("江苏银行"),
  registered("宁波银行"),
  registered("南京银行"),
  registered("杭州银行"),
  registered("徽商银行"),
  registered("成都银行"),
  registered("重庆银行"),
  registered("天津银行"),
  registered("大连银行"),
  registered("青岛银行"),
  registered("郑州银行"),
  registered("长沙银行"),
  registered("湖南银行"),
  registered("江西银行"),
  registered("九江银行"),
  registered("上饶银行"),
  registered("东莞银行"),
  registered("中原银行"),
  registered("广州银行"),
  registered("汉口银行"),
  registered("桂林银行"),
  registered("富滇银行"),
  registered("昆仑银行"),
  registered("盛京银行"),
  registered("龙江银行"),
  registered("泰隆银行", "浙江泰隆商业银行"),
  registered("哈尔滨银行", "哈银"),
  registered("厦门国际银行"),
  registered("长城华西银行"),
  registered("湖南三湘银行", "三湘银行"),
  registered("乐山市商业银行", "乐山商业银行"),
  registered("深圳福田银座村镇银行"),
  registered("上海农村商业银行", "上海农商银行", "上海农商行"),
  registered("广州农村商业银行", "广州农商银行", "广州农商行"),
  registered("重庆农村商业银行", "重庆农商银行", "重庆农商行"),
  registered("东莞农商银行", "东莞农村商业银行"),
  registered("武汉农商银行", "武汉农村商业银行"),
  registered("江南农商银行", "江南农村商业银行"),
  registered("江西农商银行", "江西农村商业银行"),
  registered("苏州农商银行", "苏州农村商业银行"),
  registered("山西农商联合银行", "山西农信"),
  registered("广西农商联合银行", "广西农信"),
  registered("浙江农商联合银行", "浙江农信"),
  registered("广东农信", "广东省农村信用社"),
  registered("云南省农村信用社", "云南农信"),
  entry("湖北农信", "湖北省农村信用社(农商银行)", "湖北省农村信用社", "湖北农商银行"),

  // Securities and insurance (registry: 证券保险).
  registered("中信证券"),
  registered("东兴证券"),
  registered("东方证券"),
  registered("东方财富"),
  registered("东莞证券"),
  registered("兴业证券"),
  registered("华泰证券"),
  registered("广发证券"),
  registered("招商证券"),
  registered("国信证券"),
  registered("国投证券", "安信证券"),
  registered("国泰海通证券", "国泰君安", "海通证券", "国泰海通"),
  registered("银河证券", "中国银河证券"),
  registered("中金公司", "中金财富", "中金"),
  registered("富途证券", "富途牛牛", "富途"),
  registered("雪盈证券"),
  registered("盈透证券"),
  registered("嘉信理财"),
  registered("同花顺"),
  registered("雪球"),
  registered("易方达", "易方达基金"),
  registered("中国人寿", "国寿"),
  registered("中国人保", "人保财险", "中国人民保险", "人保"),
  registered("中国太平", "太平人寿", "太平保险", "太平财险"),
  registered("太平洋保险", "中国太保", "太平洋人寿", "太平洋财险"),
  registered("泰康人寿", "泰康保险"),
  registered("阳光保险"),
  registered("大地保险", "中国大地保险"),
  registered("中华保险", "中华联合保险"),
  registered("中宏保险", "中宏人寿"),
  registered("安盛保险", "安盛"),

  // Lenders and loan apps scams impersonate; none has numbers in the registry.
  entry("支付宝", null, "蚂蚁借呗", "借呗", "花呗", "蚂蚁花呗", "网商贷", "蚂蚁金服", "蚂蚁集团", "蚂蚁消费金融"),
  entry("京东金融", "京东支付", "京东白条", "京东金条", "京东金融客服", "京东"),
  entry("美团借钱", null, "美团月付", "美团生活费", "美团金融", "美团"),
  entry("度小满", null, "度小满金融", "有钱花", "百度有钱花", "百度金融"),
  entry("360借条", null, "360数科", "奇富借条", "奇富科技", "360金融"),
  entry("分期乐", null, "乐信"),
  entry("马上消费金融", null, "马上消费", "马上金融", "安逸花"),
  entry("招联金融", null, "招联消费金融", "招联好期贷", "好期贷", "招联"),
  entry("捷信", null, "捷信金融", "捷信消费金融"),
  entry("中银消费金融", null, "中银消费", "新易贷"),
  entry("兴业消费金融", null, "兴业消费"),
  entry("苏宁消费金融", null, "苏宁金融", "苏宁任性付", "任性付", "星图金融"),
  entry("海尔消费金融", null, "海尔金融"),
  entry("长银消费金融", null, "长银五八消费金融", "长银五八"),
  entry("宜人贷", null, "宜人金科", "宜信"),
  entry("拍拍贷", null, "信也科技", "信也"),
  entry("你我贷", null),
  entry("洋钱罐", null),
  entry("还呗", null),
  entry("小赢卡贷", null, "小赢科技"),
  entry("国美易卡", null, "国美金融"),
  entry("携程金融", null, "携程借钱", "拿去花"),
  entry("微信支付", null, "财付通", "微信分付"),
  entry("小米金融", null, "天星金融", "小米贷款"),
  entry("抖音月付", null, "抖音放心借", "抖音借钱"),

  // Regulators that "cancel student loans" or "repair credit records": no registry numbers either.
  entry("中国人民银行", null, "人民银行", "人行", "央行", "征信中心", "中国人民银行征信中心"),
  entry("国家金融监督管理总局", null, "金融监管总局", "银保监会", "银保监", "中国银行保险监督管理委员会", "银监会"),
  entry("中国证监会", null, "证监会", "中国证券监督管理委员会"),
];

interface Alias {
  alias: string;
  institution: Institution;
  ambiguous: boolean;
}

/** Longest first, so "中信银行" is matched (and consumed) before "中信", "中国银行保险…" before "中国银行". */
const ALIASES: readonly Alias[] = INSTITUTIONS.flatMap((institution) =>
  institution.aliases.map((alias) => ({ alias: prepare(alias), institution, ambiguous: AMBIGUOUS_ALIASES.has(alias) })),
).sort((a, b) => b.alias.length - a.alias.length);

/** Words that may follow a short alias without making it part of a longer name: "平安普惠", "中行信用卡", "众安的借款". */
const CONTINUATION_AFTER =
  /^(?:银行|金融|信用卡|储蓄卡|借记卡|贷款|小贷|消费|分期|借款|借钱|账户|帐户|账单|客服|专员|法务|催收|信贷|风控|贷后|工作人员|客户经理|提醒|通知|温馨提示|郑重提示|特别提示|友情提示|告知|官方|集团|公司|保险|证券|普惠|白条|金条|月付|额度|还款|客户|用户|会员|持卡人|app|的|[、和与及或])/i;
/** Words that may precede a short alias at a word boundary: "您在众安…", "尊敬的平安用户", "工行、建行". */
const BOUNDARY_BEFORE = /(?:您在|您于|您向|欠款方|欠|尊敬的|我是|我们是|这里是|来自|您的|在|于|向|从|是|的|[、和与及或])$/;
/**
 * A role or a notice verb after the name: the institution is speaking ("招商银行客服", "平安普惠法务部",
 * "中国农业银行提醒您"). A few words may sit between: "中信银行信用卡中心提醒您".
 */
const ROLE_AFTER =
  /^[^，,。.！!？?；;:：\s]{0,6}?(?:客服|专员|信贷部|法务|催收|风控|贷后|工作人员|客户经理|信用卡中心|服务中心|官方|提醒|通知|温馨提示|郑重提示|特别提示|友情提示|告知|资产管理部|稽核)/;
/** Before the name: the text speaks as it, or about the reader's business with it ("您在众安的借款", "我是京东金融客服"). */
const CLAIM_BEFORE = /(?:您在|您于|您向|欠款方|欠|尊敬的|我是|我们是|这里是|此处是|来自|您的)$/;
/** Someone who sells its products is not the institution: "我是中国平安的保险代理人". */
const AGENT_AFTER = /^(?:的)?[^，,。.！!？?；;\s]{0,4}?(?:代理人|业务员|营销员|经纪人|保险顾问|理财顾问|代理)/;
/** Warnings about impersonation name the institution without claiming to be it: "谨防冒充招商银行客服". */
const DISCLAIMED_BEFORE = /(?:冒充|假冒|假扮|仿冒|冒用|伪装成?|谎称是?|自称是?)$/;
/** Between two names of one list: "您在美团月付、京东白条的欠款", "中信银行与平安普惠联合通知". */
const LIST_SEPARATOR = /^[、,，和与及或]$/;
/** The SMS signature: 【中信金融】 (also [..] and 「..」 as pasted). */
const SIGNATURE = /[【[「]([^】\]」]{2,24})[】\]」]/g;

/** An alias as the folded text (src/domain/concepts.ts foldForMatching) spells it. */
function prepare(alias: string): string {
  return foldForMatching(alias);
}

const HAN = /\p{Script=Han}/u;

/**
 * A short or ambiguous alias is a name only where it is not part of a longer word: "汇丰园",
 * "平安夜", "出入平安" and "工行建行农招行" (a list of banks glued together) are not claims.
 */
function hasWordBoundary(text: string, at: number, alias: string): boolean {
  const previous = text[at - 1];
  const next = text[at + alias.length];
  const leftOk = previous === undefined || !HAN.test(previous) || BOUNDARY_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  const rightOk = next === undefined || !HAN.test(next) || CONTINUATION_AFTER.test(text.slice(at + alias.length, at + alias.length + 8));
  return leftOk && rightOk;
}

/** Index of the text's first letter: a name there stands where a sender signs ("中国农业银行提醒您：…"). */
function firstWordIndex(text: string): number {
  const match = /[\p{L}\p{N}]/u.exec(text);
  return match ? match.index : 0;
}

/** Whether the occurrence of `alias` at `at` claims to speak for (or about the reader's business with) its institution. */
function claimKind(text: string, at: number, alias: string, start: number): { claim: boolean; listed: boolean } {
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + alias.length, at + alias.length + 16);
  if (DISCLAIMED_BEFORE.test(before) || AGENT_AFTER.test(after)) return { claim: false, listed: false };
  const claim = at <= start || ROLE_AFTER.test(after) || CLAIM_BEFORE.test(before);
  return { claim, listed: LIST_SEPARATOR.test(before.slice(-1)) };
}

/** The aliases as scanned (lower case), by ALIASES index: src/domain/typologies.ts scans them with the fraud concepts. */
export const ALIAS_TERMS: readonly string[] = ALIASES.map(({ alias }) => alias.toLowerCase());

/** The aliases alone, for findInstitutions on a text nobody has scanned yet. */
let aliasLexicon: Lexicon<never> | null = null;

interface AliasAt {
  alias: Alias;
  /** ALIASES index: longer aliases first. */
  rank: number;
  at: number;
}

/**
 * Institutions claimed in a folded text, from the hits of a scan whose alias concepts are numbered
 * from `firstAlias` on (ALIAS_TERMS order). The text may be in any case: the checks around a name
 * read Latin letters case-blind. With `firstOnly`, just the first of them (what a text claims to be
 * from), found without reading the rest.
 */
export function institutionsInHits(text: string, concepts: Int32Array, starts: Int32Array, firstAlias: number, firstOnly = false): Institution[] {
  const occurrences: AliasAt[] = [];
  for (let n = 0; n < concepts.length; n++) {
    const rank = concepts[n]! - firstAlias;
    if (rank >= 0) occurrences.push({ alias: ALIASES[rank] as Alias, rank, at: starts[n]! });
  }
  occurrences.sort((x, y) => x.at - y.at);
  // A signature's content stands where the sender signs: its first name is a claim. Signatures and
  // occurrences are both in text order, so one sweep hands each signature its own occurrences.
  const signed: Institution[] = [];
  let next = 0;
  for (const match of text.matchAll(SIGNATURE)) {
    const from = match.index + 1;
    const content = match[1]!;
    const to = from + content.length;
    while (next < occurrences.length && occurrences[next]!.at < from) next++;
    const inside: AliasAt[] = [];
    for (let k = next; k < occurrences.length && occurrences[k]!.at < to; k++) {
      const occurrence = occurrences[k]!;
      if (occurrence.at + occurrence.alias.alias.length <= to) inside.push({ ...occurrence, at: occurrence.at - from });
    }
    signed.push(...claimedInstitutions(content, inside, false, firstOnly));
    if (firstOnly && signed.length > 0) return signed.slice(0, 1);
  }
  const named = claimedInstitutions(text, occurrences, false, firstOnly);
  return [...new Set([...signed, ...named])];
}

/** The aliases in a folded text, and the text their starts refer to (Lexicon.find). */
function aliasHits(folded: string): { concepts: Int32Array; starts: Int32Array; text: string } {
  aliasLexicon ??= new Lexicon<never>({}, ALIAS_TERMS);
  return aliasLexicon.find(folded);
}

/** claimedInstitutions' marks, reused from call to call: a typed array's own buffer costs far more than clearing one. */
let consumedScratch = new Uint8Array(256);

/**
 * Institutions claimed in prepared text, given the alias occurrences in it (positions relative to
 * it), by position. Occurrences are taken longest alias first and consume their characters, so
 * "中信银行" is not found again as "中信". With `anyPosition` (a name typed by itself) every bounded alias counts;
 * with `firstOnly`, only the first claimed one is returned.
 */
function claimedInstitutions(prepared: string, occurrences: readonly AliasAt[], anyPosition: boolean, firstOnly = false): Institution[] {
  // Characters a longer alias already matched: a shorter one cannot match inside it (linear, no string rebuilt per match).
  if (consumedScratch.length < prepared.length) consumedScratch = new Uint8Array(Math.max(prepared.length, 2 * consumedScratch.length));
  const consumed = consumedScratch.fill(0, 0, prepared.length);
  const kept: AliasAt[] = [];
  for (const occurrence of [...occurrences].sort((x, y) => x.rank - y.rank || x.at - y.at)) {
    const { at } = occurrence;
    const end = at + occurrence.alias.alias.length;
    let free = true;
    for (let k = at; k < end && free; k++) free = consumed[k] === 0;
    if (!free) continue;
    consumed.fill(1, at, end);
    kept.push(occurrence);
  }
  kept.sort((a, b) => a.at - b.at);
  // In text order, so with `firstOnly` the names after the first claim are never looked at. A name
  // listed right after a claimed one shares its claim: "您在美团月付、京东白条的欠款".
  const start = firstWordIndex(prepared);
  let claimedEnd = -1;
  const claimed: Institution[] = [];
  for (const { alias: { alias, institution, ambiguous }, at } of kept) {
    if ((ambiguous || alias.length <= 2) && !hasWordBoundary(prepared, at, alias)) continue;
    const kind = anyPosition ? { claim: true, listed: false } : claimKind(prepared, at, alias, start);
    if (kind.claim || (kind.listed && at === claimedEnd + 1)) {
      claimed.push(institution);
      if (firstOnly) return claimed;
      claimedEnd = at + alias.length;
    }
  }
  return [...new Set(claimed)];
}

/** A name typed by itself: every bounded alias counts. */
function namedInstitutions(input: string): Institution[] {
  const { concepts, starts, text } = aliasHits(foldForMatching(input));
  const occurrences = Array.from(concepts, (concept, n) => ({ alias: ALIASES[concept] as Alias, rank: concept, at: starts[n]! }));
  return claimedInstitutions(text, occurrences, true);
}

/**
 * Every institution a text claims to speak for, in order of appearance, each once; at one spot the
 * longest alias wins. A claim is a name where a sender signs (【…】, the text's first words), with a
 * role or notice word ("…客服", "…法务部", "…提醒您"), or about the reader's business with it
 * ("您在…的借款", "尊敬的…客户", "我是…"); a name inside a longer word ("汇丰园", "平安夜"), in a
 * glued list of banks, in a warning about impersonators or beside an agent's title is none.
 * Example: findInstitutions("【东銮金融】您在招联金融的借款已转交我司") → [东銮金融, 招联金融]
 */
export function findInstitutions(text: string): Institution[] {
  const hits = aliasHits(foldForMatching(text));
  return institutionsInHits(hits.text, hits.concepts, hits.starts, 0);
}

/**
 * The institution a text claims to be from: the one in its 【】 signature if any, else the first one named.
 * Example: findInstitution("【民豐銀行】您的貸款已逾期") → { name: "民丰银行", organization: null, … }
 */
export function findInstitution(text: string): Institution | null {
  const hits = aliasHits(foldForMatching(text));
  return institutionsInHits(hits.text, hits.concepts, hits.starts, 0, true)[0] ?? null;
}

/**
 * A user-supplied claimed institution in its canonical name when known, else the trimmed input.
 * The input is a name by itself, so short aliases count: canonicalInstitutionName("平安") → "中国平安".
 * Example: canonicalInstitutionName("民豐銀行") → "民丰银行"
 */
export function canonicalInstitutionName(input: string): string {
  const known = namedInstitutions(input)[0];
  return known?.name ?? input.normalize("NFKC").trim();
}

const BY_NAME = new Map(INSTITUTIONS.map((institution) => [institution.name, institution]));

/**
 * The registry organization behind an institution's name (a stored claim or a name typed by a
 * user), or null when the registry has none; an organization's own name maps to itself.
 * Example: registryOrganizationOf("中信金融") → "中信银行"
 */
export function registryOrganizationOf(name: string): string | null {
  const institution = BY_NAME.get(name) ?? BY_NAME.get(canonicalInstitutionName(name));
  if (institution) return institution.organization;
  return INSTITUTIONS.some((candidate) => candidate.organization === name) ? name : null;
}
