// An async function's unhandled rejection is reported and exits 1.
async function f() { await null; throw new Error('nobody catches this'); }
f();
console.log('sync end');
