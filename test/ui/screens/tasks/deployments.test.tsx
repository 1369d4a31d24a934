import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {makeDeployment, makeServiceRow} from '../../../helpers/service-row.js';
import {snapshotWith} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {rollingBackWeb, rollingWeb, steadyServices, webTasks} from '../../rollout-world.js';

// Colour forced on before Ink loads, so `colorEnabled` alone decides whether escapes appear.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

const world = ({services, tasks}: ReturnType<typeof rollingWeb>) => snapshotWith(tasks, {services});
const lines = (frame: string, from: number, to: number) => frame.split('\n').slice(from, to).join('\n');

describe('deployments panel', () => {
	it('shows an in-progress rollout, PRIMARY first, with steady services on one line', () => {
		const app = renderApp(world(rollingWeb()), {width: 100, height: 18, colorEnabled: false});
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 6  pending 2  stopping 0  stopped 0  │  unhealthy 0  healthy 6
			web: deploying web:42 → 3/6 healthy, 2 pending, 0 failed
			updated 12:00:00 · live · every 5s
			web  web:42  PRIMARY IN_PROGRESS  ███░░░ 3/6  6 des 3 run 2 pend 0 fail  2m  cb rollback
			web  web:41  ACTIVE  COMPLETED    ██████ 3/3  3 des 3 run 0 pend 0 fail  3h  cb rollback
			steady: api 4/4, worker 3/3
			  TASK     SERVICE  STATUS           HEALTH    AZ         ENI                   PRIVATE IP       AGE
			> n2aaaaaa web      RUNNING          HEALTHY   us-east-1c -                     10.0.42.12        3m
			  o2aaaaaa web      RUNNING          HEALTHY   us-east-1c -                     10.0.41.12        3m
			  n1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.42.11        2m
			  o1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  p1aaaaaa web      PENDING→RUNNING  UNKNOWN   us-east-1b -                     -                 2m
			  n0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.42.10        1m
			  o0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m
			  p0aaaaaa web      PENDING→RUNNING  UNKNOWN   us-east-1a -                     -                 1m

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs  / filter  t timeline  v group             1/8"
		`);
	});

	it('shows a failed rollout being rolled back, abbreviating counts at 80 columns', () => {
		const app = renderApp(world(rollingBackWeb()), {width: 80, height: 24, colorEnabled: false});
		expect(lines(app.frame(), 0, 7)).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 0  stopping 2  stopped 0  │  unhealthy 2  healthy 2
			web: rollout FAILED, rolling back to web:41 → 2/6 healthy
			updated 12:00:00 · live · every 5s
			web  web:41  PRIMARY IN_PROGRESS  ██░░░░ 2/6  6 des 2 run 1 pend 0 fail  1m
			web  web:42  ACTIVE  FAILED       draining 2 tasks  4 failed  ECS deployment ci…
			  TASK     SERVICE  STATUS       HEALTH    ENI                   PRIVATE IP"
		`);
	});

	it('shows the reason of a rollout when there is room', () => {
		const app = renderApp(world(rollingBackWeb()), {width: 160, height: 24, colorEnabled: false});
		expect(lines(app.frame(), 4, 6)).toMatchInlineSnapshot(`
			"web  web:41  PRIMARY IN_PROGRESS  ███░░░░░░░ 2/6  6 desired 2 running 1 pending 0 failed  1m  cb rollback  ECS deployment detected rollback.
			web  web:42  ACTIVE  FAILED       draining 2 tasks  4 failed  ECS deployment circuit breaker: tasks failed to start.  9m  cb rollback"
		`);
	});

	it('collapses to one line and says steady when every service is', () => {
		const app = renderApp(snapshotWith(webTasks('o', 41, 'ecs-svc/api', 2), {services: steadyServices()}), {width: 100, height: 12, colorEnabled: false});
		expect(lines(app.frame(), 0, 6)).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 0  stopping 0  stopped 0  │  unhealthy 0  healthy 2
			steady
			updated 12:00:00 · live · every 5s
			steady: api 4/4, worker 3/3
			  TASK     SERVICE  STATUS           HEALTH    AZ         ENI                   PRIVATE IP       AGE"
		`);
	});

	it('colours by meaning: in progress yellow, completed green, failed red', () => {
		const inProgress = renderApp(world(rollingWeb()), {width: 100, height: 18});
		const panel = inProgress.frame().split('\n');
		expect(panel[4]).toContain('\u001B[33mIN_PROGRESS');
		expect(panel[5]).toContain('\u001B[32mCOMPLETED');
		expect(panel[2]).toContain('\u001B[33mdeploying web:42');
		const failed = renderApp(world(rollingBackWeb()), {width: 100, height: 18}).frame().split('\n');
		expect(failed[5]).toContain('\u001B[1m\u001B[31mFAILED');
		expect(failed[2]).toContain('\u001B[31mrollout FAILED');
	});

	it('d hides and shows the panel, giving the grid its lines', async () => {
		const app = renderApp(world(rollingWeb()), {width: 100, height: 18, colorEnabled: false});
		expect(app.frame()).toContain('steady: api 4/4');
		await app.press('d');
		expect(app.frame()).not.toContain('steady: api 4/4');
		expect(app.frame().split('\n')[4]).toContain('TASK');
		await app.press('d');
		expect(app.frame()).toContain('steady: api 4/4');
	});

	it('takes at most a third of the body and keeps 8 grid rows at 80x24', () => {
		const services = Array.from({length: 12}, (_, index) => makeServiceRow({
			serviceName: `svc${index}`, desiredCount: 2, runningCount: 1,
			deployments: [makeDeployment({id: `ecs-svc/${index}`, rolloutState: 'IN_PROGRESS', desiredCount: 2, runningCount: 1})],
		}));
		const tasks = webTasks('n', 42, 'ecs-svc/42', 12);
		const app = renderApp(snapshotWith(tasks, {services}), {width: 80, height: 24, colorEnabled: false});
		const frame = app.frame().split('\n');
		expect(frame).toHaveLength(24);
		expect(frame[9]).toBe('… 7 more (d hides)');
		expect(frame.filter(line => /^[ >] n\d/u.test(line)).length).toBeGreaterThanOrEqual(8);
	});
});

describe('header sentence', () => {
	it('says when a rollout failed and was rolled back, and joins several services', () => {
		const [web] = rollingBackWeb().services;
		const rolledBack = makeServiceRow({
			...web!, deployments: web!.deployments.map(deployment => (deployment.status === 'PRIMARY'
				? {...deployment, rolloutState: 'COMPLETED'}
				: {...deployment, status: 'INACTIVE'})),
		});
		const scaling = makeServiceRow({serviceName: 'api', desiredCount: 6, runningCount: 4});
		const app = renderApp(snapshotWith([], {services: [rolledBack, scaling, ...steadyServices()]}), {width: 100, colorEnabled: false});
		expect(app.frame().split('\n')[2]).toMatchInlineSnapshot(`"web: rollout FAILED, rolled back to web:41 · api: scaling 4 → 6"`);
	});
});
