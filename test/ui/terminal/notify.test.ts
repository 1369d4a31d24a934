import {describe, expect, it} from 'vitest';
import {notificationSequence} from '../../../source/ui/terminal/notify.js';

describe('notificationSequence', () => {
	it('rings the bell, then sends OSC 777 and OSC 9', () => {
		expect(notificationSequence('ecswatch: web rollout completed', 'web: rollout to web:42 completed', {tmuxPassthrough: false}))
			.toBe('\u0007\u001B]777;notify;ecswatch: web rollout completed;web: rollout to web:42 completed\u0007\u001B]9;web: rollout to web:42 completed\u0007');
	});

	it('wraps the OSC sequences for tmux passthrough, doubling their escapes, and leaves the bell to tmux', () => {
		expect(notificationSequence('t', 'b', {tmuxPassthrough: true}))
			.toBe('\u0007\u001BPtmux;\u001B\u001B]777;notify;t;b\u0007\u001B\\\u001BPtmux;\u001B\u001B]9;b\u0007\u001B\\');
	});

	it('keeps hostile text from ending or splitting the sequence', () => {
		const sequence = notificationSequence('x;y', 'evil\u0007\u001B]0;pwned\u0007; rm', {tmuxPassthrough: false});
		expect(sequence).toBe('\u0007\u001B]777;notify;x,y;evil\uFFFD\uFFFD]0,pwned\uFFFD, rm\u0007\u001B]9;evil\uFFFD\uFFFD]0,pwned\uFFFD, rm\u0007');
	});
});
