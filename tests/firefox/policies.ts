/**
 * Firefox's enterprise policy file, written for one test and removed afterwards. Firefox on
 * Linux reads /etc/firefox/policies/policies.json first and the `distribution` folder of its
 * installation only when that file is missing. It reads the file once, at start.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Where the tests write policies: FIREFOX_POLICIES_PATH, else the system-wide Linux file. */
export const POLICIES_PATH =
  process.env.FIREFOX_POLICIES_PATH ?? '/etc/firefox/policies/policies.json';

/** Top-level key that marks a file as written by these tests; Firefox reads only `policies`. */
const MARKER = 'writtenByMailAuthenticatorTests';

function ancestorsToCreate(folder: string): string[] {
  const missing: string[] = [];
  for (let current = folder; !existsSync(current); current = path.dirname(current)) {
    missing.push(current);
  }
  return missing;
}

function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current)) current = path.dirname(current);
  return current;
}

/** Return why the test cannot write the policy file, or null when it can. */
export function policyFileProblem(): string | null {
  if (existsSync(POLICIES_PATH)) {
    const contents = readFileSync(POLICIES_PATH, 'utf8');
    if (!contents.includes(MARKER)) {
      return `${POLICIES_PATH} exists already and belongs to someone else, so the test leaves it alone.`;
    }
    return null;
  }
  try {
    accessSync(nearestExisting(path.dirname(POLICIES_PATH)), constants.W_OK);
  } catch {
    return `${POLICIES_PATH} cannot be written by this user. Run the tests as root or set FIREFOX_POLICIES_PATH.`;
  }
  return null;
}

/** Write the policies and return a function that removes the file and the folders it created. */
export function writePolicies(policies: Record<string, unknown>): () => void {
  const folder = path.dirname(POLICIES_PATH);
  const created = ancestorsToCreate(folder);
  mkdirSync(folder, { recursive: true });
  writeFileSync(POLICIES_PATH, JSON.stringify({ [MARKER]: true, policies }, null, 2));
  return () => {
    rmSync(POLICIES_PATH, { force: true });
    for (const directory of created) rmdirSync(directory);
  };
}
