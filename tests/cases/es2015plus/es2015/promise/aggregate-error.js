const e = new AggregateError([new Error('a'), 'b'], 'several', { cause: 'root' });
console.log(e.name, e.message, e.errors.length, e.cause, e instanceof Error);
console.log(Object.getOwnPropertyNames(e).sort());
console.log(AggregateError.length, AggregateError.name, Object.getPrototypeOf(AggregateError) === Error);
console.log(AggregateError.prototype.name, JSON.stringify(AggregateError.prototype.message));
const f = AggregateError(new Set([1, 2]));
console.log(f.errors, f.message === '', String(f));
try { new AggregateError(5); } catch (err) { console.log(err.message); }
