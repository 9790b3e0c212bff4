// yield of a promise yields its fulfilment value.
async function* g() { yield Promise.resolve('resolved'); yield 'plain'; }
(async function () { var it = g(); console.log((await it.next()).value); console.log((await it.next()).value); })();
