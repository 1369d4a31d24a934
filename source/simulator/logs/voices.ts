import type {Prng} from '../engine/prng.js';
import {hostileLine, longLine} from './hostile-lines.js';

/** Who writes a stream, and what its task's revision makes it do. */
export interface StreamSubject {
	taskId: string;
	container: string;
	image: string;
	/** serve: runs until stopped; unhealthy: fails its health checks; crash: leaks memory until OOM-killed; exit: a job that finishes. */
	role: 'serve' | 'unhealthy' | 'crash' | 'exit';
	healthCheck: boolean;
	port: number | undefined;
	memoryMiB: number;
}

/** One line of a second: its offset in the second (ms) and its text. */
export interface Line {
	offset: number;
	message: string;
}

export type EndCause = 'sigterm' | 'oom' | 'exit';

/** How a kind of container writes: its start-up lines, its lines for one second of its life, its last words. */
export interface Voice {
	startup(subject: StreamSubject, at: number, rng: Prng): string[];
	/** Lines of the second starting at `secondStart`, `elapsed` ms after the container started. */
	second(subject: StreamSubject, secondStart: number, elapsed: number, rng: Prng): Line[];
	end(subject: StreamSubject, cause: EndCause, at: number, rng: Prng): string[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Common Log Format time: `06/Jan/2025:09:00:01 +0000`. */
function clf(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

const version = (image: string) => image.slice(image.lastIndexOf(':') + 1);
const paths = ['/', '/products', '/products/4711', '/cart', '/checkout', '/api/session', '/static/app.js', '/search?q=boots'];
const agents = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0', 'ELB-HealthChecker/2.0', 'okhttp/4.12.0'];
const pick = <T>(rng: Prng, items: readonly T[]): T => items[rng.int(0, items.length - 1)]!;
const ip = (rng: Prng) => `10.0.${rng.int(0, 47)}.${rng.int(2, 250)}`;

/** `count` sorted offsets in a second. */
function offsets(rng: Prng, count: number): number[] {
	const out: number[] = [];
	for (let index = 0; index < count; index++) out.push(rng.int(0, 999));
	return out.sort((a, b) => a - b);
}

/** Whether a health check falls in this second: every 30 s from 10 s after the start (the definitions' interval and start period). */
const healthCheckDue = (elapsed: number) => elapsed >= 10_000 && Math.floor((elapsed - 10_000) / 1000) % 30 === 0;

/** Rare hostile and very long lines in an application's output. */
function oddLines(rng: Prng, prefix: string): Line[] {
	const roll = rng.next();
	if (roll < 0.02) return [{offset: rng.int(0, 999), message: `${prefix}${hostileLine(rng)}`}];
	if (roll < 0.027) return [{offset: rng.int(0, 999), message: longLine(rng, prefix)}];
	return [];
}

/** A Node web front: morgan access lines; the bad revision's health checks fail on a dependency. */
const webVoice: Voice = {
	startup: (s, at) => [
		`> web@${version(s.image)} start`,
		`> node --enable-source-maps dist/server.js`,
		`${iso(at)} info: config loaded from /etc/web/config.yaml (env=production)`,
		`${iso(at)} info: connected to redis at cache.internal:6379`,
		`${iso(at)} info: listening on 0.0.0.0:${s.port ?? 8080}`,
	],
	second(s, start, elapsed, rng) {
		const failing = s.role === 'unhealthy' && elapsed > 5000;
		const lines: Line[] = offsets(rng, rng.int(0, 4)).map(offset => {
			const status = failing ? pick(rng, [502, 503, 503, 200]) : pick(rng, [200, 200, 200, 200, 304, 404]);
			return {offset, message: `${ip(rng)} - - [${clf(start + offset)}] "GET ${pick(rng, paths)} HTTP/1.1" ${status} ${rng.int(180, 24_000)} "-" "${pick(rng, agents)}" rt=${(rng.int(2, 180) / 1000).toFixed(3)}`};
		});
		if (failing && rng.next() < 0.3) lines.push({offset: rng.int(0, 999), message: `${iso(start)} error: Error: connect ECONNREFUSED 10.0.3.17:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)`});
		if (s.healthCheck && healthCheckDue(elapsed)) {
			lines.push(s.role === 'unhealthy'
				? {offset: 500, message: `${iso(start + 500)} warn: health check failed: GET /health 503 (redis: ECONNREFUSED 10.0.3.17:6379)`}
				: {offset: 500, message: `127.0.0.1 - - [${clf(start + 500)}] "GET /health HTTP/1.1" 200 2 "-" "curl/8.5.0" rt=0.001`});
		}

		return [...lines, ...oddLines(rng, `${iso(start)} warn: `)];
	},
	end: (s, cause, at) => cause === 'sigterm'
		? [`${iso(at)} info: received SIGTERM, draining connections`, `${iso(at)} info: server closed, exiting`]
		: [`${iso(at)} info: exiting`],
};

const json = (record: Record<string, string | number>) => JSON.stringify(record);

/** A JSON-logging API; the crash revision leaks memory until the kernel kills it. */
const apiVoice: Voice = {
	startup: (s, at) => [
		json({level: 'info', time: iso(at), msg: 'starting api', version: version(s.image), node: 'v20.11.1', pid: 1}),
		json({level: 'info', time: iso(at), msg: 'database pool ready', host: 'orders-db.internal', size: 10}),
		json({level: 'info', time: iso(at), msg: 'listening', port: s.port ?? 3000}),
	],
	second(s, start, elapsed, rng) {
		const lines: Line[] = offsets(rng, rng.int(1, 5)).map(offset => {
			const status = pick(rng, [200, 200, 201, 200, 204, 400, 404]);
			return {offset, message: json({level: status >= 400 ? 'warn' : 'info', time: iso(start + offset), msg: 'request completed', method: pick(rng, ['GET', 'POST', 'GET', 'PUT']), path: pick(rng, ['/v1/orders', '/v1/orders/8812', '/v1/customers/41', '/v1/quotes']), status, durationMs: rng.int(3, 240), requestId: rng.uuid()})};
		});
		if (s.role === 'crash' && Math.floor(elapsed / 1000) % 5 === 0) {
			// Rises from ~60% towards the limit over the task's life: the leak the OOM kill ends.
			const share = Math.min(0.995, 0.6 + 0.39 * (1 - Math.exp(-elapsed / 30_000)));
			lines.push({offset: 250, message: json({level: 'warn', time: iso(start + 250), msg: 'memory usage high', rssMiB: Math.round(share * s.memoryMiB), limitMiB: s.memoryMiB, percent: Math.round(share * 100)})});
		}

		return [...lines, ...oddLines(rng, '')];
	},
	end(s, cause, at) {
		if (cause === 'oom') {
			return [
				json({level: 'error', time: iso(at), msg: 'memory limit nearly reached', rssMiB: s.memoryMiB - 2, limitMiB: s.memoryMiB, percent: 99}),
				// SIGKILL cuts the process mid-write: the last line is never finished.
				`{"level":"info","time":"${iso(at)}","msg":"request completed","method":"POST","path":"/v1/orders","sta`,
			];
		}

		return [json({level: 'info', time: iso(at), msg: 'SIGTERM received, closing server'}), json({level: 'info', time: iso(at), msg: 'shutdown complete'})];
	},
};

/** Envoy's access log: the noisy one, hundreds of lines a second per task. */
const envoyVoice: Voice = {
	startup: (s, at) => [
		`[${iso(at)}][1][info][main] [source/server/server.cc:428] initializing epoch 0 (base id=0, hot restart version=11.104)`,
		`[${iso(at)}][1][info][main] [source/server/server.cc:430] statically linked extensions: ${version(s.image)}`,
		`[${iso(at)}][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:225] cm init: all clusters initialized`,
		`[${iso(at)}][1][info][main] [source/server/server.cc:958] all clusters initialized. initializing init manager`,
		`[${iso(at)}][1][info][config] [source/server/listener_manager_impl.cc:889] all dependencies initialized. starting workers`,
	],
	second: (_s, start, _elapsed, rng) => offsets(rng, rng.int(250, 400)).map(offset => ({
		offset,
		message: `[${iso(start + offset)}] "GET ${pick(rng, paths)} HTTP/1.1" ${pick(rng, [200, 200, 200, 304, 404])} - 0 ${rng.int(120, 9000)} ${rng.int(1, 90)} ${rng.int(1, 80)} "${ip(rng)}" "${pick(rng, agents)}" "${rng.uuid()}" "web.local" "127.0.0.1:8080"`,
	})),
	end: (_s, _cause, at) => [`[${iso(at)}][1][warning][main] [source/server/server.cc:854] caught ENVOY_SIGTERM`, `[${iso(at)}][1][info][main] [source/server/server.cc:996] shutting down server instance`],
};

const fluentTime = (ms: number) => iso(ms).replace('T', ' ').replace(/-/gu, '/').slice(0, 19);

/** Fluent Bit in a log router container. */
const fluentBitVoice: Voice = {
	startup: (s, at) => [
		`Fluent Bit v${version(s.image).replace(/^2\./u, '1.9.')}`,
		`[${fluentTime(at)}] [ info] [fluent bit] version=1.9.10, commit=760956f50c, pid=1`,
		`[${fluentTime(at)}] [ info] [input:forward:forward.0] listening on unix:///var/run/fluent.sock`,
		`[${fluentTime(at)}] [ info] [sp] stream processor started`,
	],
	second: (_s, start, _elapsed, rng) => (rng.next() < 0.08 ? [{offset: 100, message: `[${fluentTime(start)}] [ info] [output:kinesis_firehose:kinesis_firehose.0] sent ${rng.int(5, 900)} records`}] : []),
	end: (_s, _cause, at) => [`[${fluentTime(at)}] [engine] caught signal (SIGTERM)`, `[${fluentTime(at)}] [ info] [engine] service has stopped (0 pending tasks)`],
};

/** A queue consumer. */
const workerVoice: Voice = {
	startup: (s, at) => [`${iso(at)} INFO  ${s.container}: starting ${version(s.image)} with 8 consumers on queue jobs-default`],
	second: (s, start, _elapsed, rng) => offsets(rng, rng.int(0, 3)).map(offset => ({
		offset,
		message: rng.next() < 0.05
			? `${iso(start + offset)} WARN  ${s.container}: message ${rng.hex(8)} failed (attempt ${rng.int(1, 4)}/5): upstream timeout, requeued`
			: `${iso(start + offset)} INFO  ${s.container}: processed message ${rng.hex(8)} in ${rng.int(8, 900)}ms`,
	})),
	end: (s, _cause, at) => [`${iso(at)} INFO  ${s.container}: SIGTERM: finishing in-flight messages`, `${iso(at)} INFO  ${s.container}: stopped`],
};

const migrations = ['add_orders_index', 'create_refunds', 'backfill_customer_email', 'drop_legacy_sessions', 'add_quote_expiry', 'rename_sku_column'];

/** Anything else: a plain service, or a job that finishes its work and exits 0. */
const genericVoice: Voice = {
	startup: (s, at) => [`${iso(at)} INFO  ${s.container} ${version(s.image)} starting`, `${iso(at)} INFO  ${s.container} ready`],
	second(s, start, elapsed, rng) {
		if (s.role === 'exit') {
			const step = Math.floor(elapsed / 3000);
			return elapsed % 3000 < 1000 ? [{offset: 0, message: `${iso(start)} INFO  migrate: applying ${String(step + 40).padStart(4, '0')}_${migrations[step % migrations.length]} ... done in ${rng.int(40, 2600)}ms`}] : [];
		}

		return offsets(rng, rng.next() < 0.5 ? 1 : 0).map(offset => ({offset, message: `${iso(start + offset)} INFO  ${s.container}: ${pick(rng, ['synced batch', 'heartbeat ok', 'cache refreshed', 'job tick'])} (${rng.int(1, 400)}ms)`}));
	},
	end: (s, cause, at) => cause === 'exit'
		? [`${iso(at)} INFO  migrate: all migrations applied, schema is up to date`, `${iso(at)} INFO  migrate: exiting with code 0`]
		: [`${iso(at)} INFO  ${s.container}: caught SIGTERM, shutting down`],
};

/** The voice of a container, by its image (what it runs), the way one recognises a process by its output. */
export function voiceOf(subject: StreamSubject): Voice {
	const {image} = subject;
	if (subject.role === 'exit') return genericVoice;
	if (image.includes('appmesh-envoy') || image.includes('envoy')) return envoyVoice;
	if (image.includes('fluent-bit')) return fluentBitVoice;
	if (image.includes('/ecswatch/web:')) return webVoice;
	if (image.includes('/ecswatch/api:') || image.includes('/ecswatch/checkout:')) return apiVoice;
	if (image.includes('worker')) return workerVoice;
	return genericVoice;
}
