import type { ImportReport } from '../shared/messages';
import { t } from '../shared/i18n';
import { accountName, groupCode } from '../ui/format';
import { ImportIssueList } from '../ui/ImportIssueList';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { openSettings } from './navigation';

/**
 * Shows the outcome of attaching or importing: the first code of each new account and a prompt
 * to back up, then the accounts that were stored already and the items that were skipped with
 * their reasons.
 */
export function AddedView(props: { report: ImportReport; onDone: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { added, duplicates, skipped } = props.report;
  const onlyAdded = duplicates.length === 0 && skipped.length === 0;
  return (
    <main>
      <h1 tabIndex={-1} ref={heading}>
        {t(onlyAdded ? 'addedTitle' : 'importReportTitle')}
      </h1>
      {!onlyAdded && added.length > 0 && <h2>{t('importReportAdded', String(added.length))}</h2>}
      {added.length === 0 && <p>{t('importReportNothing')}</p>}
      <ul class="accounts">
        {added.map(({ account, code }) => (
          <li key={account.id} class="account">
            <div class="issuer">{accountName(account)}</div>
            <p class="hint">{t('addedFirstCode')}</p>
            <span class="code" data-code={code.code}>
              {groupCode(code.code)}
            </span>
          </li>
        ))}
      </ul>
      {duplicates.length > 0 && (
        <section aria-labelledby="import-duplicates">
          <h2 id="import-duplicates">{t('importReportDuplicates', String(duplicates.length))}</h2>
          <ul>
            {duplicates.map((duplicate, index) => (
              <li key={index}>{accountName(duplicate)}</li>
            ))}
          </ul>
        </section>
      )}
      <ImportIssueList
        heading={t('importReportSkipped', String(skipped.length))}
        level={2}
        issues={skipped}
      />
      {added.length > 0 && <p>{t('addedBackupPrompt')}</p>}
      <div class="row">
        {added.length > 0 && (
          <button type="button" class="primary" onClick={() => void openSettings('backup')}>
            {t('addedBackupButton')}
          </button>
        )}
        <button type="button" onClick={props.onDone}>
          {t('addedDone')}
        </button>
      </div>
    </main>
  );
}
