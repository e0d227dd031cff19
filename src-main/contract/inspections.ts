import { method, noInput } from './define.ts';

/** Methods of inspection and monitoring (issue 6); merged into the contract in methods.ts. */
export const inspectionMethods = {} as const;

void method;
void noInput;
