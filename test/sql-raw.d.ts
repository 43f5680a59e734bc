/** Vite's `?raw` imports (tests only): a file's text, e.g. src/db/sql/report-intake.sql. */
declare module "*.sql?raw" {
  const text: string;
  export default text;
}
