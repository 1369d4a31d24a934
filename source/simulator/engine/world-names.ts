/** Realistic, deterministic names for the clusters and services a world is seeded with. */

const products = [
	'payments', 'checkout', 'search', 'catalog', 'identity', 'notifications', 'billing', 'inventory', 'orders', 'shipping',
	'reviews', 'recommendations', 'analytics', 'media', 'chat', 'ledger', 'pricing', 'loyalty', 'fraud', 'onboarding',
	'reporting', 'gateway', 'accounts', 'support', 'partners',
] as const;

const environments = ['prod', 'staging', 'dev', 'sandbox'] as const;

/** `payments-prod`, `payments-staging`, … : 100 cluster names, product by product. */
export const clusterNames: readonly string[] = products.flatMap(product => environments.map(env => `${product}-${env}`));

/** The product a cluster name belongs to (`payments` for `payments-prod`). */
export const productOf = (clusterName: string): string => clusterName.slice(0, clusterName.lastIndexOf('-'));

const domains = [
	'account', 'address', 'audit', 'auth', 'avatar', 'basket', 'billing', 'booking', 'campaign', 'cart',
	'catalog', 'checkout', 'coupon', 'customer', 'delivery', 'discount', 'document', 'email', 'export', 'feed',
	'fulfilment', 'geo', 'import', 'invoice', 'ledger', 'listing', 'loyalty', 'media', 'merchant', 'message',
	'notification', 'order', 'partner', 'payment', 'payout', 'pricing', 'profile', 'promotion', 'quote', 'rating',
	'refund', 'report', 'review', 'search', 'session', 'shipment', 'sms', 'stock', 'subscription', 'tax',
] as const;

const roles = [
	'api', 'worker', 'consumer', 'producer', 'scheduler', 'gateway', 'sync', 'exporter', 'importer', 'indexer',
	'notifier', 'webhook', 'cache', 'proxy', 'admin', 'graphql', 'grpc', 'poller', 'publisher', 'subscriber',
	'router', 'renderer', 'resizer', 'reconciler', 'aggregator', 'archiver', 'auditor', 'cleaner', 'collector', 'dispatcher',
	'enricher', 'validator', 'transformer', 'streamer', 'loader', 'watcher', 'migrator', 'backfill', 'cron', 'events',
] as const;

/** How many distinct service names serviceName gives (50 domains × 40 roles). */
export const maxServiceNames = domains.length * roles.length;

/** Roles that serve requests: their tasks listen on a port and have a health check. */
const servingRoles = new Set(['api', 'gateway', 'webhook', 'proxy', 'admin', 'graphql', 'grpc', 'router', 'renderer']);

/**
 * The `index`th of 2,000 distinct names (`account-api`, `address-api`, …, `account-worker`, …): every
 * domain once per round, its role shifting each round, so the first few dozen already look varied.
 */
export function serviceName(index: number): {name: string; serving: boolean} {
	const domain = domains[index % domains.length]!;
	// 11 and 40 are coprime: a domain meets every role once over 40 rounds.
	const role = roles[(Math.floor(index / domains.length) * 11 + index % domains.length) % roles.length]!;
	return {name: `${domain}-${role}`, serving: servingRoles.has(role)};
}
