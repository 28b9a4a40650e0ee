// .github/scripts/diff-comment.mjs, which ci.yml runs in actions/github-script: the sticky comment is created once
// and then updated, a long diff is cut to GitHub's comment limit at an item boundary with a note, a fork's pull
// request (read-only token) gets no comment but the job summary, and a 403 does not fail the job.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  type Comment,
  type DiffContext,
  MARKER,
  commentBody,
  isFromFork,
  postDiff,
  truncateMarkdown,
} from '../../.github/scripts/diff-comment.mjs';

const root = resolve(import.meta.dirname, '..', '..');

const context = (fork = false): DiffContext => ({
  payload: {
    pull_request: {
      number: 7,
      head: { repo: { full_name: fork ? 'someone/cosell-sync' : 'org/cosell-sync' } },
      base: { repo: { full_name: 'org/cosell-sync' } },
    },
  },
  repo: { owner: 'org', repo: 'cosell-sync' },
  serverUrl: 'https://github.com',
  runId: 42,
});

/** A GitHub client double holding the PR's comments; `forbid` makes every write answer 403. */
function fakeGitHub(existing: Comment[] = [], forbid = false) {
  const comments = [...existing];
  const calls: string[] = [];
  const forbidden = () => Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
  const github = {
    paginate: async (_method: unknown, params: Record<string, unknown>) => {
      calls.push(`list ${params.issue_number}`);
      return comments;
    },
    rest: {
      issues: {
        listComments: {},
        createComment: async ({ body }: { body: string }) => {
          calls.push('create');
          if (forbid) throw forbidden();
          comments.push({ id: comments.length + 100, body });
          return { data: { html_url: 'https://github.com/org/cosell-sync/pull/7#issuecomment-1' } };
        },
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          calls.push(`update ${comment_id}`);
          if (forbid) throw forbidden();
          comments.find((c) => c.id === comment_id)!.body = body;
          return {};
        },
      },
    },
  };
  return { github, comments, calls };
}

function fakeCore() {
  const log: string[] = [];
  const summaries: string[] = [];
  const core = {
    summary: { addRaw: (t: string) => ({ write: async () => summaries.push(t) }) },
    info: (m: string) => log.push(`info: ${m}`),
    notice: (m: string) => log.push(`notice: ${m}`),
    warning: (m: string) => log.push(`warning: ${m}`),
  };
  return { core, log, summaries };
}

/** A diff shaped like `cosell diff` output: items with expression changes in <details> diff fences. */
function bigDiff(items: number): string {
  const item = (i: number) =>
    `- \`Action_${i}\`: \`expression\` changed\n  <details><summary>before → after</summary>\n\n  \`\`\`diff\n` +
    `  - @equals(outputs('A_${i}')?['body/x'], '${'a'.repeat(400)}')\n  + @equals(outputs('A_${i}')?['body/y'], '${'b'.repeat(400)}')\n  \`\`\`\n\n  </details>\n`;
  return `## Flow changes: \`base\` → working tree\n\n### Partner Center to Dynamics 365\n\n${Array.from({ length: items }, (_, i) => item(i)).join('')}`;
}

