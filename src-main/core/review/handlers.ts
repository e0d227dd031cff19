import type { reviewMethods } from '../../contract/review.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { exportReview, fixGroup, fixItem, reviewCount, reviewGroups, reviewItems } from './service.ts';

/** Handlers of the methods in contract/review.ts. */
export function buildReviewHandlers(ctx: CoreContext): HandlersFor<keyof typeof reviewMethods> {
  return {
    'review.count': () => reviewCount(ctx),
    'review.groups': (input) => reviewGroups(ctx, input.batchId),
    'review.items': (input) => reviewItems(ctx, input),
    'review.fixGroup': (input) => fixGroup(ctx, input),
    'review.fixItem': (input) => fixItem(ctx, input),
    'review.export': () => exportReview(ctx),
  };
}
