import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { fill } from "./corpus/generate";
import { mulberry32 } from "./lib/synthetic";
const [file, prefix, show] = process.argv.slice(2);
const mod = await import(file!);
const random = mulberry32(7);
const sets = { ...(mod[`${prefix}_SCAM`] ?? {}), ...Object.fromEntries(Object.entries(mod[`${prefix}_GENUINE`] ?? {}).map(([k, v]) => [`genuine:${k}`, v])) } as Record<string, string[]>;
let tot = 0, totR = 0, totA = 0;
for (const [label, templates] of Object.entries(sets)) {
  let r = 0, a = 0, n = 0;
  templates.forEach((template, i) => {
    for (let k = 0; k < 3; k++) {
      const text = fill(template, random);
      const c = analyseContent(text);
      const rules = Math.min(CONTENT_CAP, contentPoints(c.signals.filter((s) => s !== "scam_language"), c.typology));
      const all = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology, c.scamLanguage.tier));
      n++; if (rules >= 25) r++; if (all >= 25) a++;
      const genuine = label.startsWith("genuine");
      if ((process.env.ALLK || k === 0) && show && (show === "all" || label.startsWith(show)) && (genuine ? all >= 25 : all < 25 || process.argv[5] === "rules" && rules < 25))
        console.log(`  ${label} t${i} rules=${rules} all=${all} ${c.typology?.id ?? "-"} [${c.signals.join(",")}] p=${c.scamLanguage.probability.toFixed(2)} ${text.slice(0, 400)}`);
    }
  });
  if (!show) console.log(label.padEnd(24), n, `rules ${(100 * r / n).toFixed(1)}`, `all ${(100 * a / n).toFixed(1)}`);
}
