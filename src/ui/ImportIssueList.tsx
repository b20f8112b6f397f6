import { useId } from 'preact/hooks';
import { describeIssue, type ImportIssue } from '../shared/otp/importText';

/** Lines, accounts or images that an import skipped, each with its place and the reason. */
export function ImportIssueList(props: { heading: string; issues: readonly ImportIssue[] }) {
  const id = useId();
  if (props.issues.length === 0) return null;
  return (
    <section class="import-issues" aria-labelledby={id}>
      <h3 id={id}>{props.heading}</h3>
      <ul>
        {props.issues.map((issue, index) => (
          <li key={index}>{describeIssue(issue)}</li>
        ))}
      </ul>
    </section>
  );
}
