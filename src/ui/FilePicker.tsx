import { useId } from 'preact/hooks';

interface FilePickerProps {
  label: string;
  /** Text of the button that opens the browser's file dialog. */
  button: string;
  /** Text shown in place of a file name until a file is picked. */
  empty: string;
  accept: string;
  file: File | null;
  /** Message shown while the picked file cannot be used, such as one that is too large. */
  error?: string | null;
  onFile: (file: File | null) => void;
}

/**
 * File input with a translated button and the picked file's name. Chromium draws the native
 * input's "Choose File" and "No file chosen" in the browser's language, and Debian's Chromium
 * ships only its en-US strings unless chromium-l10n is installed. So the native input is hidden
 * visually but stays in the page, where the keyboard and screen readers reach it.
 */
export function FilePicker(props: FilePickerProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const nameId = `${id}-name`;
  const errorId = `${id}-error`;
  const described = props.error ? `${nameId} ${errorId}` : nameId;
  return (
    <div class="field">
      <span id={labelId} class="label">
        {props.label}
      </span>
      <div class="row">
        <label class="file-button">
          {props.button}
          <input
            type="file"
            class="visually-hidden"
            accept={props.accept}
            aria-labelledby={labelId}
            aria-describedby={described}
            aria-invalid={props.error ? true : undefined}
            onChange={(event) => props.onFile(event.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <span id={nameId} class="file-name">
          {props.file?.name ?? props.empty}
        </span>
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
