#!/usr/bin/env node
/**
 * Entry point of dist/server.js: sets V8's flags, then runs the server's bundle (dist/server-main.js, from bin.ts)
 * with the code cache written beside it when it was built (node/codeCache.ts), as the CLI's launcher does. The
 * flags are set before the bundle is compiled: V8 takes a code cache only under the flags it was made with. VS Code
 * runs the server on Electron's V8, which does not take a cache made by Node: there the bundle is compiled as before.
 */
import { launch } from '../node/codeCache';

// the old generation grows by a fixed 30% (instead of V8's default of up to 4×): every version of a
// large document leaves a tree behind, and a smaller growth step collects that sooner
const HEAP_GROWING = '--heap-growing-percent=30';
// the young generation keeps the size it has now (~8 MB) instead of growing to 32 MB while a large plan is
// parsed: those 24 MB stayed resident for the life of the server (the realistic 36,000-line plan: 160 → ~130 MB
// after open and edits, edits no slower; test/bench/RESULTS.md). Unlike --max-semi-space-size, this one is read
// when the space would grow, so it works from here, without a flag on the command line.
const YOUNG_STAYS = '--semi-space-growth-factor=1';

// the full collection the server runs when editing pauses (bin.ts) needs `gc`: set here, before the bundle is
// compiled, so that setting it there changes no flag the code cache was made under
const EXPOSE_GC = '--expose-gc';

launch(__dirname, 'server', [HEAP_GROWING, YOUNG_STAYS, EXPOSE_GC]);
