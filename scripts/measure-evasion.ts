/**
 * Whether one sentence appended by the sender moves a verdict: a scam's author controls its whole text, so a
 * warning ("谨防诈骗，请勿上当"), an official hotline, a "no action needed" or a paragraph of small talk added to a
 * script must not unflag it.
 * Takes the tune split's scam texts the content analysis flags (content only, app audience, as /check), appends
 * each cover sentence in turn and prints the share that falls below `suspicious` — the lower the better.
 *   npx tsx scripts/measure-evasion.ts [--every N] [--examples K]
 *     --every N     every Nth tune scam text (default 5)
 *     --examples K  print K unflagged texts per cover sentence (default 0)
 */
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { handleHelp } from "./lib/cli";
import { readCorpus } from "./lib/corpus";

/** What a scam's author might append: warnings, official channels, reassurances, genuine small talk; Chinese and English. */
export const COVER_SENTENCES = [
  "谨防诈骗，请勿上当。",
  "【国家反诈中心提醒】凡是要求转账到安全账户的都是诈骗。",
  "如有疑问请致电官方客服95588。",
  "本短信由官方发送，请登录手机银行APP查看。",
  "无需任何操作。",
  "退款已原路退回。",
  "如非本人操作请忽略。",
  "Please do not share this code with anyone.",
  "No action needed.",
  "This is not a scam.",
  // Genuine words padded on, to dilute the learned model's reading.
  "今天天气不错，周末一起去爬山吧，记得带水和零食。",
  "妈，我到学校了，这周末不回家了，你和爸注意身体。妈，我到学校了，这周末不回家了，你和爸注意身体。妈，我到学校了，这周末不回家了，你和爸注意身体。",
  "Hi mum, home by 6, can you grab milk on the way? Love you x. See you at dinner, traffic is fine, the kids are at football.",
];

/** The number after a flag, or the default. */
const numberAfter = (flag: string, fallback: number) => {
  const at = process.argv.indexOf(flag);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const flagged = (text: string) => {
  const content = analyseContent(text);
  return Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier)) >= THRESHOLDS.app.suspicious;
};

/** The text with the sentence appended, as a sender would write it. */
export const withCover = (text: string, cover: string) => (/^[A-Za-z]/.test(cover) ? `${text} ${cover}` : `${text}${cover}`);

if (import.meta.url === `file://${process.argv[1]}`) {
  handleHelp(import.meta.url);
  const every = numberAfter("--every", 5);
  const examples = numberAfter("--examples", 0);
  const sample = readCorpus("scam.tsv").filter((row, i) => row.split === "tune" && i % every === 0);
  const base = sample.filter((row) => flagged(row.text));
  console.log(`${base.length} of ${sample.length} sampled tune scam texts flagged from content alone; share unflagged by one appended sentence:`);
  for (const cover of COVER_SENTENCES) {
    const lost = base.filter((row) => !flagged(withCover(row.text, cover)));
    console.log(`${((100 * lost.length) / Math.max(1, base.length)).toFixed(1).padStart(5)} %  ${cover}`);
    for (const row of lost.slice(0, examples)) console.log(`         ${row.label}: ${row.text.slice(0, 100)}`);
  }
}
