import { readFileSync } from "node:fs";
import { analyseContent as newA } from "./src/domain/signals";
const rows = readFileSync("data/corpus/scam.tsv", "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4]!);
const g = readFileSync("data/corpus/genuine.tsv", "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4]!);
const all = [...rows, ...g];
const texts: string[] = [];
for (let i = 0; i < 500; i++) { let t = ""; let j = i * 7; while (t.length < 2000) t += all[(j++ * 31) % all.length]; texts.push(t.slice(0, 2000)); }
for (let i = 0; i < 3000; i++) newA(texts[i % 500]!, undefined, []);
