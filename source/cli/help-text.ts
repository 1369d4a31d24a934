import {faultChoices} from '../simulator/faults/fault-spec.js';
import {columnNames} from '../model/parse-columns.js';
import {keyHelpText} from '../ui/keys/key-reference.js';
import type {HelpTopic} from './command.js';

/** Words joined by spaces into lines of at most `width` characters, each indented by `indent`. */
function wrapWords(words: readonly string[], indent: number, width: number): string {
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(' '.repeat(indent) + word);
	}

	return lines.join('\n');
}

/** The faults `simulate --fault` takes, as --help and its usage errors list them. */
/** Every fault `--fault` takes, as the simulator's own table writes them. */
export const FAULT_CHOICES = faultChoices;

const simulatorOptions = `
  Simulator options (with simulate)
    --port N                Port on 127.0.0.1 (default: a free port)
    --tasks N               Running tasks in the simulated cluster (default 24, up to 5000)
    --speed N               Simulated seconds per real second (default 1)
    --clusters N            Steady clusters besides demo (default 2: staging and jobs, up to 100)
    --services N            Extra steady services in demo, 1 task each (default 0, up to 2000)
    --log-requests FILE     Append one JSON line per ECS request received to FILE
    --fault NAME[=VALUE]    Inject a fault (repeatable; RATE is the share of calls, 0 to 1):
${wrapWords(FAULT_CHOICES.split(' '), 28, 96)}`;

const statusOptions = `
  Status options (with status; also --cluster, --region, --profile, --endpoint-url, --demo)
    --service, -s NAME      Only this service; repeat for several (default: every service)
    --output, -o FORMAT     table (default: a block per service, 80 columns) or json (an array,
                            one object per service: rollout, deployments, task sets, stop reasons)`;

const waitOptions = `
  Wait options (with wait; also --cluster, --region, --profile, --endpoint-url, --demo)
    --service, -s NAME      The service to wait for (exactly one)
    --timeout DURATION      Give up after this long, as 90s, 20m or 1h (default 20m): exit 4
    --interval SECONDS      Seconds between polls, 1 to 3600 (default 5)`;

const logsOptions = `
  Logs options (with logs; also --cluster, --region, --profile, --endpoint-url, --demo)
    TASK_ID                 The task to read (id or ARN); or:
    --service, -s NAME      Every running task of the service, interleaved in time order
    --container NAME        This container of each task (default: the first essential one)
    --since DURATION        From this long ago, as 30s, 10m or 2h (default 10m)
    --follow, -f            Keep printing new lines until Ctrl+C (new tasks of a service too)
    --filter TEXT           Only the lines that contain TEXT (any case)
    --output, -o FORMAT     text (default: time, task id, container, message) or json (one
                            object a line: timestamp, taskId, container, message, eventId)`;

const waitExitCodes = `
  Exit codes of wait
    0 the rollout in progress (or, on a steady service, the next one) completed and the service
      is steady on it   3 it failed or was rolled back (even once the rollback completes)
    4 --timeout passed first   1 an AWS or network error that retries did not cure, or the
      service is gone or being deleted   2 a usage error`;

