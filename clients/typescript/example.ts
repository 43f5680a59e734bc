/**
 * Using the generated client: report a text, look up its sender, and handle an error by its
 * stable `code`. Compiled by test/node/client.test.ts, so a change that breaks callers shows.
 */
import { createFanzhaClient, type Problem } from "./index";

export async function example(baseUrl: string): Promise<string> {
  const api = createFanzhaClient(baseUrl);

  const report = await api.POST("/api/v1/reports", {
    body: { sender: "1069 0000 1234", text: "【中信金融】您的借款已逾期，请登录 http://zx-jr.top/1 回复验证码" },
    params: { header: { "idempotency-key": "example-1" } },
  });
  if (report.error) return describe(report.error);
  const { sender, campaignId } = report.data;

  const lookup = await api.GET("/api/v1/senders/{number}", {
    params: { path: { number: sender.normalized }, query: { audience: "carrier" } },
  });
  if (lookup.error) return describe(lookup.error);
  const { verdict, score, reasons } = lookup.data;
  return `${sender.normalized}: ${verdict} (${score}/100; campaign ${campaignId ?? "none"}; ${reasons.map((reason) => reason.code).join(", ")})`;
}

function describe(problem: Problem): string {
  switch (problem.code) {
    case "rate_limited":
      return "slow down and retry after Retry-After seconds";
    case "invalid_body":
      return (problem.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    default:
      return `${problem.code}: ${problem.detail}`;
  }
}
