/** The benchmarks' learners: number n always has the same address, so a load generator needs only the number. */
export function learnerAddress(n: number): string {
  return `learner.${n}@bench-school.example`;
}

/** What a learner writes on a ticket or in Slack: a missing credential, with the address it was issued to. */
export function missingCredentialText(address: string): string {
  return `I never received my certificate, my email is ${address}`;
}
