export * from './errors.ts';
export * from './dto.ts';
export * from './events.ts';
export * from './methods.ts';
export * from './api.ts';
export * from './vocab.ts';
export * from './fields.ts';
export * from './registry-dto.ts';
