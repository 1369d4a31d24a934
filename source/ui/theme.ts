import type {RolloutPhase} from '../model/rollout-state.js';
import type {StatusGroup} from '../model/status-group.js';

/** Text styling Ink's `<Text>` understands; every field optional so "no colour" is `{}`. */
export interface Style {
	color?: string;
	dimColor?: boolean;
	bold?: boolean;
	inverse?: boolean;
}

export type Tone =
	| 'running' | 'pending' | 'stopping' | 'stopped' | 'unknown'
	| 'healthy' | 'unhealthy' | 'muted' | 'selected' | 'error' | 'title' | 'key' | 'warning'
	/** A task that just appeared, and a cell that just changed (highlights that fade). */
	| 'appeared' | 'changed'
	/** Outcomes: a completed rollout or steady service, a failed one. */
	| 'good' | 'bad';

export type Theme = Readonly<Record<Tone, Style>>;

const COLOURS: Theme = {
	running: {color: 'green'},
	pending: {color: 'yellow'},
	stopping: {color: 'gray'},
	stopped: {dimColor: true},
	unknown: {color: 'magenta'},
	healthy: {color: 'green'},
	unhealthy: {color: 'red', bold: true},
	muted: {dimColor: true},
	selected: {inverse: true},
	error: {color: 'red'},
	title: {bold: true},
	key: {color: 'cyan'},
	warning: {color: 'yellow'},
	appeared: {color: 'greenBright', bold: true},
	changed: {color: 'cyanBright', bold: true},
	good: {color: 'green'},
	bad: {color: 'red', bold: true},
};

const PLAIN: Theme = {
	running: {}, pending: {}, stopping: {}, stopped: {}, unknown: {}, healthy: {}, unhealthy: {},
	muted: {}, selected: {}, error: {}, title: {}, key: {}, warning: {}, appeared: {}, changed: {}, good: {}, bad: {},
};

/**
 * Colours by meaning. With `colorEnabled` false (NO_COLOR, --no-color) nothing is styled at all:
 * the selected row stays visible through its `>` marker, highlighted rows through `+`, `*`, `x`.
 */
export function createTheme(colorEnabled: boolean): Theme {
	return colorEnabled ? COLOURS : PLAIN;
}

/** The marker after a sorted column's title: `▲`/`▼`, or `^`/`v` without colour (where the box glyphs may not be wanted either). */
export function sortGlyph(descending: boolean, colorEnabled: boolean): string {
	if (colorEnabled) return descending ? '▼' : '▲';
	return descending ? 'v' : '^';
}

/** Tone of a status group. */
export function statusTone(group: StatusGroup): Tone {
	return group;
}

/** Tone of a task or container health status. */
export function healthTone(health: string | null): Tone {
	if (health === 'HEALTHY') return 'healthy';
	if (health === 'UNHEALTHY') return 'unhealthy';
	return 'muted';
}

/** Tone of a service's rollout: failed (or rolling back from a failure) is bad, in flight a warning. */
export function rolloutPhaseTone(phase: RolloutPhase): Tone {
	switch (phase) {
		case 'steady': return 'good';
		case 'scaling':
		case 'draining':
		case 'deploying': return 'warning';
		case 'rolling-back':
		case 'failed': return 'bad';
	}
}

/** Tone of a deployment's rolloutState: in flight, done, or failed. */
export function rolloutTone(rolloutState: string | null): Tone {
	if (rolloutState === 'IN_PROGRESS') return 'warning';
	if (rolloutState === 'COMPLETED') return 'good';
	if (rolloutState === 'FAILED') return 'bad';
	return 'muted';
}
