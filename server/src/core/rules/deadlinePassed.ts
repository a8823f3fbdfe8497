import { describeDistance } from '../domain/deadline';
import { deadlineOf } from '../model';
import { insertProperty } from '../schema/validate';
import type { Suggestion } from '../types';
import { entry, get, resolved, str } from '../yaml/tree';
import type { Rule } from './rule';

export const deadlinePassed: Rule = {
  id: 'deadline/passed',
  severity: 'information',
  description: 'A deadline has passed (relative to the reference date) and the target is still active.',
  kinds: ['plan'],
  check(ctx) {
    const today = ctx.dataset.referenceDate;
    for (const t of ctx.plan.targets) {
      const status = str(get(t, 'status')) ?? 'active';
      if (status !== 'active') continue;
      const dn = get(t, 'deadline');
      const d = deadlineOf(dn);
      if (!d || !dn || d.end >= today) continue;
      const statusEntry = entry(t, 'status');
      const map = resolved(t);
      // with a status: change it; without: add one to the target
      const suggestions: Suggestion[] = [];
      for (const s of ['achieved', 'missed']) {
        const title = `Mark as ${s}`;
        if (statusEntry) suggestions.push({ title, edits: [{ range: statusEntry.value.range, newText: s }] });
        else if (map?.kind === 'map') {
          const added = insertProperty(map, 'status', ctx.text, s);
          if (added) suggestions.push({ title, edits: added.edits });
        }
      }
      ctx.report({
        range: dn.range,
        message: `deadline ${d.end} passed ${describeDistance(today, d.end).replace(/ ago$/, '')} ago and the target is still active; set its status`,
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  },
};
