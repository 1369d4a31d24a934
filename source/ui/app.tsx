import {Box} from 'ink';
import {useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {errorSentence, type ErrorContext} from '../output/error-sentence.js';
import type {PolledData, PollError, SourceSnapshot} from '../watch/snapshot.js';
import {appFrame, keyLayers, keyRoute} from './app-frame.js';
import {ErrorBody} from './error-body.js';
import {Footer} from './footer.js';
import {Header, NOT_ANSWERING_MS} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import type {Intent} from './keys/intent.js';
import {activeHints} from './keys/route-key.js';
import {useKeyRouter} from './keys/use-key-router.js';
import {logicOf} from './screens/screen-logics.js';
import {SCREEN_VIEWS} from './screens/screen-views.js';
import {createSourceRegistry} from './stack/source-registry.js';
import {createStackReducer, createStackStore, initialStack, type ScreenEntry} from './stack/screen-stack.js';
import type {ScreenRequest} from './stack/screen-request.js';
import type {Sources} from './stack/sources.js';
import {createTheme} from './theme.js';
import {copyNotice} from './copy/copy-notice.js';
import {PLAIN_TERMINAL, type TerminalFeatures} from './terminal/terminal-features.js';
import {useNotice} from './use-notice.js';
import {useRedrawOnTime} from './use-redraw-on-time.js';

export interface AppProps {
	sources: Sources;
	/** The screens at start, bottom first: the last is shown, the ones below load when uncovered. */
	initial: readonly [ScreenRequest, ...ScreenRequest[]];
	/** Where the data comes from, for the header: a Region, an endpoint, the demo simulator. */
	target: string;
	/** Terminal columns and rows: the app draws exactly `height` lines, none wider than `width`. */
	width: number;
	height: number;
	onQuit: () => void;
	/** False for NO_COLOR / --no-color: nothing is styled. Defaults to true. */
	colorEnabled?: boolean;
	/** Epoch-ms clock the data lives by (the demo's runs fast); defaults to `Date.now`. */
	clock?: () => number;
	/** Clipboard and hyperlinks, when the terminal has them; none by default. */
	terminal?: TerminalFeatures;
	/** The profile the credentials come from, for errors' remedies (`aws sso login --profile X`); the default chain by default. */
	signIn?: Pick<ErrorContext, 'profile' | 'sso'>;
	/** False while the app is hidden (a terminal too small): keys then do nothing here. Defaults to true. */
	keysActive?: boolean;
}

const DEFAULT_CHAIN = {profile: null, sso: false};

const reduceStack = createStackReducer(kind => logicOf(kind).reduce as (state: never, action: never) => unknown);

/** The app: the breadcrumb and the top screen's header, its body (or the help over it), the footer. */
export function App({sources, initial, target, width, height, onQuit, colorEnabled = true, clock = Date.now, terminal = PLAIN_TERMINAL, signIn = DEFAULT_CHAIN, keysActive = true}: AppProps) {
	// The stack and the sources live for the app's lifetime: later props do not replace them.
	const [store] = useState(() => createStackStore(initialStack(initial), reduceStack));
	const [registry] = useState(() => createSourceRegistry(
		(entry: ScreenEntry, below) => logicOf(entry.kind).source(entry.params, sources, below),
		() => store.getState().screens,
	));
	const stack = useSyncExternalStore(store.subscribe, store.getState);
	const source = registry.sourceFor(stack.screens.at(-1)!);
	useSyncExternalStore(source.subscribe, source.getSnapshot);
	useLayoutEffect(() => {
		registry.sync(stack.screens);
	}, [registry, stack.screens]);
	useEffect(() => () => {
		registry.disposeAll();
	}, [registry]);

	const theme = useMemo(() => createTheme(colorEnabled), [colorEnabled]);
	const {profile, sso} = signIn;
	const describeError = useMemo(
		() => (error: PollError) => errorSentence(error, {profile, sso, target, medium: 'terminal-ui'}),
		[profile, sso, target],
	);
	const size = {width, height};
	const app = appFrame(stack, registry.sourceFor, size, clock(), describeError);
	const {now} = app.input;
	const needs = app.logic.clockNeeds?.(app.input, app.frame) ?? {tick: false, wakeAt: null};
	// A poll in flight is told as not answering after a while: wake then, and count the seconds after.
	const pollStarted = app.input.snapshot.pollStartedAt ?? null;
	const answerDue = pollStarted === null ? null : pollStarted + NOT_ANSWERING_MS;
	const waiting = answerDue !== null && now >= answerDue;
	const wakeAt = answerDue === null || waiting ? needs.wakeAt : Math.min(answerDue, needs.wakeAt ?? answerDue);
	useRedrawOnTime(clock, needs.tick || waiting || app.input.snapshot.state === 'retrying', wakeAt);

	const [notice, say] = useNotice();
	const perform = (intent: Intent) => {
		switch (intent.kind) {
			case 'update': store.dispatch({type: 'update', action: intent.action}); break;
			case 'push': store.dispatch({type: 'push', screen: intent.screen}); break;
			case 'pop': store.dispatch({type: 'pop'}); break;
			case 'replace': store.dispatch({type: 'replace', screen: intent.screen}); break;
			case 'help': store.dispatch({type: 'toggle-help'}); break;
			case 'help-scroll': store.dispatch({type: 'help-scroll', to: intent.to}); break;
			case 'quit': onQuit(); break;
			case 'refresh': registry.sourceFor(store.getState().screens.at(-1)!).refreshNow(); break;
			case 'toggle-pause': registry.sourceFor(store.getState().screens.at(-1)!).togglePause(); break;
			case 'copy': say(copyNotice(intent, terminal)); break;
		}
	};

	useKeyRouter(() => {
		const current = store.getState();
		return keyRoute(appFrame(current, registry.sourceFor, size, clock(), describeError), current.screens.length);
	}, perform, keysActive);

	const View = SCREEN_VIEWS.get(app.entry.kind)!;
	// A screen that never had data has nothing to show but why: the error, whole.
	const failedFirst = app.input.snapshot.data === null && app.error !== null && app.entry.kind !== 'error' ? app.error : null;
	const line = app.help === null ? (app.logic.typing?.(app.entry.state) ?? null) : null;
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Header
				crumbs={app.crumbs}
				target={target}
				lines={app.headerLines}
				snapshot={app.input.snapshot as SourceSnapshot<PolledData>}
				describeError={describeError}
				extra={app.logic.statusParts?.(app.input) ?? []}
				now={now}
				theme={theme}
			/>
			<Box flexDirection="column" height={app.body.height} flexShrink={0} overflow="hidden">
				{app.help !== null
					? <HelpOverlay lines={app.help.lines} scroll={app.help.scroll} height={app.body.height} theme={theme} />
					: (failedFirst === null
						? <View input={app.input} frame={app.frame} body={app.body} theme={theme} terminal={terminal} colorEnabled={colorEnabled} />
						: <ErrorBody error={failedFirst} retrying={app.input.snapshot.state !== 'failed'} width={width} height={app.body.height} theme={theme} />)}
			</Box>
			<Footer
				hints={activeHints(keyLayers(app, stack.screens.length), line !== null)}
				draft={line?.draft ?? null}
				error={line?.error ?? null}
				status={app.help === null ? (notice ?? app.logic.footerStatus(app.input, app.frame)) : ''}
				width={width}
				theme={theme}
			/>
		</Box>
	);
}
