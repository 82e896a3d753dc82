/**
 * npm run staff:add -- <email> [--reset] — creates a staff account for /staff, or with --reset gives an
 * existing one a new password (and signs it out everywhere).
 *
 * The password comes from STAFF_PASSWORD when set (for scripts), otherwise from a prompt that does not
 * echo it, asked twice. It is never printed or logged.
 */
import { parseArgs } from 'node:util';
import { saveStaffUser, StaffAccountError } from '@/lib/staff/accounts';
import { passwordMinLength, passwordProblem } from '@/lib/staff/password';
import { readHiddenLine } from './staff/read-hidden-line';
import { readSettingsOrExit, runDatabaseCommand } from './database-command';

const usage = `Usage: npm run staff:add -- <email> [--reset]
  <email>   the staff member's work e-mail; they sign in with it at /staff
  --reset   the account exists: set a new password and sign it out everywhere
The password is read from STAFF_PASSWORD, or asked for (at least ${passwordMinLength} characters).`;

function readArguments() {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { ...values, email: positionals.length === 1 ? positionals[0] : undefined };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

async function readPassword(): Promise<string> {
  const fromEnvironment = readSettingsOrExit().STAFF_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    console.error('Set STAFF_PASSWORD, or run this in a terminal to be asked for the password.');
    process.exit(2);
  }
  for (;;) {
    const password = await readHiddenLine('Password: ');
    const problem = passwordProblem(password);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await readHiddenLine('The same password again: ')) === password) return password;
    console.error('The two passwords were different. Try again.');
  }
}

const options = readArguments();
if (options.help || !options.email) {
  console[options.help ? 'log' : 'error'](usage);
  process.exit(options.help ? 0 : 2);
}

const email = options.email;
const password = await readPassword();
await runDatabaseCommand(
  async (session) => {
    const saved = await saveStaffUser(session.db, { email, password, replace: options.reset });
    console.log(
      saved.created
        ? `Created the staff account ${saved.email}. Sign in at /staff.`
        : `Set a new password for ${saved.email}; its old sessions are signed out.`,
    );
  },
  (error) => (error instanceof StaffAccountError ? [error.message] : null),
);
