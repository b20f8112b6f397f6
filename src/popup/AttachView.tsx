import { useState } from 'preact/hooks';
import type { KeyDraft } from '../shared/account';
import { t } from '../shared/i18n';
import type { AttachOffer, ImportReport } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { Notice } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { addKey, attachOrigin, reportOf } from './attach';
import { ManualForm } from './ManualForm';
import { readImages } from './paste';
import type { PopupData } from './usePopupData';

/** Section whose control started the running or last action, where its error is shown. */
type ActionSection = 'scan' | 'paste' | 'manual';

interface AttachViewProps {
  data: PopupData;
  onAdded: (report: ImportReport) => void;
  onBack: () => void;
}

/**
 * Offers every way to attach an account: scan the active tab, paste key URIs, an export or an
 * image, pick image files, or type the setup key (unless the administrator disallows manual
 * entry).
 */
export default function AttachView({ data, onAdded, onBack }: AttachViewProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [uri, setUri] = useState('');
  const [offer, setOffer] = useState<AttachOffer | null>(null);
  const [scanNote, setScanNote] = useState<string | null>(null);
  const tabId = data.tab.id;
  const origin = attachOrigin(data.page);

  const [section, setSection] = useState<ActionSection>('paste');
  const action = useAction(async (task: () => Promise<ImportReport>) => onAdded(await task()));
  const runIn = (place: ActionSection, task: () => Promise<ImportReport>) => {
    // A run while one is pending is ignored, so its error still belongs to the first section.
    if (action.busy) return Promise.resolve();
    setSection(place);
    return action.run(task);
  };
  const errorIn = (place: ActionSection) => (section === place ? action.error : null);
  const scan = useAction(async () => {
    if (tabId === null) return;
    setOffer(null);
    setScanNote(null);
    const outcome = await sendToWorker('page.scan', { tabId });
    if (outcome.status === 'key') setOffer(outcome.offer);
    else if (outcome.status === 'invalid') scan.setError(t('errorInvalidQr'));
    else setScanNote(t('scanNone'));
  });

  const addOffer = (chosen: AttachOffer) =>
    runIn('scan', async () => {
      const added = await sendToWorker('accounts.addOffer', { offerId: chosen.offerId });
      // Fill the first code into the attach form, as the in-page Add button does. The account is
      // stored either way, so a page that changed meanwhile is no reason to fail.
      if (tabId !== null) {
        await sendToWorker('page.fill', { tabId, accountId: added.account.id }).catch(() => null);
      }
      return reportOf(added);
    });
  const addManual = (draft: KeyDraft) =>
    runIn('manual', async () => reportOf(await sendToWorker('accounts.addManual', { draft })));
  const pickImages = (files: FileList | null) => {
    if (files === null || files.length === 0) return;
    const picked = Array.from(files);
    void runIn('paste', async () =>
      addKey({ kind: 'images', dataUrls: await readImages(picked) }, origin),
    );
  };

  return (
    <main>
      <div class="row top">
        <button type="button" class="link" onClick={onBack}>
          {t('back')}
        </button>
        <h1 tabIndex={-1} ref={heading}>
          {t('attachTitle')}
        </h1>
      </div>

      <section aria-labelledby="attach-scan">
        <h2 id="attach-scan">{t('attachScanTitle')}</h2>
        <p class="hint">{t('attachScanHint')}</p>
        <button
          type="button"
          class="primary"
          disabled={tabId === null || scan.busy}
          onClick={() => void scan.run()}
        >
          {t('attachScan')}
        </button>
        {offer && (
          <div class="offer">
            <p>{t('attachFound', [offer.issuer || offer.label, offer.label])}</p>
            {offer.duplicate && <p class="hint">{t('attachDuplicate')}</p>}
            <button
              type="button"
              class="primary"
              disabled={action.busy || offer.duplicate}
              onClick={() => void addOffer(offer)}
            >
              {t('attachAddFound')}
            </button>
          </div>
        )}
        <Notice error={scan.error ?? errorIn('scan')} success={scanNote} />
      </section>

      <section aria-labelledby="attach-paste">
        <h2 id="attach-paste">{t('attachPasteTitle')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void runIn('paste', () => addKey({ kind: 'uri', uri }, origin));
          }}
        >
          <label for="attach-uri" class="label">
            {t('attachUri')}
          </label>
          <textarea
            id="attach-uri"
            rows={3}
            spellcheck={false}
            placeholder="otpauth://totp/…"
            value={uri}
            onInput={(event) => setUri(event.currentTarget.value)}
          />
          <p class="hint">{t('importPasteHint')}</p>
          <div class="row">
            <button type="submit" disabled={action.busy || uri.trim() === ''}>
              {t('attachAddUri')}
            </button>
            <label class="file-button">
              {t('attachPickImage')}
              <input
                type="file"
                class="visually-hidden"
                accept="image/*"
                multiple
                onChange={(event) => {
                  pickImages(event.currentTarget.files);
                  // Picking the same file again after a failure must fire another change event.
                  event.currentTarget.value = '';
                }}
              />
            </label>
          </div>
        </form>
        <Notice error={errorIn('paste')} />
      </section>

      {data.settings.settings.allowManualEntry && (
        <section aria-labelledby="attach-manual">
          <h2 id="attach-manual">{t('attachManualTitle')}</h2>
          <ManualForm busy={action.busy} onSubmit={(draft) => void addManual(draft)} />
          <Notice error={errorIn('manual')} />
        </section>
      )}
    </main>
  );
}
