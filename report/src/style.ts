/** The views' style: VS Code's theme variables when in a webview, the system's colours in the report. */
export const CSS = `
:root { color-scheme: light dark; }
body { margin: 0; }
.pp-root { --pp-bg: var(--vscode-editor-background, Canvas); --pp-fg: var(--vscode-editor-foreground, CanvasText);
  --pp-muted: var(--vscode-descriptionForeground, GrayText); --pp-border: var(--vscode-panel-border, #8884);
  --pp-input-bg: var(--vscode-input-background, Field); --pp-input-fg: var(--vscode-input-foreground, FieldText);
  background: var(--pp-bg); color: var(--pp-fg); font: 13px/1.4 var(--vscode-font-family, system-ui, sans-serif); padding: 12px 20px 40px; }
.pp-root h1 { font-size: 18px; margin: 4px 0; }
.pp-root h2 { font-size: 15px; margin: 24px 0 6px; border-bottom: 1px solid var(--pp-border); padding-bottom: 4px; }
.pp-meta, .pp-note { color: var(--pp-muted); margin: 4px 0; }
.pp-filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; position: sticky; top: 0; z-index: 2;
  background: var(--pp-bg); padding: 8px 0; border-bottom: 1px solid var(--pp-border); }
.pp-filters label { display: flex; flex-direction: column; font-size: 11px; color: var(--pp-muted); gap: 2px; }
.pp-filters input, .pp-filters select, .pp-root select { background: var(--pp-input-bg); color: var(--pp-input-fg);
  border: 1px solid var(--vscode-input-border, var(--pp-border)); padding: 3px 5px; font: inherit; min-width: 8em; }
.pp-filters button { font: inherit; padding: 3px 10px; }
.pp-count { font-weight: 600; }
.pp-maps { display: flex; flex-wrap: wrap; gap: 16px; align-items: start; }
.pp-root figure { margin: 0; }
.pp-root svg { overflow: visible; }
.pp-table { border-collapse: collapse; width: 100%; font-size: 12px; }
.pp-table th { text-align: left; cursor: pointer; user-select: none; border-bottom: 2px solid var(--pp-border); padding: 4px 6px; position: sticky; top: 52px; background: var(--pp-bg); }
.pp-table td { border-bottom: 1px solid var(--pp-border); padding: 3px 6px; vertical-align: top; }
.pp-table tr.pp-link { cursor: pointer; }
.pp-table tbody tr:hover { background: var(--vscode-list-hoverBackground, #8882); }
.pp-standing-achieved, .pp-standing-met { color: #2e7d32; } .pp-standing-missed { color: #e53935; }
.pp-standing-behind { color: #fb8c00; } .pp-standing-revised { color: #8e24aa; } .pp-standing-withdrawn { color: #757575; }
.pp-more { margin: 8px 0; font: inherit; padding: 3px 10px; }
.pp-inline { display: inline-flex; gap: 6px; align-items: center; margin-left: 12px; font-size: 12px; font-weight: normal; }
`;
