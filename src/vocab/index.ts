/** The domain's shared words and formats (UN groups, missing values, numbers, state names). */
export * from './groups';
export * from './format';
export * from './states';
