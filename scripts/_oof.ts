import { tuneRows } from "./train-scam-language";
import { groupedFolds, probability, toExample, train } from "./lib/scam-language-training";
import { analyseContent } from "../src/domain/signals";
import { isDialogue } from "../src/domain/typologies";
import { CONTENT_CAP, contentPoints } from "../src/domain/score";
const { scam, genuine } = tuneRows();
const ex = [...scam.map((r) => toExample(r.text, 1, `${r.label}#${r.template}`, r.label)), ...genuine.map((r) => toExample(r.text, 0, `${r.label}#${r.template}`, r.label))];
const folds = groupedFolds(ex, 5, 7);
const p = new Array(ex.length).fill(0);
for (let f = 0; f < 5; f++) { const m = train(ex.filter((_, i) => folds[i] !== f)); ex.forEach((e, i) => { if (folds[i] === f) p[i] = probability(m, e.text); }); }
let sd = 0, sdLow = 0, sdLowFlag = 0, gd = 0, gdFlag = 0, gdFlagLow = 0;
const texts = scam.map((r) => r.text).concat(genuine.map((r) => r.text));
ex.forEach((e, i) => {
  const t = texts[i]!; if (!isDialogue(t)) return;
  const c = analyseContent(t);
  const pts = Math.min(CONTENT_CAP, contentPoints(c.signals.filter((s) => s !== "scam_language"), c.typology, p[i] < 0.2 ? "low" : "none"));
  if (e.label === 1) { sd++; if (p[i] < 0.2) { sdLow++; if (pts >= 25) sdLowFlag++; } }
  else { gd++; if (pts >= 25) { gdFlag++; if (p[i] < 0.2) gdFlagLow++; } }
});
console.log({ scamDialogues: sd, scamLowP: sdLow, scamLowPflaggedByRules: sdLowFlag, genuineDialogues: gd, genuineFlagged: gdFlag, genuineFlaggedLowP: gdFlagLow });
