// AggregateError collects an iterable of errors with an optional message and cause.
var a = new AggregateError([new Error("one"), "two"], "several", { cause: "why" });
console.log(a.name, a.message, a.errors.length, a.errors[0].message, a.errors[1], a.cause);
console.log(a instanceof Error, Object.getPrototypeOf(AggregateError) === Error, AggregateError.length);
console.log(Object.getOwnPropertyNames(a).sort().join(","), Object.getOwnPropertyDescriptor(a, "errors").enumerable);
console.log(String(new AggregateError([])), new AggregateError(new Set([1, 2])).errors.join());
try { new AggregateError(5); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(a.stack.split("\n")[0]);
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) {
  console.log(e.constructor.name, e.message, e.errors.join(","));
});
