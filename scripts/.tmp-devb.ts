import { readFileSync } from "node:fs";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { DEV_23_GENUINE, DEV_23_SCAM } from "./corpus/dev-issue23";
const batch = process.argv[2] ?? "b";
const verbose = process.argv.includes("-v");
for (const file of ["scam", "genuine"]) {
  const lines = readFileSync(`data/corpus/${file}.tsv`, "utf8").split("\n").slice(1).filter(Boolean);
  const by: Record<string, [number, number]> = {};
  for (const line of lines) {
    const [split, label, t, , text] = line.split("\t") as string[];
    const key = label!.replace("genuine:", "");
    const first = 1000 + ((DEV_23_SCAM as any)[key] ?? (DEV_23_GENUINE as any)[key]).length;
    const tn = Number(t);
    const inBatch = batch === "b" ? tn >= first : batch === "a" ? tn >= 1000 && tn < first : tn < 1000;
    if (split !== "tune" || !inBatch) continue;
    const c = analyseContent(text!);
    const score = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology));
    const flagged = score >= THRESHOLDS.app.suspicious;
    by[label!] ??= [0, 0];
    by[label!]![1]++;
    if (flagged) by[label!]![0]++;
    if (verbose && flagged === (file === "genuine")) console.log(`  ${file === "genuine" ? "FLAG" : "miss"} ${label} t${t} ${score} ${c.typology?.id ?? "-"} [${c.signals}] ${text}`);
  }
  let f = 0, n = 0;
  for (const [label, [a, b]] of Object.entries(by)) { f += a; n += b; console.log(`${label.padEnd(28)} ${a}/${b}`); }
  console.log(`${file} total ${f}/${n}`);
}
