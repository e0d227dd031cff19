import { method, noInput } from './define.ts';

/** Methods of reports (issue 5); merged into the contract in methods.ts. */
export const reportMethods = {} as const;

void method;
void noInput;
