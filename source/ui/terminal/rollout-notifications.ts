import type {RolloutState} from '../../model/rollout-state.js';
import type {RolloutChange} from '../../watch/rollout-tracking.js';
import type {WatchData} from '../../watch/snapshot.js';
import type {DataSource, Sources} from '../stack/sources.js';
import type {Notifier} from './notify.js';

/** The target a rollout state moves to, when it names one. */
function targetOf(state: RolloutState): string | null {
	return 'target' in state ? state.target : null;
}

/**
 * A rollout's outcome in words, for a desktop notification (raw AWS text: the notifier sanitises).
 * The body names the service, since OSC 9 shows no title.
 */
export function rolloutNotice(change: RolloutChange): {title: string; body: string} {
	const {service, from, to} = change;
	const was = targetOf(from);
	const toWas = was === null ? '' : ` to ${was}`;
	switch (to.kind) {
		case 'failed': return {title: `ecswatch: ${service} rollout FAILED`, body: `${service}: rollout${toWas} FAILED${to.reason === null ? '' : `: ${to.reason}`}`};
		case 'rolling-back': return {title: `ecswatch: ${service} rollout FAILED`, body: `${service}: rollout${toWas} FAILED, rolling back to ${to.target}`};
		case 'rolled-back': return {title: `ecswatch: ${service} rolled back`, body: `${service}: rollout FAILED, rolled back to ${to.target}`};
		default: return from.kind === 'rolling-back'
			? {title: `ecswatch: ${service} rolled back`, body: `${service}: rolled back${toWas}`}
			: {title: `ecswatch: ${service} rollout completed`, body: `${service}: rollout${toWas} completed`};
	}
}

/**
 * The sources, with every task watch telling `notifier` when a rollout it watches completes or
 * fails (see `isRolloutOutcome`). Each outcome is told once, even when two watches (all tasks and
 * one service's) both see it. A covered screen's watch does not poll, so only the watch on screen tells.
 */
export function withRolloutNotifications(sources: Sources, notifier: Notifier): Sources {
	const told = new Set<string>();
	return {
		...sources,
		tasks(scope) {
			const source = sources.tasks(scope);
			const unsubscribe = source.subscribe(() => {
				const {data} = source.getSnapshot();
				if (data === null) return;
				for (const change of data.rolloutChanges ?? []) {
					if (told.has(change.key)) continue;
					told.add(change.key);
					const {title, body} = rolloutNotice(change);
					notifier.notify(title, body);
				}
			});
			const wrapped: DataSource<WatchData> = {
				subscribe: listener => source.subscribe(listener),
				getSnapshot: () => source.getSnapshot(),
				start: () => source.start(),
				hide: () => source.hide(),
				show: () => source.show(),
				refreshNow: () => source.refreshNow(),
				togglePause: () => source.togglePause(),
				dispose() {
					unsubscribe();
					source.dispose();
				},
			};
			return wrapped;
		},
	};
}

/** The sources as `--notify` wants them: telling `notifier` of rollout outcomes when on, untouched when off. */
export function sourcesFor(sources: Sources, notify: boolean, notifier: () => Notifier): Sources {
	return notify ? withRolloutNotifications(sources, notifier()) : sources;
}
