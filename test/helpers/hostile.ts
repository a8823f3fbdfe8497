/** Hostile inputs and checks shared by the tests of what they must give (npm test) and how they grow (test/slow). */
import { loneFile } from '../../server/src/core/dataset';
import { Engine, parseDocument } from '../../server/src/core/engine';
import { CustomSchemas, customSchemaCheck, type SchemaDoc } from '../../server/src/core/schema/custom';
import type { Finding } from '../../server/src/core/types';
import { timedPatterns } from '../../server/src/node/schemas';

/** `levels` anchors, each a list of ten aliases of the one before: 10^levels values once expanded. */
export function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** The core alone checking a YAML file against a custom schema given as data (`extra`: more schemas by uri). */
export function checkWithSchema(schema: unknown, text: string, extra: Record<string, unknown> = {}): Finding[] {
  const uri = 'file:///schemas/root.json';
  const docs = new Map<string, SchemaDoc>([
    [uri, { json: schema }],
    ...Object.entries(extra).map(([u, j]) => [u, { json: j }] as [string, SchemaDoc]),
  ]);
  const engine = new Engine({
    extraChecks: [
      customSchemaCheck(
        () => [{ uri, via: 'a test', range: { start: 0, end: 1 }, docs }],
        new CustomSchemas({ patterns: timedPatterns() }),
      ),
    ],
  });
  return engine.check(parseDocument(text, 'other'), loneFile('2026-11-27'));
}
