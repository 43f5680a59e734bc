import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { writeTestWranglerConfig } from "./scripts/lib/test-wrangler-config.ts";

// Two projects: pure domain code runs in plain Node (fast, fast-check friendly);
// everything that touches HTTP or D1 runs inside workerd with migrations applied.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  // npm test never reads .dev.vars or .env: the Workers project gets a copy of wrangler.toml in a
  // folder without them, and the bindings below.
  process.env.CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV = "false";
  const wranglerConfig = writeTestWranglerConfig(import.meta.dirname);
  return {
    test: {
      projects: [
        {
          test: {
            name: "domain",
            include: ["test/domain/**/*.test.ts", "test/middleware/**/*.test.ts", "test/cache/**/*.test.ts", "test/architecture/**/*.test.ts"],
            environment: "node",
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: wranglerConfig },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  REPORTER_KEY: "test-reporter-key",
                  ADMIN_TOKEN: "test-admin-token",
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/routes/**/*.test.ts", "test/db/**/*.test.ts", "test/*.test.ts"],
            setupFiles: ["./test/apply-migrations.ts"],
          },
        },
        {
          // Checks of the tooling (typed client, deploy dry run, scripts' --help): they spawn
          // compilers and bundlers, so they run after the unit tests rather than starving them.
          test: {
            name: "tooling",
            include: ["test/node/**/*.test.ts"],
            environment: "node",
            testTimeout: 120_000,
            fileParallelism: false,
            sequence: { groupOrder: 1 },
          },
        },
        {
          test: {
            name: "e2e",
            include: ["test/e2e/**/*.test.ts"],
            environment: "node",
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            // Each file starts its own `wrangler dev`: after the other projects, one at a time.
            sequence: { groupOrder: 2 },
          },
        },
      ],
    },
  };
});
