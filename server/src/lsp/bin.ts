/** The server's main module (dist/server-main.js, run by launch.ts): picks the transport, reads the clock, starts it. */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { localeOf } from '../core';
import { environmentLanguage } from '../node/environment';
import { startServer, VERSION } from './server';
import { StdioMessageReader } from './stdioReader';

const locale = localeOf(environmentLanguage(process.env));

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(locale.t('server.help', { version: VERSION }));
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (
  !args.some(
    (a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--clientProcessId'),
  )
) {
  process.stderr.write(`policy-plans-server: ${locale.t('server.choose-transport')}\n`);
  process.exit(2);
}

/**
 * Over stdio the reader is ours (stdioReader.ts): strict framing, ParseError for a body that is not JSON,
 * ServerNotInitialized before `initialize`. The process ends when the input ends (code 0 after `shutdown`,
 * 1 otherwise, as the LSP specification says; also when the client's `processId` was given) and when the
 * framing is lost (code 1): a server that can no longer read its client must not stay behind, deaf.
 * Other transports use the library's defaults.
 */
function stdioConnection() {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new StdioMessageReader(process.stdin, { respond: (m) => void writer.write(m) });
  reader.onClose(() => process.exit(reader.shutdownReceived ? 0 : 1));
  reader.onError((e) => {
    process.stderr.write(`policy-plans-server: lost the message framing (${e.message}); exiting\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, writer);
}

const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => {
  try {
    connection.console.error(`uncaught: ${e.stack ?? e.message}`);
  } catch {
    process.stderr.write(`uncaught: ${e.stack ?? e.message}\n`);
  }
});
/** A full collection, run by the server when the user pauses after editing a large document. */
function collector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

startServer(connection, { today: () => new Date().toISOString().slice(0, 10), collectGarbage: collector() });
