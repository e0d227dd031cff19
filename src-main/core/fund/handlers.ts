import type { fundMethods } from '../../contract/fund.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { aging, dueSoon } from './aging.ts';
import { fundDocumentFile, fundDocumentHtml } from './documents/files.ts';
import { appraise, decide, getLoan, listLoans, listMembers, saveApplication, saveMember, signContract } from './loans.ts';
import { disburse, previewRepayment, repay, reschedule, reverseDisbursement, reverseRepayment } from './postings.ts';
import { disbursementLoan, repaymentLoan } from './repository.ts';
import { fundRules, saveFundRules } from './rules.ts';

/** Handlers of the methods in contract/fund.ts. */
export function buildFundHandlers(ctx: CoreContext): HandlersFor<keyof typeof fundMethods> {
  return {
    'fund.rules': () => fundRules(ctx.db),
    'fund.saveRules': (input) => saveFundRules(ctx, input),
    'fund.members': (input) => listMembers(ctx, input.organizationId),
    'fund.saveMember': (input) => saveMember(ctx, input),
    'fund.loans': (input) => listLoans(ctx, input),
    'fund.loan': (input) => getLoan(ctx, input.id, input.asOf),
    'fund.saveApplication': (input) => saveApplication(ctx, input),
    'fund.appraise': (input) => appraise(ctx, input),
    'fund.decide': (input) => decide(ctx, input),
    'fund.signContract': (input) => signContract(ctx, input),
    'fund.disburse': (input) => disburse(ctx, input),
    'fund.reverseDisbursement': (input) => reverseDisbursement(ctx, input, disbursementLoan),
    'fund.previewRepayment': (input) => previewRepayment(ctx, input),
    'fund.repay': (input) => repay(ctx, input),
    'fund.reverseRepayment': (input) => reverseRepayment(ctx, input, repaymentLoan),
    'fund.reschedule': (input) => reschedule(ctx, input),
    'fund.aging': (input) => aging(ctx, input.asOf),
    'fund.dueSoon': (input) => dueSoon(ctx, input.asOf, input.days),
    'fund.documentHtml': (input) => fundDocumentHtml(ctx, input),
    'fund.documentFile': (input) => fundDocumentFile(ctx, input.document, input.format),
  };
}
