import { foldForMatching } from "../src/domain/concepts";
import { scanFraudConcepts, CONCEPTS } from "../src/domain/typologies";
import { analyseContent } from "../src/domain/signals";
import { CONTENT_CAP, contentPoints } from "../src/domain/score";
const names = Object.keys(CONCEPTS);
for (const text of process.argv.slice(2)) {
  const folded = foldForMatching(text).toLowerCase();
  const scan = scanFraudConcepts(foldForMatching(text));
  const hits = scan.hits.filter((h) => h.concept < names.length).map((h) => `${names[h.concept]}@${h.at}`);
  const c = analyseContent(text);
  const score = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology, c.scamLanguage.tier));
  const rules = Math.min(CONTENT_CAP, contentPoints(c.signals.filter((s) => s !== "scam_language"), c.typology));
  console.log(`${score} rules=${rules} ${c.typology?.id ?? "-"}/${c.typology?.rules ?? ""} [${c.signals.join(",")}] p=${c.scamLanguage.probability.toFixed(3)} cb=${c.callbackNumbers.join(",")}\n  ${folded}\n  ${hits.join(" ")}`);
}
