#!/usr/bin/env node
// The SDK warns once about Node 20 on stderr; the TUI owns the terminal, so that warning is silenced.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.NODE_ENV ??= 'production';
await import('../dist/cli.js');
