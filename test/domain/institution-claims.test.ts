/**
 * The alias table: when a text's mention of an institution is a claim to speak for it (a sender-like
 * position or a role word) and when it is not (a longer word, a list, a warning, an agent's title).
 * Claims drive `impersonates_institution`, so every negative here is a false flag avoided.
 */
import { describe, expect, it } from "vitest";
import { findInstitution, findInstitutions } from "../../src/domain/institutions";

/** Short and full names of institutions scams use, with the canonical name each should resolve to. */
const NAMES: [string, string][] = [
  ["中信银行", "中信银行"],
  ["招商银行", "招商银行"],
  ["招行", "招商银行"],
  ["中国农业银行", "中国农业银行"],
  ["农行", "中国农业银行"],
  ["工商银行", "中国工商银行"],
  ["建设银行", "中国建设银行"],
  ["汇丰银行", "汇丰银行"],
  ["汇丰", "汇丰银行"],
  ["平安普惠", "中国平安"],
  ["平安银行", "中国平安"],
  ["中国平安", "中国平安"],
  ["众安", "众安"],
  ["东銮金融", "东銮金融"],
  ["招联金融", "招联金融"],
  ["京东金融", "京东金融"],
  ["度小满", "度小满"],
  ["交通银行", "交通银行"],
  ["邮储银行", "中国邮政储蓄银行"],
  ["微众银行", "微众银行"],
];

/** Where a name is a claim. `{x}` is the name. */
const CLAIM_TEMPLATES = [
  "【{x}】您的账单已出，请按时还款。",
  "{x}提醒您：您的借款已逾期3天，请尽快处理。",
  "尊敬的{x}客户，您的额度已调整。",
  "您好，我是{x}客服专员，您的账户存在异常。",
  "您在{x}的借款已逾期，将移交法务部处理。",
  "逾期未还款，{x}法务部将依法起诉。",
];

const POSITIVES: [string, string][] = NAMES.flatMap(([alias, name]) =>
  CLAIM_TEMPLATES.map((template): [string, string] => [template.replace("{x}", alias), name]),
);
// Hand-picked claims in real wording, traditional characters included.
POSITIVES.push(
  ["【中國農業銀行】您尾號1234的信用卡本期賬單已出。", "中国农业银行"],
  ["中国农业银行信用卡中心温馨提示：本期账单已出。", "中国农业银行"],
  ["这里是中国人民银行征信中心，您的征信存在异常。", "中国人民银行"],
  ["我们是平安普惠贷后管理部，请今日内还款。", "中国平安"],
  ["【汇丰】您的转账已完成。", "汇丰银行"],
  ["汇丰：您的账户登录提醒。", "汇丰银行"],
  ["您在美团月付、京东白条的欠款已逾期。", "美团借钱"],
  ["【平安】您的保单即将到期。", "中国平安"],
  ["平安银行信用卡中心：您的账单已出。", "中国平安"],
  ["您好，这里是京东金融客服，您的白条额度异常。", "京东金融"],
);

