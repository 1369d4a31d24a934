import {Text} from 'ink';
import {memo} from 'react';
import {cellText, GAP, type Column, type ColumnId} from '../../../model/columns.js';
import {clean, MISSING} from '../../../model/format.js';
import {fitToWidth} from '../../../model/text-width.js';
import {statusGroup} from '../../../model/status-group.js';
import {stopReason} from '../../../model/stop-reason.js';
import {targetCell} from '../../../model/targets/target-cell.js';
import type {ChangeKind, ChangeMark, WatchedField} from '../../../model/task-diff-types.js';
import type {TaskRow} from '../../../model/task-row.js';
import {targetCellTone} from '../../target-tone.js';
import {healthTone, statusTone, type Style, type Theme, type Tone} from '../../theme.js';

export const GAP_TEXT = ' '.repeat(GAP);

/** The second marker character: what happened to the task lately (readable without colour). */
const CHANGE_MARKERS: Readonly<Record<ChangeKind, string>> = {appeared: '+', changed: '*', stopped: 'x', missing: '?'};
const MARKER_TONES: Readonly<Record<ChangeKind, Tone>> = {appeared: 'appeared', changed: 'changed', stopped: 'bad', missing: 'warning'};

/** The STATUS of a task DescribeTasks answered MISSING (its other cells keep their last values). */
export const MISSING_STATUS = 'MISSING';

const FIELD_COLUMNS: Readonly<Record<WatchedField, ColumnId>> = {
	lastStatus: 'status', desiredStatus: 'status', healthStatus: 'health', privateIpv4: 'ip', eniId: 'eni', attachmentStatus: 'eni', target: 'target',
};

/** The grid columns a change touched. */
export function changedColumns(fields: readonly WatchedField[]): Set<ColumnId> {
	return new Set(fields.map(field => FIELD_COLUMNS[field]));
}

function cellTone(row: TaskRow, column: Column, nowMs: number): Tone | undefined {
	if (column.id === 'status') return statusTone(statusGroup(row));
	if (column.id === 'health') return healthTone(row.healthStatus);
	if (column.id === 'target') return targetCellTone(targetCell(row, nowMs));
	return undefined;
}

function Cell({text, column, gap, style}: {text: string; column: Column; gap: boolean; style: Style}) {
	return <Text>{gap ? GAP_TEXT : ''}<Text {...style}>{fitToWidth(text, column.width, column.align)}</Text></Text>;
}

export interface TaskLineProps {
	row: TaskRow;
	columns: readonly Column[];
	selected: boolean;
	/** The task's change mark while it is highlighted, else null. */
	mark: ChangeMark | null;
	nowMs: number;
	theme: Theme;
}

/**
 * One task on one line. The two marker characters come first: `>` on the selected row (which is
 * also inverse), then `+` appeared, `*` changed or `x` stopped while the change is highlighted,
 * or `?` while DescribeTasks answers MISSING for it: its STATUS then reads MISSING, the other
 * cells keep their last values. A stopped row says why in one dim cell spanning the columns after STATUS.
 */
export const TaskLine = memo(function TaskLine({row, columns, selected, mark, nowMs, theme}: TaskLineProps) {
	const stopped = statusGroup(row) === 'stopped';
	const lineStyle: Style = {
		...(stopped ? theme.stopped : {}),
		...(mark?.kind === 'appeared' ? {bold: theme.appeared.bold ?? false} : {}),
		...(selected ? theme.selected : {}),
	};
	const changed = mark?.kind === 'changed' ? changedColumns(mark.fields) : null;
	const missing = mark?.kind === 'missing';
	const statusIndex = columns.findIndex(column => column.id === 'status');
	const reason = stopped && statusIndex !== -1 ? stopReason(row) : null;
	const shown = reason === null ? columns : columns.slice(0, statusIndex + 1);
	const rest = columns.slice(shown.length);
	const restWidth = rest.reduce((sum, column) => sum + column.width + GAP, 0) - GAP;

	return (
		<Text wrap="truncate" {...lineStyle}>
			{selected ? '>' : ' '}
			{mark === null ? ' ' : <Text {...theme[MARKER_TONES[mark.kind]]}>{CHANGE_MARKERS[mark.kind]}</Text>}
			{shown.map((column, index) => {
				// The reason cell already names the stop code: the status says only STOPPED.
				const text = reason !== null && column.id === 'status' ? clean(row.lastStatus) : cellText(row, column.id, nowMs);
				if (missing && column.id === 'status') return <Cell key={column.id} text={MISSING_STATUS} column={column} gap={index > 0} style={theme.warning} />;
				if (text === null) return <Cell key={column.id} text={MISSING} column={column} gap={index > 0} style={theme.muted} />;
				let tone = stopped ? undefined : cellTone(row, column, nowMs);
				if (changed?.has(column.id) === true) tone = 'changed';
				if (mark?.kind === 'appeared' && column.id === 'task') tone = 'appeared';
				return <Cell key={column.id} text={text} column={column} gap={index > 0} style={tone === undefined ? {} : theme[tone]} />;
			})}
			{reason !== null && rest.length > 0 && (
				<Text>{GAP_TEXT}<Text {...theme.muted}>{fitToWidth(reason, restWidth)}</Text></Text>
			)}
		</Text>
	);
});
