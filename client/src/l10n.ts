/**
 * The extension's own words (notifications, prompts, the status bar, the overview's title) in the language the
 * server speaks: `policyPlans.language` when it names one (`en`, `zh-cn`), else VS Code's display language
 * through `vscode.l10n`. The messages are the English texts of l10n/bundle.l10n.json; client/manifest.mjs
 * collects them from every `l10n.t('…')` call of client/src, so a message is always a string literal.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Translator } from './planTemplate';

type Bundle = Readonly<Record<string, string>>;

function format(template: string, args: ReadonlyArray<string | number | boolean>): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (i in args ? String(args[+i]) : m));
}

export class ClientL10n implements Translator {
  /** The bundles read so far, by language (read once, on first use). */
  private readonly bundles = new Map<string, Bundle>();

  constructor(private readonly extensionPath: string) {}

  /** The language the setting asks for, or undefined for `auto` (VS Code's display language). */
  private chosen(): 'en' | 'zh-cn' | undefined {
    const value = vscode.workspace.getConfiguration('policyPlans').get<string>('language', 'auto');
    return value === 'en' || value === 'zh-cn' ? value : undefined;
  }

  private bundle(language: 'en' | 'zh-cn'): Bundle {
    let b = this.bundles.get(language);
    if (!b) {
      const file = path.join(this.extensionPath, 'l10n', `bundle.l10n.${language}.json`);
      try {
        b = language === 'en' ? {} : (JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle);
      } catch {
        b = {}; // no bundle: the English texts
      }
      this.bundles.set(language, b);
    }
    return b;
  }

  /** The language tag of the words (for an HTML page's lang). */
  get language(): string {
    return this.chosen() ?? vscode.env.language;
  }

  t(message: string, ...args: Array<string | number | boolean>): string {
    const language = this.chosen();
    if (language) return format(this.bundle(language)[message] ?? message, args);
    // VS Code's own lookup (its display language), under another name: its message is not a literal here
    const host = vscode.l10n;
    return host.t(message, ...args);
  }
}
