/** A campaign's reason reads right for one reporter and for many, in all three languages. */
import { describe, expect, it } from "vitest";
import { messageFor } from "../../src/domain/messages";
import { LANGS } from "../../src/pages/i18n";

describe("campaign reason wording", () => {
  it("says one reporter for one and the count for many, never '1 people' or 'many people'", () => {
    const expected = {
      "zh-CN": ["目前只有 1 人举报", "被 4 人举报"],
      "zh-TW": ["目前只有 1 人舉報", "被 4 人舉報"],
      en: ["reported by 1 person so far", "reported by 4 people"],
    } as const;
    for (const lang of LANGS) {
      const [one, many] = expected[lang];
      const single = messageFor("campaign_one", lang, { campaign: "cmp_abc123", n: 1 });
      const several = messageFor("campaign", lang, { campaign: "cmp_abc123", n: 4 });
      expect(single, lang).toContain(one);
      expect(single, lang).toContain("cmp_abc123");
      expect(several, lang).toContain(many);
      expect(`${single} ${several}`, lang).not.toMatch(/1 people|many people|多人/);
    }
  });
});
