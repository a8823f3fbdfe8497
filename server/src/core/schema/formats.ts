/**
 * The `uri` format of the built-in schemas (a source's `url`): ajv-formats' test, with the common http(s) URL told
 * first by a small expression. Theirs is one large expression (IPv6 and IPv4 hosts, user info, every scheme) whose
 * first use compiled it for ~8–12 ms of every CLI run and server start; every text the small one accepts, theirs
 * accepts too (it is their reg-name form with the scheme http or https and no user info), and any other text goes
 * to theirs: what the format accepts is unchanged (test/schema-formats.test.ts compares the two).
 */
import { fullFormats } from 'ajv-formats/dist/formats';

const HTTP_URL =
  /^https?:\/\/(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

const fullUri = fullFormats.uri as (s: string) => boolean;

export function uriFormat(s: string): boolean {
  return HTTP_URL.test(s) || fullUri(s);
}
