import {columnNames} from '../model/parse-columns.js';
import {keyHelpText} from '../ui/keys/key-reference.js';

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

/** The `--help` text. README's "Usage" section repeats it (a test compares them). */
export const helpText = `
  Watch Amazon ECS live: clusters, services, deployments and tasks with their ENIs, IPs and health.

  Usage
    $ ecswatch [options]                    browse clusters → services → tasks → task → JSON
    $ ecswatch --cluster NAME [options]     watch a cluster's tasks
    $ ecswatch --demo                       watch the embedded simulator (no AWS needed)
    $ ecswatch simulate [--port N]          serve the embedded ECS simulator

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
    --no-color              No colours (also when NO_COLOR is set)
    --demo                  Start the embedded simulator in-process and watch its cluster
    --help                  Show this help
    --version               Show the version

  Simulator options (with simulate)
    --port N                Port on 127.0.0.1 (default: a free port)
    --tasks N               Running tasks in the simulated cluster (default 24, up to 5000)
    --speed N               Simulated seconds per real second (default 1)
    --clusters N            Steady clusters besides demo (default 2: staging and jobs, up to 100)
    --services N            Extra steady services in demo, 1 task each (default 0, up to 2000)
    --log-requests FILE     Append one JSON line per ECS request received to FILE

  Keys (generated from the key table; ? in ecswatch shows a screen's keys)
${keyHelpText()}

  Exit codes
    0 ok   1 an AWS or network error, or a snapshot's --filter matched no task   2 a usage error

  Examples
    $ ecswatch --demo
    $ ecswatch -c prod -s web --profile prod-sso
    $ ecswatch -c prod --once -o json | jq -r '.[] | select(.privateIpv4 == "10.0.4.128") | .taskId'
`;
