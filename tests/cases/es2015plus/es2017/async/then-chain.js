// Async functions in a then chain and awaited chains.
async function step(v) { await null; return v + 1; }
step(0).then(step).then(step).then(function (v) { console.log('chain', v); });
async function all() { return step(await step(await step(10))); }
all().then(function (v) { console.log('nested', v); });
