import { method, noInput } from './define.ts';

/** Methods of the import (issue 4); merged into the contract in methods.ts. */
export const importMethods = {} as const;

void method;
void noInput;
