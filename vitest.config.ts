import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Builds dist/ecswatch.js once before any test: the spawn and tmux tests run the bundle.
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 20_000,
		hookTimeout: 20_000,
		env: {
			AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
		},
	},
});
