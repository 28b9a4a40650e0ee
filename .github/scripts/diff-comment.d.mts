// Types of diff-comment.mjs, for test/ci/diff-comment.test.ts (the script itself runs untyped in actions/github-script).
export declare const MARKER: string;
export declare const COMMENT_LIMIT: number;
export declare const SUMMARY_LIMIT: number;

export interface DiffContext {
  payload?: { pull_request?: { number: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } };
  repo: { owner: string; repo: string };
  serverUrl?: string;
  runId: number;
}

export interface Comment {
  id: number;
  body?: string;
  html_url?: string;
}

export interface DiffGitHub {
  paginate(method: unknown, params: Record<string, unknown>): Promise<Comment[]>;
  rest: {
    issues: {
      listComments: unknown;
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data?: { html_url?: string } }>;
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>;
    };
  };
}

export interface DiffCore {
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export type PostResult = 'created' | 'updated' | 'unchanged' | 'skipped-fork' | 'skipped-forbidden' | 'skipped-no-pr';

export declare function truncateMarkdown(markdown: string, max: number): { text: string; truncated: boolean };
export declare function commentBody(markdown: string, options?: { runUrl?: string; limit?: number; forSummary?: boolean }): string;
export declare function isFromFork(context: DiffContext): boolean;
export declare function runUrlOf(context: DiffContext): string;
export declare function postDiff(options: {
  github: DiffGitHub;
  context: DiffContext;
  core: DiffCore;
  file?: string;
  changed?: boolean;
  markdown?: string;
}): Promise<PostResult>;