/** Mentions that are no claim. */
const NEGATIVES: string[] = [
  // An alias inside a longer name.
  "汇丰园小区本周六停水，请提前储水。",
  "【汇丰园物业】电梯维修通知：3号楼电梯暂停使用。",
  "我在汇丰园东门等你。",
  "汇丰园二期业主大会将于周日召开。",
  "平安夜快乐，圣诞节见！",
  "祝你平安夜快乐，全家平安。",
  "平安到家了吗？到了回个消息。",
  "平安到家，勿念。",
  "祝您出入平安，万事如意。",
  "一路平安，到了报个平安。",
  "岁岁平安，新年快乐！",
  "您的平安最重要，雨天请减速慢行。",
  "平安小区门口的快递柜已满。",
  "员工行为规范第三条请大家学习。",
  "短信中信息有误，请以邮件为准。",
  "群众安全第一，请勿靠近施工区域。",
  "便捷信贷服务即将上线。",
  "民丰县今日天气晴。",
  "京东快递已送达驿站。",
  "美团外卖订单已送达。",
  "个人保险意识需要提高。",
  "发扬光大，再创佳绩。",
  "振兴业务部门会议明天召开。",
  "中国寿光蔬菜博览会开幕。",
  "交行政楼三楼会议室。",
  "他在中行政部门工作。",
  "兴业路123号新店开业。",
  "民生路与人民路交叉口修路。",
  "建行路口堵车了。",
  "光大街上新开了一家奶茶店。",
  // Lists of banks glued together or in adverts.
  "本店支持工行建行农招行等银行卡刷卡。",
  "可用工行建行农招行中行交行卡还款。",
  "自助机支持工行、建行、农行、招行、中行卡。",
  "办卡送礼：工行建行农招行均可。",
  "附近有工行建行农招行网点。",
  "转账可用工行、招行、农行。",
  "ATM机支持工建农中交招各行卡。",
  "收款支持支付宝、微信支付、云闪付。",
  "请通过支付宝转账给我。",
  "我用微信支付吧。",
  // Warnings about impersonators.
  "警惕！有人冒充招商银行客服诈骗，请勿轻信。",
  "谨防冒充平安普惠工作人员的诈骗电话。",
  "近期有不法分子假冒中信银行客服，请提高警惕。",
  "注意：仿冒京东金融客服的短信很多。",
  "公安提醒：冒充众安客服的都是骗子。",
  "有人伪装成工商银行工作人员打电话。",
  // A genuine agent naming the company.
  "您好，我是中国平安的保险代理人王芳，您的车险下月到期。",
  "我是中国平安保险代理人，有需要可以随时联系我。",
  "我是平安保险的业务员小李，给您拜个年。",
  "我是中国人寿的保险顾问，想给您介绍一款产品。",
  "您好，我是泰康人寿营销员，您的保单下月续费。",
  "我是中国平安的代理人，您要的车险报价已发您邮箱。",
  // Ordinary mentions in the middle of personal texts.
  "今天去招商银行办了张卡。",
  "我下午去农行取钱，你要一起吗？",
  "他在中信银行上班，周末有空。",
  "我们公司的工资卡是建设银行的。",
  "把钱存到工商银行了，放心。",
  "明天九点在交通银行门口见。",
  "我姐在平安保险工作。",
  "昨天在汇丰银行排了一个小时队。",
  "他借了招联金融的钱一直没还，你别借他。",
  "我妈说邮储银行利息高一点。",
  "周末去微众银行的展会看看。",
  "新闻：京东金融发布年报。",
  "今天股市里中信证券涨了。",
  "晚上看央视报道度小满的新业务。",
  "听说东銮金融是骗子公司。",
  "我刚在农业银行交完电费。",
  "下个月我要去中国银行换外币。",
  "午饭去中信大厦楼下吃吧。",
  "你说的是建设银行还是工商银行？",
  "孩子考上了，一路平安，常回家。",
  // Generic texts with no institution at all.
  "今晚一起吃饭吗？",
  "您的快递已到驿站，取件码1234。",
  "【顺丰速运】您的快递已签收。",
  "【饿了么】您的外卖已送达。",
  "【滴滴出行】您的行程已结束。",
  "验证码123456，5分钟内有效，请勿泄露。",
  "明天上午十点开会，请准时参加。",
  "您预约的体检时间为周三上午。",
  "生日快乐！祝你天天开心。",
  "【中国移动】您本月话费账单已出。",
  "【12306】您购买的车票已出票。",
  "【国家反诈中心】提醒您：谨防电信诈骗。",
  "周末去平安里地铁站附近吃饭。",
  "平安大街今晚交通管制。",
  "广发传单的小哥又来了。",
  "中金价今天又涨了。",
  "雪球滚起来了，孩子们玩得很开心。",
  "花旗袍真好看。",
  "安盛大酒店明天婚宴。",
  "人行道上有积水，注意安全。",
  "央行长发表讲话。",
  "乐信心满满地出发了。",
  "银联合会议下周举行。",
  "龙卡通动画片很好看。",
  "邮储物柜已满。",
  "运通道今晚封闭。",
  "国寿宴请帖已发出。",
  "宜信息化建设。",
  "他叫中信，是我同学。",
  "平安是福，健康是金。",
];

describe("institution claims (alias table)", () => {
  it("has at least 100 positive and 100 negative cases", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(100);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(POSITIVES)("%s claims %s", (text, name) => {
    expect(findInstitution(text)?.name).toBe(name);
  });

  it.each(NEGATIVES)("%s claims no institution", (text) => {
    expect(findInstitutions(text)).toEqual([]);
  });
});
