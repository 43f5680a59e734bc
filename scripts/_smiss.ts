import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { readCorpus } from "./lib/corpus";
const rows = readCorpus("scam.tsv").filter((r) => r.split === "tune");
for (const r of rows) {
  const c = analyseContent(r.text);
  const s = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology, c.scamLanguage.tier));
  if (s < THRESHOLDS.app.suspicious) console.log(`${r.label}\t${s}\t${c.typology?.id ?? "-"}\t${c.signals.join(",")}\t${r.text.replace(/\s+/g, " ").slice(0, 300)}`);
}
