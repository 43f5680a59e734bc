/** Vite's `?raw` imports (a committed data file as text) in Workers-runtime tests. */
declare module "*?raw" {
  const text: string;
  export default text;
}
