#!/usr/bin/env node
// The SDK warns once about Node 20 on stderr; the TUI owns the terminal, so that warning is silenced.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.NODE_ENV ??= 'production';
// dist/ecswatch.js is the bundle's entry (npm run build): loading Ink's and the SDK's hundreds of
// modules one by one took most of a second of every start. It loads the chunks under dist/chunks/
// that a command needs (--version: none; a snapshot: the SDK, not Ink).
await import('../dist/ecswatch.js');
