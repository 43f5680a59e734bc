import { describe, expect, it } from "vitest";
import {
  INSTITUTIONS,
  canonicalInstitutionName,
  findInstitution,
  findInstitutions,
  toSimplifiedChars,
} from "../../src/domain/institutions";

/** Organizations of categories 金融银行 and 证券保险 in data/official_numbers.tsv (column 4), copied as of this writing. */
const REGISTRY_ORGANIZATIONS = [
  "CommBank", "万事达", "上海农村商业银行", "上海银行", "上饶银行", "东兴证券", "东方证券", "东方财富", "东莞农商银行", "东莞证券",
  "东莞银行", "中信证券", "中信银行", "中信银行（国际）", "中华保险", "中原银行", "中国人保", "中国人寿", "中国农业银行", "中国太平",
  "中国工商银行", "中国平安", "中国建设银行", "中国建设银行（亚洲）", "中国民生银行", "中国邮政储蓄银行", "中国银联", "中国银行",
  "中国银行（香港）", "中宏保险", "中金公司", "乐山市商业银行", "九江银行", "云南省农村信用社", "交通银行", "京东支付", "众安银行",
  "光大银行", "兴业证券", "兴业银行", "北京银行", "匯立銀行", "华夏银行", "华泰证券", "南京银行", "厦门国际银行", "同花顺", "哈尔滨银行",
  "嘉信理财", "国信证券", "国家开发银行", "国投证券", "国泰海通证券", "大地保险", "大连银行", "天津银行", "太平洋保险", "宁波银行",
  "安盛保险", "富滇银行", "富途证券", "山西农商联合银行", "广东农信", "广发证券", "广发银行", "广州农村商业银行", "广州银行",
  "广西农商联合银行", "微众银行", "徽商银行", "成都银行", "招商证券", "招商银行", "昆仑银行", "易方达", "杭州银行", "桂林银行",
  "武汉农商银行", "汇丰银行（中国）", "汇丰银行（香港）", "汉口银行", "江南农商银行", "江苏银行", "江西农商银行", "江西银行", "泰康人寿",
  "泰隆银行", "浙商银行", "浙江农商联合银行", "浦发银行", "深圳福田银座村镇银行", "渤海银行", "湖北省农村信用社(农商银行)", "湖南三湘银行",
  "湖南银行", "盈透证券", "盛京银行", "美国运通", "花旗银行", "苏州农商银行", "郑州银行", "重庆农村商业银行", "重庆银行", "银河证券",
  "银联商务", "长城华西银行", "长沙银行", "阳光保险", "雪球", "雪盈证券", "青岛银行", "龙江银行",
];

