// The run report of `cosell simulate --report`: one self-contained HTML page.
export { type ReportOptions, renderReport } from './page';
export { renderRun } from './run-view';
