import { CONTENT_CAP, contentPoints } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { fill } from "./corpus/generate";
import { mulberry32 } from "./lib/synthetic";
const [file, prefix] = process.argv.slice(2);
const mod = await import(file!);
const random = mulberry32(7);
const sets = Object.fromEntries(Object.entries(mod[`${prefix}_GENUINE`] ?? {}).map(([k, v]) => [`genuine:${k}`, v])) as Record<string, string[]>;
let n = 0, f = 0, fm = 0;
for (const [label, templates] of Object.entries(sets)) templates.forEach((t, i) => { for (let k = 0; k < 3; k++) {
  const text = fill(t, random); const c = analyseContent(text);
  const rules = Math.min(CONTENT_CAP, contentPoints(c.signals.filter((s) => s !== "scam_language"), c.typology));
  const all = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology, c.scamLanguage.tier));
  n++; if (rules >= 25) f++; if (all >= 25) fm++;
  if ((process.env.ALLK || k === 0) && all >= 25 && process.argv[4]) console.log(label, `t${i}`, rules, all, c.typology ? `${c.typology.id}/${c.typology.rules}` : "-", c.signals.join(","), c.scamLanguage.probability.toFixed(2), text.slice(0, 350));
}});
console.log(`rules ${f}/${n} all ${fm}/${n}`);
