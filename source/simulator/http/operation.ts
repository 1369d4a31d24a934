import type {World, WireRecord} from '../engine/world-api.js';
import type {Input} from './input.js';

/** One ECS operation: a decoded request body in, a response body (engine timestamps in ms) out. */
export type Operation = (world: World, input: Input) => WireRecord;

/** `{arn, reason: "MISSING"}`, as the Describe* operations report an unknown item. */
export const missing = (arn: string): WireRecord => ({arn, reason: 'MISSING'});

/** An ECS ARN of `resource` (e.g. `task/demo/abc`) in the world's Region and account. */
export const arnOf = (world: World, resource: string) => `arn:aws:ecs:${world.region}:${world.accountId}:${resource}`;
