// The report's inline stylesheet and script: Power Automate's run view (action cards with a status icon,
// the duration on the right, inputs and outputs underneath), with no external resource.

export const CSS = `
:root { --ok: #107c10; --bad: #a4262c; --skip: #8a8886; --warn: #ca5010; --ink: #201f1e; --muted: #605e5c;
  --line: #edebe9; --card: #fff; --bg: #faf9f8; --accent: #0f6cbd; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); }
header.page { background: #0f6cbd; color: #fff; padding: 16px 32px; }
header.page h1 { margin: 0; font-size: 20px; font-weight: 600; }
header.page .sub { opacity: .9; font-size: 13px; }
main { max-width: 1100px; margin: 0 auto; padding: 20px 32px 48px; }
.toolbar { display: flex; gap: 8px; margin: 0 0 16px; }
.toolbar button { font: inherit; border: 1px solid #8a8886; background: #fff; border-radius: 4px; padding: 4px 12px; cursor: pointer; }
.toolbar button:hover { background: #f3f2f1; }
nav.toc { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; margin-bottom: 20px; }
nav.toc ol { margin: 4px 0; padding-left: 20px; }
nav.toc a { color: var(--accent); text-decoration: none; }
.badge { display: inline-block; border-radius: 10px; padding: 0 10px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.pass { background: var(--ok); } .badge.fail { background: var(--bad); }
section.scenario { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 0 0 24px;
  box-shadow: 0 1px 2px rgba(0,0,0,.06); }
section.scenario > details > summary { list-style: none; cursor: pointer; padding: 14px 18px; border-bottom: 1px solid var(--line); }
section.scenario > details > summary::-webkit-details-marker { display: none; }
section.scenario h2 { display: inline; font-size: 16px; margin: 0 0 0 8px; }
section.scenario .file { color: var(--muted); font-size: 12px; margin-top: 2px; }
section.scenario .body { padding: 12px 18px 18px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 8px; }
.desc { color: var(--muted); margin: 0 0 8px; }
.problem { border-left: 4px solid var(--bad); background: #fdf3f4; padding: 8px 12px; margin: 8px 0; border-radius: 0 4px 4px 0; }
.problem .where { font-family: ui-monospace, Consolas, monospace; font-size: 12px; color: var(--muted); }
.problem table { border-collapse: collapse; margin-top: 6px; width: 100%; }
.problem th { text-align: left; width: 80px; vertical-align: top; font-weight: 600; font-size: 12px; padding: 2px 8px 2px 0; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0; }
.note::before { content: "ℹ "; }
ol.steps { margin: 0; padding-left: 22px; font-size: 13px; }
ol.steps code { background: #f3f2f1; padding: 0 4px; border-radius: 3px; }
ol.steps .meta { color: var(--muted); }
details.run { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; background: var(--bg); }
details.run > summary { cursor: pointer; padding: 10px 14px; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
details.run > summary .flow { font-weight: 600; }
details.run > summary .meta { color: var(--muted); font-size: 12px; margin-left: auto; }
details.run .setup { font-size: 11px; border: 1px solid var(--skip); color: var(--muted); border-radius: 8px; padding: 0 6px; }
ol.actions { list-style: none; margin: 0; padding: 4px 14px 14px; }
ol.actions > li { margin: 8px 0 0 calc(var(--depth, 0) * 28px); position: relative; }
ol.actions > li + li::before { content: ""; position: absolute; left: 22px; top: -9px; height: 9px; border-left: 2px solid #c8c6c4; }
details.card { background: var(--card); border: 1px solid #e1dfdd; border-left: 4px solid var(--ok); border-radius: 4px;
  box-shadow: 0 1.6px 3.6px rgba(0,0,0,.08); }
details.card > summary { cursor: pointer; padding: 8px 12px; display: flex; align-items: center; gap: 10px; list-style: none; }
details.card > summary::-webkit-details-marker { display: none; }
details.card > summary .name { font-weight: 600; }
details.card > summary .type { color: var(--muted); font-size: 12px; }
details.card > summary .dur { margin-left: auto; color: var(--muted); font-size: 12px; white-space: nowrap; }
details.card > summary .chev { color: var(--muted); transition: transform .15s; }
details.card[open] > summary .chev { transform: rotate(90deg); }
.retries { background: #fff4ce; color: #8a5300; border-radius: 8px; padding: 0 8px; font-size: 12px; font-weight: 600; }
.iter { color: var(--muted); font-size: 12px; }
.icon { display: inline-flex; align-items: center; justify-content: center; width: 20px; height: 20px; border-radius: 50%;
  color: #fff; font-size: 12px; font-weight: 700; flex: none; }
.s-succeeded { --status: var(--ok); } .s-failed { --status: var(--bad); } .s-timedout { --status: var(--warn); }
.s-skipped, .s-cancelled { --status: var(--skip); }
.s-succeeded .icon, .s-failed .icon, .s-timedout .icon, .s-skipped .icon, .s-cancelled .icon { background: var(--status); }
details.card.s-failed, details.card.s-timedout, details.card.s-skipped, details.card.s-cancelled { border-left-color: var(--status); }
details.card.s-skipped > summary .name { color: var(--muted); }
.io { border-top: 1px solid var(--line); padding: 8px 12px 12px; display: grid; gap: 10px; }
.io h4 { margin: 0 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.io .error { border-left: 3px solid var(--bad); padding-left: 8px; }
.io .error .code { font-weight: 600; color: var(--bad); }
pre { margin: 0; background: #f3f2f1; padding: 8px; border-radius: 4px; overflow: auto; max-height: 320px;
  font: 12px/1.4 ui-monospace, Consolas, "Courier New", monospace; white-space: pre-wrap; word-break: break-word; }
.empty { color: var(--muted); font-style: italic; }
`;

/** Expand / collapse everything, and show only what failed. Works without it: every part is a `<details>`. */
export const SCRIPT = `
document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-action]');
  if (!b) return;
  const all = document.querySelectorAll('details');
  if (b.dataset.action === 'expand') all.forEach((d) => (d.open = true));
  if (b.dataset.action === 'collapse') all.forEach((d) => (d.open = false));
  if (b.dataset.action === 'failed') {
    all.forEach((d) => (d.open = d.matches('.s-failed, .s-timedout, .fail') || !!d.querySelector('.s-failed, .s-timedout')));
  }
});
`;
