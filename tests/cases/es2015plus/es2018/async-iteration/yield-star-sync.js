// yield* over a sync iterable in an async generator.
async function* g() { yield* [1, 2]; yield* 'xy'; }
(async function () { var out = []; for await (var v of g()) out.push(v); console.log(out.join(',')); })();
