import { readFileSync } from "node:fs";
import { foldForMatching } from "./src/domain/concepts";
import { scanFraudConcepts, near, detectTypology } from "./src/domain/typologies";
import { findCallbackNumbers } from "./src/domain/signals";
const rows = readFileSync("data/corpus/scam.tsv", "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4]!);
const g = readFileSync("data/corpus/genuine.tsv", "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4]!);
const all = [...rows, ...g];
const texts: string[] = [];
for (let i = 0; i < 500; i++) { let t = ""; let j = i * 7; while (t.length < 2000) t += all[(j++ * 31) % all.length]; texts.push(t.slice(0, 2000)); }
function p(name: string, f: (s: string) => unknown) {
  for (let i = 0; i < 300; i++) f(texts[i % 500]!);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) { const s = performance.now(); f(texts[i % 500]!); times.push(performance.now() - s); }
  times.sort((a, b) => a - b); console.log(name.padEnd(20), "p50", times[500]!.toFixed(4), "p90", times[900]!.toFixed(4));
}
const folded = texts.map(foldForMatching);
p("fold", (s) => foldForMatching(s));
p("scan", (s) => scanFraudConcepts(foldForMatching(s)));
const scans = new Map(texts.map((t) => [t, scanFraudConcepts(foldForMatching(t))]));
p("near", (s) => near(scans.get(s)!, ["refund", "act"], 40));
p("detect", (s) => detectTypology(scans.get(s)!, { link: true, asksCredentials: false, privateChannel: false, upfrontFee: false, premiumRate: false, callbackToMobile: false }));
p("callbacks", (s) => findCallbackNumbers(s));
console.log("hits", scans.get(texts[0]!)!.hits.length);
