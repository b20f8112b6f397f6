import { useId } from 'preact/hooks';
import { describeIssue, type ImportIssue } from '../shared/otp/importText';

interface ImportIssueListProps {
  heading: string;
  /** Level of the heading, so it fits the page's outline. It is 3 unless given. */
  level?: 2 | 3;
  issues: readonly ImportIssue[];
}

/** Lines, accounts or images that an import skipped, each with its place and the reason. */
export function ImportIssueList({ heading, level = 3, issues }: ImportIssueListProps) {
  const id = useId();
  if (issues.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="import-issues" aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>{describeIssue(issue)}</li>
        ))}
      </ul>
    </section>
  );
}
