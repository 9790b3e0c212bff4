// Error causes (ES2022) on every error type and AggregateError, with own-property rules and inspection of the chain.
const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
console.log(types.map(T => new T('m', { cause: T.name }).cause).join());
console.log('cause' in new Error('m', {}), 'cause' in new Error('m', { cause: undefined }), new Error('m', 'not an object').cause);
const agg = new AggregateError([new Error('a'), 'b'], 'many', { cause: 'root' });
console.log(agg.errors.length, agg.cause, Object.getOwnPropertyNames(agg).sort().join(), agg.errors[1]);
const getterCause = { get cause() { return 'from getter'; } };
console.log(new Error('g', getterCause).cause);
