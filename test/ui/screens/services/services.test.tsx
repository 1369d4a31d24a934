import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {servicesRequest} from '../../../../source/ui/screens/services/services-state.js';
import {loaded} from '../../../helpers/fake-sources.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {makeServiceRow} from '../../../helpers/service-row.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const deployment = (status: string, rolloutState: string, revision: number, counts: {desired: number; running: number}) => ({
	id: `ecs-svc/${revision}`, status, taskDefinition: `arn:aws:ecs:us-east-1:123456789012:task-definition/web:${revision}`, rolloutState,
	rolloutStateReason: null, desiredCount: counts.desired, runningCount: counts.running, pendingCount: 0, failedTasks: 0, launchType: 'FARGATE',
	createdAt: '2026-01-15T11:00:00Z', updatedAt: null,
});

const services = [
	makeServiceRow({
		serviceName: 'web', desiredCount: 6, runningCount: 7, pendingCount: 1, taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:42',
		createdAt: '2026-01-14T12:00:00Z',
		deployments: [deployment('PRIMARY', 'IN_PROGRESS', 42, {desired: 6, running: 3}), deployment('ACTIVE', 'COMPLETED', 41, {desired: 4, running: 4})],
	}),
	makeServiceRow({serviceName: 'api', desiredCount: 4, runningCount: 4, pendingCount: 0, capacityProviders: ['FARGATE', 'FARGATE_SPOT']}),
	makeServiceRow({serviceName: 'evil\u001B[2Jname', desiredCount: 1, runningCount: 1, pendingCount: 0}),
];

function open(width = 100) {
	return renderApp(snapshotOf([]), {initial: [servicesRequest('prod')], services: {services, fetchedAt: FETCHED_AT}, width, height: 12, colorEnabled: false});
}

describe('the services screen', () => {
	it('lists every service with what it is doing in one word, all tasks first', () => {
		expect(open(100).frame()).toMatchInlineSnapshot(`
			"ecswatch  prod  us-east-1
			services 3  steady 2  deploying 1
			updated 12:00:00 · live · every 5s
			  SERVICE                  DESIRED RUNNING PENDING ROLLOUT      TASK DEF         LAUNCH          AGE
			> all tasks                     11      12       1
			  web                            6       7       1 deploying    web:42           FARGATE          1d
			  api                            4       4       0 steady       -                FARGATE,FARGA…    -
			  evil�[2Jname                   1       1       0 steady       -                FARGATE           -



			? help  q quit  ↑↓ move  Enter tasks  / filter  r refresh  p pause                               1/4"
		`);
	});

	it('drops launch, then task definition, then age at 80 and 60 columns', () => {
		expect(open(80).frame().split('\n')[3]).toMatchInlineSnapshot(`"  SERVICE             DESIRED RUNNING PENDING ROLLOUT      TASK DEF          AGE"`);
		expect(open(60).frame().split('\n')[3]).toMatchInlineSnapshot(`"  SERVICE               DESIRED RUNNING PENDING ROLLOUT"`);
	});

	it('filters by name, rollout word and launch, keeping the all-tasks row', async () => {
		const app = open();
		for (const key of ['/', 'd', 'e', 'p', 'l', 'o', 'y']) await app.press(key);
		await app.press(KEYS.enter);
		expect(app.frame()).toContain('web');
		expect(app.frame()).not.toContain(' api ');
		expect(app.frame()).toContain('all tasks');
		expect(app.frame()).toContain('filter "deploy" · 1/2 of 4');
	});

	it('shows the rows of a first poll as they arrive, saying so', async () => {
		const app = open();
		app.services.publish(loaded({services: services.slice(0, 1), fetchedAt: FETCHED_AT}, {state: 'starting', partial: true}));
		await waitUntil(() => expect(app.frame()).toContain('services 1 so far'));
		expect(app.frame()).toContain('no data yet · loading…');
		expect(app.frame()).toContain('web');
	});

	it('opens the selected service\'s tasks, or all of them from the first row', async () => {
		const app = open();
		await app.press(KEYS.enter);
		expect(app.opened.tasks).toEqual([{cluster: 'prod', services: undefined}]);
		await app.press(KEYS.escape);
		await app.press('j');
		await app.press('j');
		expect(selectedLine(app.frame())).toContain('api');
		await app.press(KEYS.enter);
		expect(app.opened.tasks.at(-1)).toEqual({cluster: 'prod', services: ['api']});
	});

	it('scrolls a long list, drawing only the rows on screen', async () => {
		const many = Array.from({length: 40}, (_, index) => makeServiceRow({serviceName: `svc-${String(index).padStart(2, '0')}`, desiredCount: 1, runningCount: 1, pendingCount: 0}));
		const app = renderApp(snapshotOf([]), {initial: [servicesRequest('prod')], services: {services: many, fetchedAt: FETCHED_AT}, height: 12, colorEnabled: false});
		await app.press('G');
		expect(selectedLine(app.frame())).toContain('svc-39');
		expect(app.frame()).not.toContain('svc-30');
		expect(app.frame()).toContain('41/41');
		await app.press('k');
		expect(selectedLine(app.frame())).toContain('svc-38');
	});
});
