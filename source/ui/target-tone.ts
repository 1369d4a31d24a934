import type {TargetCell} from '../model/targets/target-cell.js';
import type {Tone} from './theme.js';

/**
 * Tone of a load-balancer target state, as HEALTH's: serving green, failing red; on its way in
 * (`initial`) as a pending task, on its way out (`draining`) as a stopping one; the rest muted.
 * The text says the same without colour.
 */
export function targetStateTone(state: string): Tone {
	switch (state) {
		case 'healthy': return 'healthy';
		case 'unhealthy':
		case 'unhealthy.draining': return 'unhealthy';
		case 'initial': return 'pending';
		case 'draining': return 'stopping';
		default: return 'muted';
	}
}

/** Tone of a TARGET cell; undefined for `-` (drawn muted as every missing value). */
export function targetCellTone(cell: TargetCell): Tone | undefined {
	switch (cell.kind) {
		case 'none': return undefined;
		case 'unregistered': return 'muted';
		case 'target': return targetStateTone(cell.target.state);
	}
}
