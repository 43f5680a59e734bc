import { readFileSync } from "node:fs";
import { analyseContent as oldA } from "/work/main/src/domain/signals";
import { analyseContent as newA } from "./src/domain/signals";
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
p("old", (s) => oldA(s, undefined, []));
p("new", (s) => newA(s, undefined, []));
p("old", (s) => oldA(s, undefined, []));
p("new", (s) => newA(s, undefined, []));
