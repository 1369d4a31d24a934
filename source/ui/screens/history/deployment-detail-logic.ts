import type {DeploymentHistoryData} from '../../../watch/screen-data.js';
import {defineCommands} from '../../keys/command.js';
import {memoLast} from '../../memo-last.js';
import {scrollCommands, scrolledLines, scrollReducer, type ScrollFrame} from '../../scroll/scroll-commands.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {DataSource} from '../../stack/sources.js';
import type {ScrollState} from '../task/task-request.js';
import {deploymentDetailLines, type DeploymentDetailLine} from './deployment-detail-lines.js';
import type {DeploymentParams} from './history-state.js';

export interface DeploymentDetailFrame extends ScrollFrame {
	/** Null while the history has not loaded, or when it no longer lists the deployment. */
	lines: readonly DeploymentDetailLine[] | null;
}

type Context = ScreenContext<DeploymentParams, ScrollState, DeploymentHistoryData, DeploymentDetailFrame>;

const rowOf = memoLast((data: DeploymentHistoryData | null, arn: string) => data?.deployments.find(row => row.arn === arn) ?? null);

/**
 * One service deployment's every field. It reads the history's data below it (the history's own
 * poller, kept polling while this covers it): no call of its own.
 */
export const deploymentDetailLogic: ScreenLogic<DeploymentParams, ScrollState, DeploymentHistoryData, DeploymentDetailFrame> = {
	kind: 'service-deployment',
	title: 'Service deployment',
	crumb: params => params.arn.slice(params.arn.lastIndexOf('/') + 1).slice(0, 12),
	reduce: scrollReducer as (state: ScrollState, action: never) => ScrollState,
	commands: defineCommands<Context>(scrollCommands<Context>(context => context.frame)),
	source(_params, _sources, below) {
		const history = below();
		if (history === null) throw new Error('A service deployment opens over its history');
		return history as DataSource<DeploymentHistoryData>;
	},
	headerLines: () => [],
	frame({params, state, snapshot, now}, body) {
		const row = rowOf(snapshot.data, params.arn);
		return scrolledLines(row === null ? null : deploymentDetailLines(row, now), state, body.height);
	},
	footerStatus: () => '',
};
