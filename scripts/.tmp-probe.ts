import { readFileSync } from "node:fs";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
const texts = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean);
let f = 0;
for (const text of texts) {
  const c = analyseContent(text);
  const score = Math.min(CONTENT_CAP, contentPoints(c.signals, c.typology));
  const flagged = score >= THRESHOLDS.app.suspicious;
  if (flagged) f++;
  if (flagged || process.argv.includes("-a")) console.log(`${flagged ? "FLAG" : "ok  "} ${score} ${c.typology?.id ?? "-"}/${c.typology?.rules ?? ""} [${c.signals}] ${text}`);
}
console.log(`${f}/${texts.length} flagged`);