describe("findInstitution", () => {
  it.each<[string, string, string | null]>([
    // The impersonations this service sees most.
    ["【中信金融】您的借款已逾期", "中信金融", "中信银行"],
    ["【中信银行】您的信用卡账单已出", "中信银行", "中信银行"],
    ["【中信銀行】您的信用卡賬單已出", "中信银行", "中信银行"],
    ["中信信用卡中心提醒您", "中信银行", "中信银行"],
    ["【中信】您的分期已逾期", "中信金融", "中信银行"],
    ["中信消费金融：您的账户异常", "中信金融", "中信银行"],
    ["众安金融通知：您的贷款已逾期", "众安", null],
    ["【眾安】您的貸款已逾期", "众安", null],
    ["众安贷提醒：今日为最后还款日", "众安", null],
    ["众安保险：您的保单已失效", "众安", null],
    ["您在众安的借款已逾期", "众安", null],
    ["众安：您的借款已逾期", "众安", null],
    ["【众安银行】账户通知", "众安银行", "众安银行"],
    ["【东銮金融】分期逾期", "东銮金融", null],
    ["【東鑾金融】分期逾期", "东銮金融", null],
    ["【民豐銀行】您的貸款已逾期", "民丰银行", null],
    ["民丰银行催收部提醒您", "民丰银行", null],
    // Registry banks, simplified and traditional, full names and short forms.
    ["【招商银行】账单提醒", "招商银行", "招商银行"],
    ["【招商銀行】賬單提醒", "招商银行", "招商银行"],
    ["招行信用卡中心", "招商银行", "招商银行"],
    ["【建设银行】您的账户", "中国建设银行", "中国建设银行"],
    ["【建設銀行】您的賬戶", "中国建设银行", "中国建设银行"],
    ["建行信用卡中心", "中国建设银行", "中国建设银行"],
    ["【工商銀行】", "中国工商银行", "中国工商银行"],
    ["【工行】您的账户", "中国工商银行", "中国工商银行"],
    ["农行提醒：您的卡片", "中国农业银行", "中国农业银行"],
    ["【農業銀行】", "中国农业银行", "中国农业银行"],
    ["您在中行的储蓄卡", "中国银行", "中国银行"],
    ["【郵儲銀行】", "中国邮政储蓄银行", "中国邮政储蓄银行"],
    ["【廣發銀行】", "广发银行", "广发银行"],
    ["【滙豐】", "汇丰银行", "汇丰银行（中国）"],
    ["【匯立銀行】", "汇立银行", "匯立銀行"],
    ["中信银行（国际）客户通知", "中信银行国际", "中信银行（国际）"],
    ["平安普惠通知您", "中国平安", "中国平安"],
    ["平安银行信用卡中心", "中国平安", "中国平安"],
    ["【平安】您的保单", "中国平安", "中国平安"],
    ["微粒贷额度已冻结", "微众银行", "微众银行"],
    ["【中國人壽】", "中国人寿", "中国人寿"],
    ["【國泰君安】", "国泰海通证券", "国泰海通证券"],
    // Lenders and loan apps without registry numbers.
    ["蚂蚁借呗逾期", "支付宝", null],
    ["【螞蟻借唄】", "支付宝", null],
    ["花呗额度调整", "支付宝", null],
    ["招联金融好期贷", "招联金融", null],
    ["度小满有钱花", "度小满", null],
    ["京东白条逾期", "京东金融", "京东支付"],
    ["美团月付逾期", "美团借钱", null],
    ["360借条提醒", "360借条", null],
    ["分期乐：您的账单", "分期乐", null],
    ["安逸花额度", "马上消费金融", null],
    ["【捷信】您的分期", "捷信", null],
    ["中银消费金融新易贷", "中银消费金融", null],
    ["兴业消费金融逾期", "兴业消费金融", null],
    ["苏宁任性付", "苏宁消费金融", null],
    ["宜人贷借款", "宜人贷", null],
    ["拍拍贷还款", "拍拍贷", null],
    // Regulators; "中国银行保险…" is not 中国银行.
    ["中国人民银行征信中心通知", "中国人民银行", null],
    ["中国银行保险监督管理委员会提醒", "国家金融监督管理总局", null],
    // Separators inserted to slip past filters.
    ["中 信 金 融 提醒", "中信金融", "中信银行"],
    ["中*信*金*融 提醒", "中信金融", "中信银行"],
    ["ＣｏｍｍＢａｎｋ alert", "CommBank", "CommBank"],
  ])("%s → %s (%s)", (text, name, organization) => {
    expect(findInstitution(text)).toMatchObject({ name, organization });
  });

  it.each([
    "今晚一起吃饭吗",
    "祝您出入平安",
    "平安到家了吗",
    "您的平安最重要",
    "群众安全第一",
    "员工行为规范",
    "请提交行驶证",
    "短信中信息有误",
    "便捷信贷服务",
    "民丰县今日天气",
    "京东快递已送达",
    "美团外卖订单已送达",
    "个人保险意识",
    "发扬光大",
    "振兴业务",
    "中国寿光蔬菜",
    "您的快递已到驿站",
    "",
  ])("finds none in %j", (text) => {
    expect(findInstitution(text)).toBeNull();
  });

  it.each(REGISTRY_ORGANIZATIONS)("knows registry organization %s", (organization) => {
    expect(findInstitution(`【${organization}】`)?.organization).toBe(organization);
  });

  it("maps every institution to a registry organization or null", () => {
    for (const institution of INSTITUTIONS) {
      if (institution.organization !== null) expect(REGISTRY_ORGANIZATIONS).toContain(institution.organization);
      expect(institution.aliases[0]).toBe(institution.name);
    }
  });

  it("never lists one alias for two institutions", () => {
    const aliases = INSTITUTIONS.flatMap((institution) => institution.aliases.map(toSimplifiedChars));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});

describe("findInstitutions", () => {
  it.each<[string, string[]]>([
    ["【东銮金融】您在招联金融的借款已转交我司", ["东銮金融", "招联金融"]],
    ["您在招联金融的借款已转交【东銮金融】处理", ["东銮金融", "招联金融"]],
    ["中信银行与平安普惠联合通知", ["中信银行", "中国平安"]],
    ["您在美团月付、京东白条、蚂蚁借呗的欠款", ["美团借钱", "京东金融", "支付宝"]],
    ["中信银行信用卡中心", ["中信银行"]],
    ["众安贷、众安保险", ["众安"]],
    ["无关文本", []],
  ])("%s → %j", (text, names) => {
    expect(findInstitutions(text).map((institution) => institution.name)).toEqual(names);
  });
});

describe("canonicalInstitutionName", () => {
  it.each<[string, string]>([
    ["民豐銀行", "民丰银行"],
    ["中信金融", "中信金融"],
    ["中信银行信用卡中心", "中信银行"],
    ["众安保险", "众安"],
    ["東鑾", "东銮金融"],
    ["平安", "中国平安"],
    ["建行", "中国建设银行"],
    ["借呗", "支付宝"],
    [" 某某小贷 ", "某某小贷"],
    ["ＸＹ金融", "XY金融"],
  ])("%j → %s", (input, name) => {
    expect(canonicalInstitutionName(input)).toBe(name);
  });
});

describe("toSimplifiedChars", () => {
  it.each([
    ["民豐銀行", "民丰银行"],
    ["眾安東鑾", "众安东銮"],
    ["將於今日起訴並上報徵信", "将于今日起诉并上报征信"],
    ["請回覆驗證碼", "请回复验证码"],
    ["轉賬至個人帳戶", "转账至个人帐户"],
    ["已经是简体", "已经是简体"],
    ["ABC 123", "ABC 123"],
  ])("%s → %s", (traditional, simplified) => {
    expect(toSimplifiedChars(traditional)).toBe(simplified);
  });
});
