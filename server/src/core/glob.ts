/** Glob patterns (`*`, `**`, `?`, `{a,b}`) to regular expressions over forward-slash paths. */

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inGroup = false;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, "**" at the end anything
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      inGroup = true;
    } else if (c === '}' && inGroup) {
      re += ')';
      inGroup = false;
    } else if (c === ',' && inGroup) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

export function hasGlobChars(s: string): boolean {
  return /[*?{]/.test(s);
}

/** Whether a path (forward slashes) matches a glob; a glob without a slash matches the file name. */
export function matchGlob(glob: string, path: string): boolean {
  // a malformed glob ("{drafts", "a}") matches nothing; the config check (config/bad-glob) reports it
  if (globProblem(glob)) return false;
  try {
    return matches(glob, path);
  } catch {
    return false;
  }
}

function matches(glob: string, path: string): boolean {
  const p = path.replace(/\\/g, '/');
  if (!glob.includes('/')) return globToRegExp(glob).test(p.slice(p.lastIndexOf('/') + 1));
  const g = glob.replace(/^\.\//, '');
  return globToRegExp(g).test(p) || globToRegExp(`**/${g}`).test(p);
}

/** What is wrong with a glob that cannot be used: a brace without its pair, a nested group, or what the regular expression says. */
export type GlobIssue = { kind: 'unclosed' | 'unopened' | 'nested' } | { kind: 'other'; message: string };

const GLOB_ISSUE_TEXT = {
  unopened: 'a } without its {',
  nested: 'a { inside another {',
  unclosed: 'a { without its }',
} as const;

/** Why a glob cannot be used (an unclosed or unopened brace), or null. */
export function globIssue(glob: string): GlobIssue | null {
  let depth = 0;
  for (const ch of glob) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0) return { kind: 'unopened' };
    if (depth > 1) return { kind: 'nested' };
  }
  if (depth > 0) return { kind: 'unclosed' };
  try {
    globToRegExp(glob);
  } catch (e) {
    return { kind: 'other', message: (e as Error).message };
  }
  return null;
}

/** Why a glob cannot be used, in English (the CLI's and the server's notes), or null. */
export function globProblem(glob: string): string | null {
  const issue = globIssue(glob);
  if (!issue) return null;
  return issue.kind === 'other' ? issue.message : GLOB_ISSUE_TEXT[issue.kind];
}
