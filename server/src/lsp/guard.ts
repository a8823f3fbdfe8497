/** A handler that throws is logged and answered with an error; the server keeps running. */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { ServerContext } from './context';

export function guardFor(connection: Connection): ServerContext['guard'] {
  return <P, R>(name: string, fn: (p: P) => R) =>
    (p: P): R => {
      try {
        return fn(p);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        throw new ResponseError(
          ErrorCodes.InternalError,
          `${name} failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    };
}
