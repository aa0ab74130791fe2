import { hash, verify } from '@node-rs/argon2';

/** Shorter than this, a password is refused: the console reveals learners' addresses. */
export const MIN_PASSWORD_LENGTH = 12;

/** argon2id (the library's default algorithm) with its default cost: about 19 MiB and a few tens of milliseconds. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked against when the address has no user, so that an unknown address costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Whether `password` matches `passwordHash`; with no hash (no such user), false after the same work. */
export async function isPasswordCorrect(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hash('decoy password for unknown addresses');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Null when acceptable, else why not (shown as is). */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `the password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  return null;
}
