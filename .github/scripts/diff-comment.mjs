// The `cosell diff` output of a pull request: written to the job summary, and posted as one sticky PR comment
// (found again by its marker and updated on each push). Run by actions/github-script in .github/workflows/ci.yml:
//
//   const { postDiff } = await import(`${process.env.GITHUB_WORKSPACE}/.github/scripts/diff-comment.mjs`);
//   await postDiff({ github, context, core, file: 'cosell-diff.md', changed: true });
//
// Pull requests from forks get a read-only token: the comment is skipped with a notice, the summary and the
// `cosell-diff` artifact still carry the diff. Tested by test/ci/diff-comment.test.ts.
import { readFileSync } from 'node:fs';

/** Identifies the comment this script owns: the first line of its body. */
export const MARKER = '<!-- cosell-diff -->';
/** GitHub refuses an issue comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** A step's summary is capped at 1 MiB; stay under it (UTF-16 units, so bytes may be more for non-ASCII). */
export const SUMMARY_LIMIT = 512_000;

/**
 * Cuts Markdown to at most `max` characters at an item boundary: before a top-level `- ` bullet or a heading, so
 * no `<details>` block or code fence is left open. Without such a boundary it cuts at a line and closes what is open.
 */
export function truncateMarkdown(markdown, max) {
  if (markdown.length <= max) return { text: markdown, truncated: false };
  const head = markdown.slice(0, max);
  const boundary = Math.max(head.lastIndexOf('\n- '), head.lastIndexOf('\n### '), head.lastIndexOf('\n## '));
  if (boundary > 0) return { text: head.slice(0, boundary + 1), truncated: true };
  let text = head.slice(0, Math.max(0, head.lastIndexOf('\n') + 1));
  const fences = text.match(/^[ \t]*```/gm) ?? [];
  if (fences.length % 2 === 1) text += `${fences[fences.length - 1].replace('```', '')}\`\`\`\n`;
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  text += '</details>\n'.repeat(Math.max(0, open));
  return { text, truncated: true };
}

/** The comment body: marker, the diff (cut to fit `limit` with a note when too long), a footer with the run link. */
export function commentBody(markdown, { runUrl, limit = COMMENT_LIMIT, forSummary = false } = {}) {
  const run = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
  const footer = `\n---\n<sub>\`npx cosell diff\` of this pull request · ${run}</sub>\n`;
  // In the job summary itself, only the artifact holds more.
  const whereWhole = forSummary ? `its \`cosell-diff\` artifact` : `the ${run}'s summary and its \`cosell-diff\` artifact`;
  const note = (shown, total) =>
    `\n> [!NOTE]\n> Truncated: the diff has ${total.toLocaleString('en-US')} characters, ${forSummary ? 'a job summary takes' : 'GitHub comments take'} ` +
    `${limit.toLocaleString('en-US')}; the first ${shown.toLocaleString('en-US')} are shown. The whole diff is in ` +
    `${whereWhole}.\n`;
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  const whole = `${MARKER}\n${text}${footer}`;
  if (whole.length <= limit) return whole;
  // Room for the marker, the note (sized with the largest numbers it can hold) and the footer.
  const reserve = MARKER.length + 1 + note(text.length, text.length).length + footer.length;
  const { text: cut } = truncateMarkdown(text, limit - reserve);
  return `${MARKER}\n${cut}${note(cut.length, text.length)}${footer}`;
}

/** Whether the pull request comes from another repository (a fork), whose workflow token cannot comment. */
export function isFromFork(context) {
  const pr = context.payload?.pull_request;
  if (!pr) return false;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name ?? `${context.repo.owner}/${context.repo.repo}`;
  return !head || head !== base;
}

/** The run's page, where the summary and the artifact are. */
export function runUrlOf(context) {
  const server = context.serverUrl ?? 'https://github.com';
  return `${server}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
}

/**
 * Writes the diff to the job summary, then creates or updates the sticky comment. Creates none when there are no
 * changes and no earlier comment (an earlier one is updated to say so). Returns what it did:
 * 'created' | 'updated' | 'unchanged' | 'skipped-fork' | 'skipped-forbidden' | 'skipped-no-pr'.
 */
export async function postDiff({ github, context, core, file = 'cosell-diff.md', changed = true, markdown }) {
  const diff = markdown ?? readFileSync(file, 'utf8');
  const runUrl = runUrlOf(context);
  const summary = commentBody(diff, { runUrl, limit: SUMMARY_LIMIT, forSummary: true }).replace(`${MARKER}\n`, '');
  await core.summary.addRaw(summary).write();

  const pr = context.payload?.pull_request;
  if (!pr) {
    core.notice('not a pull request: the diff is in the job summary only');
    return 'skipped-no-pr';
  }
  if (isFromFork(context)) {
    core.notice(`pull request from a fork: its token cannot comment. The flow diff is in this run's summary and the cosell-diff artifact: ${runUrl}`);
    return 'skipped-fork';
  }
  const { owner, repo } = context.repo;
  const body = commentBody(diff, { runUrl });
  try {
    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 });
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
    if (mine) {
      if (mine.body === body) return 'unchanged';
      await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      core.info(`updated the flow diff comment ${mine.html_url ?? mine.id}`);
      return 'updated';
    }
    if (!changed) {
      core.info('no flow changes and no earlier comment: nothing posted');
      return 'unchanged';
    }
    const created = await github.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
    core.info(`posted the flow diff comment ${created?.data?.html_url ?? ''}`);
    return 'created';
  } catch (e) {
    // A read-only token (Dependabot, a fork the payload did not reveal): keep the check green, say where the diff is.
    if (e?.status === 403 || e?.status === 404) {
      core.warning(`cannot comment on the pull request (${e.status} ${e.message}); the flow diff is in the summary: ${runUrl}`);
      return 'skipped-forbidden';
    }
    throw e;
  }
}
