/** The command line itself is wrong: the CLI prints the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
