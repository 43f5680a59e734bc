/** `--name value` from the command line, or the fallback. */
export function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export const argNumber = (name: string, fallback: number): number => Number(argValue(name, String(fallback)));
