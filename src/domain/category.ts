/**
 * The category of a report whose reporter gave none, inferred from its text (docs/scoring.md,
 * "Categories"). Pure: the content analysis (signals.ts) and, when the typology detector has
 * named one, the typology's category come in; a category comes out — `other` only when nothing
 * points anywhere.
 *
 * Without a typology, a small set of cues per category decides: each cue is a pattern with a
 * weight, a category scores the weights of its cues found in the text (plus the content signals
 * that point to phishing or to an institution's staff), and the best score of at least
 * MIN_SCORE wins; ties go to the category listed first in CUES (the more specific scheme).
 */
import { foldForMatching } from "./concepts";
import type { ContentAnalysis } from "./signals";
import type { TypologyMatch } from "./typologies";
import type { Category } from "./types";

type Cue = readonly [pattern: RegExp, weight: number];

/** Below this no category is named: one weak word ("订单", "还款") is no evidence of a scheme. */
const MIN_SCORE = 2;

/**
 * Cues per category, on NFKC, simplified, lower-cased text. The specific schemes come first so
 * that they win ties against the broad ones (a fake collection notice also threatens a suit; a
 * police impersonation also names an account).
 */
const CUES: readonly (readonly [Category, readonly Cue[]])[] = [
  [
    "police_impersonation",
    [
      [/公安|警官|民警|刑警|警察|派出所|检察院|公安机关|反诈中心|刑侦|办案|\bpolice\b|\bmarshals?\b/, 3],
      [/洗钱|通缉|逮捕|案件|案子|立案侦查|犯罪|走私|违禁物品|money laundering|warrant|\barrest/, 2],
      [/安全账户|资金清查|资金核查|配合调查|做笔录|不得告知|safe account|investigation/, 3],
      [/涉嫌|法院/, 1],
    ],
  ],
  [
    "military_purchase",
    [
      [/部队|军队|武警|军区|军人|战友|炊事班|后勤部|参谋|消防中队|军营|\barmy\b|\bmilitary\b/, 3],
      [/采购|订购|团购|代购|订餐|盒饭|酒席|报价|供应商|procurement|supplier|\border\b|\bbuy\b/, 2],
      [/垫付|先付|保证金|报销|先支付/, 1],
    ],
  ],
  [
    "credit_repair",
    [
      [/校园贷|学生贷|学生账户|学生会员|校园账户|学生时期|大学期间|学生时|student loan/, 3],
      [/征信修复|修复征信|消除[^。，]{0,4}逾期记录|洗白征信|异议修复|恢复信用|remove late payments|credit (?:score|report)[^.]{0,30}repair|repaired/, 3],
      [/注销|关闭[^。，]{0,4}账户|forgiveness|cancellation|close it/, 2],
      [/征信|花户|黑户|\bcredit\b/, 1],
    ],
  ],
  [
    "acquaintance",
    [
      [/我是(?:你|你们)的?[^，。,\s]{0,3}(?:总|局|董|领导|校长|主任|处长|叔|舅|姨|姑|同学|室友)|老同学|大学室友|your boss|hi (?:mum|mom|dad)/, 3],
      [/班主任|(?:你|您)的(?:孩子|儿子|女儿)/, 2],
      [/换号|换了新号|新号码|新微信|新号|手机丢了|手机坏了|new number|dropped my phone/, 3],
      [/办公室|不要声张|别告诉|不方便|gift cards?/, 1],
      [/帮我转|先帮我|借我|垫一下|转一笔|转点钱|急需|pay you back/, 2],
    ],
  ],
  [
    "game_trade",
    [
      [/游戏|\bgame\b/, 2],
      [/皮肤|装备|点券|游戏币|代充|账号交易|skins?\b|\bitems?\b/, 2],
      [/王者荣耀|原神|和平精英|梦幻西游|交易猫|steam|robux|roblox|cs2/, 2],
    ],
  ],
  [
    "romance",
    [
      [/交友|婚恋|相亲|约会|陪聊|单身|红娘|结婚|dating|lonely|relationship|marry/, 3],
      [/亲爱的|宝贝|老公|老婆|my love|sweetheart|handsome/, 2],
      [/美女|帅哥|寂寞|想你|喜欢你|miss you/, 2],
    ],
  ],
  [
    "task_rebate",
    [
      [/刷单|兼职|part-time|remote job/, 3],
      [/点赞|关注|好评|冲销量|打字员|推广员|liking|rating products/, 2],
      [/佣金|返佣|返利|返还|日结|日赚|挣|commission|\$\d+\s*(?:\/|per)\s*day/, 2],
      [/招聘|招募|宝妈|学生党|recruiter/, 2],
      [/任务|垫付|tasks?\b/, 1],
    ],
  ],
  [
    "investment",
    [
      [/牛股|涨停|炒股|股票|荐股|诊股|stock/, 3],
      [/数字货币|虚拟币|usdt|比特币|期货|外汇|黄金|原始股|私募|crypto|gold fund/, 3],
      [/投资|invest/, 2],
      [/收益|回报|稳赚|保本|包赔|翻倍|翻十倍|returns|profit/, 2],
      [/导师|老师|带单|跟单|操盘|分析师|mentors?|trading/, 2],
      [/理财|进群|vip群/, 1],
    ],
  ],
  [
    "prize",
    [
      [/中奖|抽中|获奖|奖金|奖品|等奖|幸运(?:用户|客户|观众)|大礼包|领奖|现金红包|\bwon\b|winner|prize|lottery|free entry/, 3],
      [/恭喜|congratulations/, 2],
      [/领取|text \w+ to \d+|reply yes|premium rates?/, 1],
    ],
  ],
  [
    "customer_service",
    [
      [/客服|customer service/, 2],
      [/退款|理赔|赔偿|双倍|三倍|refund/, 3],
      [/自动扣费|扣费|扣除|续费|百万保障|会员|月付|charged twice/, 2],
      [/(?:关闭|取消)[^。，]{0,4}(?:服务|会员)|退票|改签/, 2],
      [/购买的商品|质量问题|召回|快递[^。，]{0,6}丢失|丢失|损坏|lost in transit|订单异常/, 2],
      [/订单|淘宝|京东|拼多多|抖音|快手|唯品会|美团|amazon|\border\b/, 1],
    ],
  ],
  [
    "fake_collection",
    [
      [/欠款|拖欠|催收|催缴|债务|\bdebt\b|outstanding balance/, 3],
      [/(?:借款|贷款|账单|借呗|花呗|白条|金条|分期|网贷|loan)[^。]{0,12}(?:逾期|未还|欠)|(?:repayment|payment) is \d+ days overdue/, 3],
      [/逾期(?!记录)|overdue/, 2],
      [/上门|通讯录|紧急联系人|家人|亲属|担保人|工作单位|同事|子女|employer/, 1],
      [/起诉|诉讼|律师|法务|传票|失信|诉前|legal action/, 1],
      [/还款|还清|结清/, 1],
    ],
  ],
  [
    "loan_scam",
    [
      [/下款|放款|秒批|秒到|当天到账|放贷|批复|release the funds/, 3],
      [/低息|免息|无抵押|不看征信|无需征信|黑户也能|信用贷|利息低|年化|利率|低至|pre-?approved|no credit check/, 2],
      [/解冻金|手续费|会员费|认证金|保证金|验证还款能力|刷流水|流水|processing fee/, 2],
      [/审核(?:已)?通过|审批通过|借款审核/, 2],
      [/(?:申请|办理|领取|开通)[^。，]{0,6}(?:贷款|借款|额度)|额度|可贷|可借/, 2],
      [/贷款|借款|网贷|\bloan\b/, 1],
    ],
  ],
  [
    "phishing",
    [
      [/\betc\b|积分|退税|补贴|个人所得税|tax refund|网银盾|u盾|交管|违法记录/, 3],
      [/(?:账户|账号|帐户|帐号|银行卡)[^。，]{0,8}(?:异常|冻结|注销|违规|风险|锁定|停用|限制)|异地登录|实名认证|已过期|失效|停机/, 2],
      [/地址不详|补寄|派送|redeliver|customs fee|on hold|package|parcel/, 2],
      [/locked|suspended|disabled|verify|update (?:your )?(?:details|card|address)|sign in|payment failed/, 2],
      [/登录|登陆|点击|认证|激活|验证|升级/, 1],
    ],
  ],
  [
    "impersonation",
    [
      [/工作人员|客户经理|专员|security team|监管/, 2],
      [/致电|拨打|回电|call us back|联系/, 1],
      [/核实|停机|停用|激活|异常|保单/, 1],
    ],
  ],
];

