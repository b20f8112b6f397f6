/** Starts the demo mailbox with the default seed and prints its address and users. */
import { DEMO_PASSWORD } from './seed';
import { startMailbox } from './server';

function readPort(): number {
  const text = process.env.DEMO_MAILBOX_PORT ?? '8025';
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`DEMO_MAILBOX_PORT must be a port number from 0 to 65535, not "${text}".`);
  }
  return port;
}

const mailbox = await startMailbox({ port: readPort(), logLevel: 'info' });
console.log(`Demo mailbox: ${mailbox.url}/login`);
console.log(`Phone outbox (SMS codes): ${mailbox.url}/demo/phone`);
console.log(`Every user's password: ${DEMO_PASSWORD}`);
for (const user of mailbox.users.list()) {
  const phone = user.securePhone === null ? 'no secure phone' : `secure phone ${user.securePhone}`;
  console.log(`  ${user.username}  (${user.displayName}, ${user.department}, ${phone})`);
}
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void mailbox.close().then(() => process.exit(0));
  });
}
