export async function runCli(argv: string[]): Promise<number> {
  process.stdout.write(`credbot: ${argv.join(' ')}\n`);
  return 0;
}
