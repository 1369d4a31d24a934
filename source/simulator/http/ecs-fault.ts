import {EcsError} from '../engine/world-api.js';

/** ECS's InvalidParameterException, the answer to most bad input. */
export const invalidParameter = (message: string) => new EcsError('InvalidParameterException', message);

/** The request body does not match the operation's input shape. */
export const serialization = (message: string) => new EcsError('SerializationException', message);

export const clusterNotFound = () => new EcsError('ClusterNotFoundException', 'Cluster not found.');
