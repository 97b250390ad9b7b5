export * from './dates';
export * from './regime';
export * from './organisation';
export * from './richText';
export * from './case';
export * from './bundle';
export * from './requestFile';
