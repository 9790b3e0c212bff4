// An awaited async call finishes before the awaiting function continues.
async function inner() { console.log('inner start'); await null; console.log('inner end'); return 'i'; }
async function outer() { console.log('outer start'); var v = await inner(); console.log('outer got', v); }
outer();
Promise.resolve().then(function () { console.log('t1'); }).then(function () { console.log('t2'); }).then(function () { console.log('t3'); }).then(function () { console.log('t4'); });
