export * from './span.js';
export * from './message.js';
export * from './actor.js';
export * from './place.js';
export * from './time.js';
export * from './claim.js';
export * from './event.js';
export * from './article.js';
