// Custom connectors: models -> swagger + apiProperties (checked), and the lookups the simulator uses.
export * from './api-properties';
export * from './artifacts';
export * from './lookup';
export * from './policies';
export * from './settings';
export * from './swagger';
export * from './validate';
