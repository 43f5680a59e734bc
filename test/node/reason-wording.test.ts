/** A campaign's reason reads right for one reporter and for many, in all three languages. */
import { describe, expect, it } from "vitest";
import type { ReputationView } from "../../src/domain/reputation";
import { LANGS } from "../../src/pages/i18n";
import { reasonText } from "../../src/pages/report-form";

const view = { reports: { distinctReporters: 1 }, claimedInstitutions: [], official: null, campaigns: ["cmp_abc123"] } as unknown as ReputationView;
const reason = (count: number) => ({
  code: "campaign",
  message:
    count === 1
      ? "Its texts belong to campaign cmp_abc123, a message template reported by 1 person so far."
      : `Its texts belong to campaign cmp_abc123, a message template reported by ${count} people.`,
});

describe("campaign reason wording", () => {
  it("says one reporter for one and the count for many, never '1 people' or 'many people'", () => {
    const expected = {
      "zh-CN": ["目前只有 1 位用户举报过该模板", "已有 4 位不同的用户举报过该模板"],
      "zh-TW": ["目前只有 1 位使用者舉報過該範本", "已有 4 位不同的使用者舉報過該範本"],
      en: ["which one person has reported so far", "which 4 different people have reported"],
    } as const;
    for (const lang of LANGS) {
      const [one, many] = expected[lang];
      expect(reasonText(lang, reason(1), view), lang).toContain(one);
      expect(reasonText(lang, reason(1), view), lang).toContain("cmp_abc123");
      expect(reasonText(lang, reason(4), view), lang).toContain(many);
      expect(reasonText(lang, reason(4), view), lang).not.toMatch(/many people|多人/);
    }
  });
});
