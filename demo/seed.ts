import type { MailboxSeed } from './types';

/** Password of every demo user. It is public, so the mailbox listens on 127.0.0.1 unless told otherwise. */
export const DEMO_PASSWORD = 'demo-password';

/**
 * Starting state of `npm run demo` and of the tests: multi-factor authentication on for all
 * members with the authenticator app, and the administrator excepted so that the console
 * stays reachable without a second factor.
 */
export function createDefaultSeed(): MailboxSeed {
  return {
    issuer: 'Demo Mail',
    administrator: 'postmaster@demo.test',
    users: [
      {
        username: 'postmaster@demo.test',
        password: DEMO_PASSWORD,
        displayName: 'Postmaster',
        department: 'IT',
        securePhone: null,
        authenticatorSecret: null,
      },
      {
        username: 'alice@demo.test',
        password: DEMO_PASSWORD,
        displayName: 'Alice Chen',
        department: 'Sales',
        securePhone: null,
        authenticatorSecret: null,
      },
      {
        username: 'bob@demo.test',
        password: DEMO_PASSWORD,
        displayName: 'Bob Wang',
        department: 'Finance',
        securePhone: '+86 138 0013 8000',
        authenticatorSecret: null,
      },
    ],
    policy: {
      enabled: true,
      scope: 'all',
      departments: [],
      accounts: [],
      exceptions: ['postmaster@demo.test'],
      methods: 'app',
      secureIps: [],
      forceClientPassword: false,
    },
  };
}
