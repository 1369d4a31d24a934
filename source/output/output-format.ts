/** `--output`: how a snapshot is printed. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'ids' | 'ips';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'ids', 'ips'];

export function isOutputFormat(value: string): value is OutputFormat {
	return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