/**
 * Text as the cues read it: folded like the signals and typologies read it (NFKC, simplified,
 * no fillers between Chinese characters, mainland wording), without the invisible format
 * characters campaigns insert ("逾\u200b期"), lower case.
 */
function fold(text: string): string {
  return foldForMatching(text.replace(/\p{Cf}/gu, "")).toLowerCase();
}

/**
 * The category of the typology the detector named, to win over the cues — not a first message's, a guess from one idea
 * (TypologyMatch.firstMessage), which the cues judge better ("【中国人民银行】您名下有一张信用卡涉嫌违规使用…" is impersonation).
 */
export const typologyCategoryOf = (typology: TypologyMatch | null): Category | null => (typology && !typology.firstMessage ? typology.category : null);

/**
 * The category a report's text points to; `typologyCategory` (typologyCategoryOf the typology the
 * detector named) wins over the cues.
 * Example: inferCategory("【中信金融】您的借款已逾期3天…否则起诉", analyseContent(text)) → "fake_collection"
 */
export function inferCategory(text: string, content: Pick<ContentAnalysis, "signals" | "institution">, typologyCategory: Category | null = null): Category {
  if (typologyCategory) return typologyCategory;
  const clean = fold(text);
  const hasLink = content.signals.includes("link");
  const asksSecrets = content.signals.includes("asks_verification_code") || content.signals.includes("asks_id_or_card");
  let best: Category = "other";
  let bestScore = MIN_SCORE - 1;
  for (const [category, cues] of CUES) {
    let score = cues.reduce((sum, [pattern, weight]) => (pattern.test(clean) ? sum + weight : sum), 0);
    // A link to type secrets into is phishing; an institution named by its "staff" is impersonation.
    if (category === "phishing") score += (hasLink ? 1 : 0) + (hasLink && asksSecrets ? 1 : 0);
    if (category === "impersonation" && content.institution) score += 1;
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best;
}
