// return() while delegating forwards to the inner generator.
async function* inner() { try { yield 1; yield 2; } finally { console.log('inner finally'); } }
async function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
(async function () { var it = outer(); await it.next(); var r = await it.return('stop'); console.log(r.value, r.done); })();