describe('commentBody', () => {
  it('starts with the marker and keeps a short diff whole, with a link to the run', () => {
    const body = commentBody('## Flow changes\n\nNo changes.\n', { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.startsWith(`${MARKER}\n## Flow changes\n\nNo changes.\n`)).toBe(true);
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(body).not.toContain('Truncated');
  });

  it('cuts a diff over 65,536 characters at an item boundary, closing no block half-way, and says so', () => {
    const diff = bigDiff(200);
    expect(diff.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = commentBody(diff, { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT * 0.9);
    expect(body).toContain(`the diff has ${diff.length.toLocaleString('en-US')} characters`);
    expect(body).toContain("`cosell-diff` artifact");
    const shown = body.slice(MARKER.length + 1, body.indexOf('\n> [!NOTE]'));
    expect(diff.startsWith(shown)).toBe(true);
    expect(shown.endsWith('  </details>\n')).toBe(true);
    expect((shown.match(/```/g) ?? []).length % 2).toBe(0);
    expect((shown.match(/<details>/g) ?? []).length).toBe((shown.match(/<\/details>/g) ?? []).length);
  });

  it('in the job summary, a cut diff points to the artifact only, not to the summary it is in', () => {
    const diff = bigDiff(200);
    const body = commentBody(diff, { runUrl: 'https://github.com/o/r/actions/runs/1', limit: 40_000, forSummary: true });
    expect(body.length).toBeLessThanOrEqual(40_000);
    expect(body).toContain('a job summary takes 40,000');
    expect(body).toContain('The whole diff is in its `cosell-diff` artifact.');
    expect(body).not.toContain("'s summary");
  });

  it('cuts real `cosell diff` output (test/ci/fixtures/cosell-diff.md) at an item boundary', () => {
    const diff = readFileSync(join(root, 'test', 'ci', 'fixtures', 'cosell-diff.md'), 'utf8');
    for (const limit of [1500, 2500, 4000]) {
      const body = commentBody(diff, { limit });
      expect(body.length).toBeLessThanOrEqual(limit);
      const shown = body.slice(MARKER.length + 1, body.indexOf('\n> [!NOTE]'));
      expect(diff.startsWith(shown)).toBe(true);
      expect(shown.length).toBeGreaterThan(0);
      expect((shown.match(/```/g) ?? []).length % 2).toBe(0);
      expect((shown.match(/<details>/g) ?? []).length).toBe((shown.match(/<\/details>/g) ?? []).length);
    }
  });

  it('closes an open fence and <details> when one item alone is over the limit', () => {
    const { text, truncated } = truncateMarkdown(`- one\n  <details>\n\n  \`\`\`diff\n${'  - x\n'.repeat(100)}`, 300);
    expect(truncated).toBe(true);
    expect(text.endsWith('  ```\n</details>\n')).toBe(true);
  });
});

describe('isFromFork', () => {
  it('tells a fork’s pull request (or a deleted head repository) from a branch of the repository', () => {
    expect(isFromFork(context(false))).toBe(false);
    expect(isFromFork(context(true))).toBe(true);
    const deleted = context(false);
    deleted.payload!.pull_request!.head = { repo: null };
    expect(isFromFork(deleted)).toBe(true);
  });
});

describe('postDiff', () => {
  const diff = '## Flow changes: `abc` → working tree\n\n### Flow\n\n- added `Compose`\n';

  it('creates the comment once, then updates the same comment', async () => {
    const { github, comments, calls } = fakeGitHub([{ id: 1, body: 'LGTM' }]);
    const { core, summaries } = fakeCore();
    await expect(postDiff({ github, context: context(), core, markdown: diff })).resolves.toBe('created');
    await expect(postDiff({ github, context: context(), core, markdown: `${diff}- removed \`Old\`\n` })).resolves.toBe('updated');
    expect(calls).toEqual(['list 7', 'create', 'list 7', 'update 101']);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toContain('removed `Old`');
    expect(summaries[0]).toContain('added `Compose`');
    expect(summaries[0]).not.toContain(MARKER);
  });

  it('posts nothing when there are no changes and no earlier comment, but updates an earlier one', async () => {
    const none = fakeGitHub();
    await expect(postDiff({ github: none.github, context: context(), core: fakeCore().core, markdown: 'No changes.\n', changed: false })).resolves.toBe('unchanged');
    expect(none.calls).toEqual(['list 7']);
    const earlier = fakeGitHub([{ id: 5, body: `${MARKER}\nold` }]);
    await expect(postDiff({ github: earlier.github, context: context(), core: fakeCore().core, markdown: 'No changes.\n', changed: false })).resolves.toBe('updated');
    expect(earlier.comments[0]!.body).toContain('No changes.');
  });

  it('skips the comment on a fork’s pull request, keeping the summary', async () => {
    const { github, calls } = fakeGitHub();
    const { core, log, summaries } = fakeCore();
    await expect(postDiff({ github, context: context(true), core, markdown: diff })).resolves.toBe('skipped-fork');
    expect(calls).toEqual([]);
    expect(summaries).toHaveLength(1);
    expect(log.join('\n')).toContain('notice: pull request from a fork');
  });

  it('turns a 403 into a warning instead of failing the job', async () => {
    const { github } = fakeGitHub([], true);
    const { core, log } = fakeCore();
    await expect(postDiff({ github, context: context(), core, markdown: diff })).resolves.toBe('skipped-forbidden');
    expect(log.join('\n')).toContain('warning: cannot comment on the pull request (403');
  });

  it('reads the diff file that the workflow step wrote', async () => {
    const { github, comments } = fakeGitHub();
    const file = join(root, 'test', 'ci', 'fixtures', 'cosell-diff.md');
    await expect(postDiff({ github, context: context(), core: fakeCore().core, file })).resolves.toBe('created');
    expect(comments[0]!.body).toContain('### Partner Center to Dynamics 365');
  });
});

describe('the script as github-script runs it', () => {
  it('loads with plain node by the workspace path the workflow imports', () => {
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'const m = await import(`${process.env.GITHUB_WORKSPACE}/.github/scripts/diff-comment.mjs`); console.log(typeof m.postDiff)'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: root } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function');
  });
});
