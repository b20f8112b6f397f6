/**
 * Logons that skip the second factor: a member outside the administrator's scope, multi-factor
 * authentication switched off, and a logon from a secure logon IP. The mailbox must let the
 * member in with no code step, and the extension must offer nothing on the inbox.
 */
import type { MfaPolicy } from '../../demo/server';
import { logOn } from '../../demo/walkthrough';
import { expect, test } from './fixtures';
import { message } from './popup-helpers';
import {
  attachDirectly,
  expectVerdict,
  settledInPageButtons,
  walkFor,
  type SkipCase,
} from './rules-helpers';

const SKIPS: SkipCase[] = [
  {
    name: 'listed exception',
    username: 'alice@demo.test',
    policy: { exceptions: ['postmaster@demo.test', 'alice@demo.test'] },
    reason: 'not in scope',
  },
  {
    name: 'department outside scope',
    username: 'alice@demo.test',
    policy: { scope: 'chosen', departments: ['Finance'], accounts: [] },
    reason: 'not in scope',
  },
  {
    name: 'multi-factor switched off',
    username: 'bob@demo.test',
    policy: { enabled: false },
    reason: 'not in scope',
  },
  {
    name: 'secure logon IP address',
    username: 'alice@demo.test',
    policy: { secureIps: ['127.0.0.1'] },
    reason: 'secure logon IP',
  },
  {
    name: 'secure logon IP range',
    username: 'bob@demo.test',
    policy: { methods: 'both', secureIps: ['127.0.0.0/8'] },
    reason: 'secure logon IP',
  },
];

for (const skip of SKIPS) {
  test(`no code step: ${skip.name}`, async ({ page, mailbox, extension }) => {
    await attachDirectly(extension, mailbox, skip.username);
    Object.assign(mailbox.admin, skip.policy satisfies Partial<MfaPolicy>);

    await logOn(walkFor(page, mailbox, skip.username));
    await expect(page).toHaveURL(/\/mail$/);

    const [logon] = mailbox.logons(skip.username);
    expect(logon?.secondFactor).toBe('none');
    expect(logon?.skipReason).toBe(skip.reason);
    expect(mailbox.smsOutbox(skip.username)).toEqual([]);

    expect(await settledInPageButtons(page)).toEqual([]);
    const popup = await expectVerdict(extension, page, 'verdictNoCodeField');
    await expect(popup.getByText(message('en', 'popupFill'), { exact: true })).toHaveCount(0);
  });
}
