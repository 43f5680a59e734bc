import { defineConfig } from "drizzle-kit";

// drizzle-kit's output folder is wrangler's migrations_dir: `npm run db:generate -- --name <what>`.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
