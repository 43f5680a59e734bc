/**
 * Scores one blind corpus set file as it arrives, before it is tuned on (data/README.md, "blind sets"): each template
 * rendered K times with generate.ts's fillers and writing styles (fixed seed), judged as `npm run eval` judges (content
 * only, app audience, flagged at `suspicious`), and printed per typology or genuine category with the share flagged.
 * A set's arrival figure is this output on the tree of that moment; write it into the set file's header.
 *   npx tsx scripts/score-set.ts ./corpus/blind-tuning-91.ts BLIND_TUNING_91_SCAM [--misses [key]] [--renderings 3]
 *     --misses       list the misses (scam sets) or the flags (genuine sets), of every key or of one
 *     --renderings   renderings per template (default 3)
 * Never point it at holdout-templates.ts: the hold-out is measured once, by `npm run eval`, at a session's end.
 */
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { argNumber } from "./lib/args";
import { handleHelp } from "./lib/cli";
import { fill, styled } from "./corpus/generate";
import { mulberry32 } from "./lib/synthetic";

handleHelp(import.meta.url);

const [file, exportName] = process.argv.slice(2);
if (!file || !exportName || file.includes("holdout-templates")) {
  console.error("usage: npx tsx scripts/score-set.ts ./corpus/<set>.ts <EXPORT_NAME> [--misses [key]] (not the hold-out)");
  process.exit(2);
}
const set = (await import(file))[exportName] as Record<string, string[]>;
const renderings = argNumber("renderings", 3);
const missesAt = process.argv.indexOf("--misses");
const afterMisses = process.argv[missesAt + 1];
const missesOf = missesAt < 0 ? null : afterMisses && !afterMisses.startsWith("--") ? afterMisses : "all";
const genuine = exportName.includes("GENUINE");
const random = mulberry32(7);

const rates: number[] = [];
for (const [key, templates] of Object.entries(set)) {
  let flagged = 0;
  const listed: string[] = [];
  templates.forEach((template, index) => {
    for (let k = 0; k < renderings; k++) {
      const { text } = styled(fill(template, random), random);
      const content = analyseContent(text);
      const score = Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier));
      const isFlagged = score >= THRESHOLDS.app.suspicious;
      if (isFlagged) flagged++;
      if (isFlagged === genuine) {
        listed.push(`   t${index} ${score} ${content.typology?.id ?? "-"} p=${content.scamLanguage.probability.toFixed(2)} [${content.signals.join(",")}] ${text.replace(/\n/g, " ")}`);
      }
    }
  });
  const rate = flagged / (templates.length * renderings);
  rates.push(rate);
  const mark = genuine ? (rate > 0.02 ? "  > 2 %" : "") : rate < 0.85 ? "  < 85 %" : "";
  console.log(`${key.padEnd(22)} ${String(templates.length * renderings).padStart(4)} ${(100 * rate).toFixed(1).padStart(6)} %${mark}`);
  if (missesOf === "all" || missesOf === key) for (const line of listed) console.log(line);
}
const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
console.log(genuine ? `mean ${(100 * mean).toFixed(1)} % flagged` : `mean ${(100 * mean).toFixed(1)} %, ${rates.filter((r) => r >= 0.85).length} of ${rates.length} ≥ 85 %`);
