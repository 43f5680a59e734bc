import { analyseContent, findCallbackNumbers } from "./src/domain/signals";
import { extractLinks } from "./src/domain/links";
import { findInstitution } from "./src/domain/institutions";
import { toSimplifiedChars } from "./src/domain/hanzi";
const base = "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12000元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://zx.top/1 处理，回复验证码确认身份。今天天气不错，我们去公园散步吧，记得带伞。";
let t = ""; while (t.length < 2000) t += base; t = t.slice(0, 2000);
function p(name: string, f: (s: string) => unknown) {
  for (let i = 0; i < 300; i++) f(t + i);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) { const s = performance.now(); f(t + i); times.push(performance.now() - s); }
  times.sort((a, b) => a - b); console.log(name.padEnd(20), "p50", times[500].toFixed(4));
}
const links = extractLinks(t);
p("all", (s) => analyseContent(s));
p("all(links given)", (s) => analyseContent(s, undefined, links));
p("links", (s) => extractLinks(s));
p("institution", (s) => findInstitution(s));
p("callbacks", (s) => findCallbackNumbers(s));
p("simplify+nfkc", (s) => toSimplifiedChars(s.normalize("NFKC")));
p("prepare", (s) => toSimplifiedChars(s.normalize("NFKC")).replace(/(?<=\p{Script=Han})[\s*·•_~]+(?=\p{Script=Han})/gu, ""));