/** The `--help` text. README's "Usage" section repeats it (a test compares them). */
export const helpText = `
  Watch Amazon ECS live: clusters, services, deployments and tasks with their ENIs, IPs and health.

  Usage
    $ ecswatch [options]                    browse clusters → services → tasks → task → JSON
    $ ecswatch --cluster NAME [options]     watch a cluster's tasks
    $ ecswatch --demo                       watch the embedded simulator (no AWS needed)
    $ ecswatch status -c NAME [-s NAME…]    print services' rollouts once (table or JSON)
    $ ecswatch wait -c NAME -s NAME         wait for a rollout (CI); the exit code says how it ended
    $ ecswatch logs -c NAME TASK_ID [-f]    print a task's CloudWatch logs (-s NAME: a service's)
    $ ecswatch simulate [--port N]          serve the embedded ECS simulator
    $ ecswatch COMMAND --help               one command's options

  Options
    --cluster, -c NAME      Cluster to watch, name or ARN (else ECSWATCH_CLUSTER)
    --service, -s NAME      Only this service's tasks; repeat for several
    --region NAME           AWS Region (else AWS_REGION or the profile's region)
    --profile NAME          Shared config profile, SSO profiles included (else AWS_PROFILE)
    --endpoint-url URL      Send ECS requests to this endpoint (an ECS-compatible server)
    --interval SECONDS      Seconds between polls, 1 to 3600 (default 5); longer on
                            big clusters, to stay within the ECS API budget
    --once                  Print one snapshot and exit (as always when stdout is not a terminal);
                            without a cluster, the cluster list
    --output, -o FORMAT     Snapshot format: table (default), json, csv, or one value a line:
                            ids (task ids; cluster names) or ips (private IPv4 addresses)
    --filter EXPR           Only the tasks that match EXPR, as / in the grid does: words and
                            field:value terms, all of which must hold (az:b health:unhealthy)
    --columns LIST          Columns of table and csv snapshots, comma-separated, of:
${wrapWords(columnNames(), 28, 96)}
    --sort COLUMN[:desc]    Order the tasks by one of those columns, :desc for descending
                            (default: stopped last, then by service, oldest first)
    --notify                Ring the bell and send a desktop notification (OSC 777 / OSC 9)
                            when a watched rollout completes or fails
    --no-color              No colours (also when NO_COLOR is set)
    --demo                  Start the embedded simulator in-process and watch its cluster
    --debug                 Print the stack trace of an error that ends ecswatch (to report a bug)
    --log-file FILE         Append the AWS SDK's and Node's warnings to FILE, one timestamped line
                            each; they never reach the screen (with --debug: stderr, at the end)
    --help                  Show this help (after a command: that command's)
    --version               Show the version
${statusOptions}
${waitOptions}
${logsOptions}
${simulatorOptions}

  Keys (generated from the key table; ? in ecswatch shows a screen's keys)
${keyHelpText()}

  Exit codes
    0 ok   1 an AWS or network error, or a snapshot's --filter matched no task   2 a usage error
${waitExitCodes}

  Examples
    $ ecswatch --demo
    $ ecswatch -c prod -s web --profile prod-sso
    $ ecswatch -c prod --once -o json | jq -r '.[] | select(.privateIpv4 == "10.0.4.128") | .taskId'
    $ ecswatch status -c prod -o json | jq -r '.[] | select(.rollout.state != "steady") | .service'
    $ ecswatch wait -c prod -s web || exit $?     in CI, after aws ecs update-service
    $ ecswatch logs -c prod -s web --since 1h -f | grep -i error
`;

/** `ecswatch logs --help`. */
export const logsHelpText = `
  Print the CloudWatch Logs of a task, or of every running task of a service interleaved in time
  order, once or followed. Plain lines, control characters neutralised, for pipes.

  Usage
    $ ecswatch logs --cluster NAME TASK_ID [--container NAME] [--since 10m] [--follow] [--filter TEXT]
    $ ecswatch logs --cluster NAME --service NAME [options]
${logsOptions}

  Exit codes
    0 ok (also when the lines end, or a pipe closes)   1 an AWS or network error, or logs that
    cannot be read (another log driver, no log configuration)   2 a usage error

  Examples
    $ ecswatch logs -c prod 3f196775a8ee4d45b0a1f3c8dc3a2b31
    $ ecswatch logs -c prod -s web --since 1h -f | grep -i error
    $ ecswatch logs -c prod -s web -o json | jq -r 'select(.message | test("timeout")) | .taskId'
`;

/** `ecswatch status --help`. */
export const statusHelpText = `
  Print the rollouts of some services, or of all a cluster's, once (like copilot svc status).

  Usage
    $ ecswatch status --cluster NAME [--service NAME…] [--output table|json]
${statusOptions}

  Exit codes
    0 ok   1 an AWS or network error, or a --service the cluster does not have   2 a usage error

  Examples
    $ ecswatch status -c prod
    $ ecswatch status -c prod -s web -s api -o json | jq '.[].rollout'
`;

/** `ecswatch wait --help`. */
export const waitHelpText = `
  Wait for a service's rollout to complete, for CI pipelines: instead of aws ecs wait
  services-stable, which gives up after 10 minutes and cannot tell a rollback from a success.
  Prints one plain, timestamped line per change.

  Usage
    $ ecswatch wait --cluster NAME --service NAME [--timeout 20m]
${waitOptions}
${waitExitCodes}

  Example
    $ aws ecs update-service --cluster prod --service web --task-definition web:42 >/dev/null
    $ ecswatch wait -c prod -s web || exit $?
`;

/** `ecswatch simulate --help`. */
export const simulateHelpText = `
  Serve the embedded ECS simulator on 127.0.0.1 to ecswatch, the AWS CLI and the SDKs, until Ctrl+C.

  Usage
    $ ecswatch simulate [options]
${simulatorOptions}

  Example
    $ ecswatch simulate --port 4566 --speed 10
    $ ecswatch --endpoint-url http://127.0.0.1:4566 --cluster demo
`;

/** Each `--help`, by whose it is. */
export const HELP_TEXTS: Record<HelpTopic, string> = {ecswatch: helpText, simulate: simulateHelpText, status: statusHelpText, wait: waitHelpText, logs: logsHelpText};
