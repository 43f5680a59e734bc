import { checkSync } from "recheck";
import { readFileSync } from "node:fs";
const NO = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, randomSeed: 20261206 } as const;
const src = readFileSync("src/domain/signals.ts", "utf8");
for (const name of process.argv.slice(2)) {
  const m = src.match(new RegExp(`const ${name} =\\s*\\/(.*)\\/([a-z]*);`));
  if (!m) { console.log("no", name); continue; }
  const t = performance.now();
  const r = checkSync(m[1]!, m[2]!, { ...NO, checker: (process.env.CK ?? "automaton") as "automaton", timeout: 150000 });
  console.log(name, r.status, r.checker, ((performance.now() - t) / 1000).toFixed(1), "s");
}
