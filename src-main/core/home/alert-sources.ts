import type { HomeAlert } from '../../contract/home.ts';
import type { CoreContext } from '../context.ts';
import { monitoringAlerts } from '../inspections/monitoring/alerts.ts';
import { reviewAlerts } from '../review/alerts.ts';
import { bcdTaskAlerts } from '../bcd/alerts.ts';
import { fundAlerts } from '../fund/aging.ts';
import { collectionAlerts } from '../collection/register.ts';

/** A feature's alerts on an as-of date (ISO); read-only. */
export type AlertSource = (ctx: CoreContext, asOf: string) => Promise<HomeAlert[]>;

/**
 * Every feature's alert source, in the order the home page lists them. A feature adds its own line here;
 * the home service runs them all and never needs to know what they count.
 */
export const alertSources: AlertSource[] = [monitoringAlerts, reviewAlerts, bcdTaskAlerts, fundAlerts, collectionAlerts];
