import {createFetchClusters} from '../ecs/fetch-clusters.js';
import {adviseError} from '../model/error-advice.js';
import {normaliseError} from '../model/error-report.js';
import {errorSentence} from '../output/error-sentence.js';
import type {OpenTarget} from './open-target.js';
import {ServicesNotFoundError} from './run-once.js';

/** The clusters there are, by name, or undefined when they cannot be listed either. */
async function clusterNames(target: OpenTarget): Promise<string[] | undefined> {
	try {
		const {clusters} = await createFetchClusters(target.client)(AbortSignal.timeout(10_000));
		return clusters.map(cluster => cluster.clusterName).sort();
	} catch {
		return undefined;
	}
}

/**
 * The line a one-shot command prints (after `ecswatch: `) when it fails: what failed and what to do,
 * in the words the TUI uses. An unknown cluster is answered with the clusters that do exist (ListClusters and
 * DescribeClusters). Sanitised and free of credentials.
 */
export async function failureLine(error: unknown, target: OpenTarget | undefined, cluster: string | undefined): Promise<string> {
	// Already worded, with the services that do exist (sanitised).
	if (error instanceof ServicesNotFoundError) return error.message;
	const report = normaliseError(error);
	const context = {
		profile: target?.signIn.profile ?? null,
		sso: target?.signIn.sso ?? false,
		target: target?.description ?? 'AWS',
		cluster,
		medium: 'command-line' as const,
	};
	if (target !== undefined && adviseError(report).kind === 'cluster-not-found') {
		return errorSentence(report, {...context, clusters: await clusterNames(target)});
	}

	return errorSentence(report, context);
}
