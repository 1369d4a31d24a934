import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

describe('task grid', () => {
	it('fits 100 columns', () => {
		const {frame} = renderApp(snapshotOf(sampleTasks()), {width: 100, height: 11});
		expect(frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 1  stopping 1  stopped 1  │  unhealthy 1  healthy 1
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  STATUS           HEALTH    AZ         ENI                   PRIVATE IP       AGE
			> 3c4d5e6f api      PROVISIONING→RU… UNKNOWN   us-east-1a -                     -                 5s
			  2b3c4d5e web      RUNNING→STOPPED  UNHEALTHY us-east-1b eni-0b1b2c3d4e5f60718 10.0.2.33         3h
			  1a2b3c4d web      RUNNING          HEALTHY   us-east-1a eni-0a1b2c3d4e5f60718 10.0.1.17         2m
			  4d5e6f70 worker   RUNNING          -         us-east-1c 80→32768/tcp          -                 4d
			  5e6f7081 web      STOPPED          EssentialContainerExited: Essential container in task exited

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs  / filter  t timeline  v group             1/5"
		`);
	});

	it('fits 80 columns', () => {
		const {frame} = renderApp(snapshotOf(sampleTasks()), {width: 80, height: 11});
		expect(frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 1  stopping 1  stopped 1  │  unhealthy 1  healthy 1
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  STATUS       HEALTH    ENI                   PRIVATE IP
			> 3c4d5e6f api      PROVISIONIN… UNKNOWN   -                     -
			  2b3c4d5e web      RUNNING→STO… UNHEALTHY eni-0b1b2c3d4e5f60718 10.0.2.33
			  1a2b3c4d web      RUNNING      HEALTHY   eni-0a1b2c3d4e5f60718 10.0.1.17
			  4d5e6f70 worker   RUNNING      -         80→32768/tcp          -
			  5e6f7081 web      STOPPED      EssentialContainerExited: Essential container …

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs  / filter              1/5"
		`);
	});

	it('fits 60 columns', () => {
		const {frame} = renderApp(snapshotOf(sampleTasks()), {width: 60, height: 11});
		expect(frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2 pending 1 stopping 1 stopped 1 │ unhealthy 1 heal…
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  STATUS         HEALTH    PRIVATE IP
			> 3c4d5e6f api      PROVISIONING→… UNKNOWN   -
			  2b3c4d5e web      RUNNING→STOPP… UNHEALTHY 10.0.2.33
			  1a2b3c4d web      RUNNING        HEALTHY   10.0.1.17
			  4d5e6f70 worker   RUNNING        -         -
			  5e6f7081 web      STOPPED        EssentialContainerExited…

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs    1/5"
		`);
	});
});
