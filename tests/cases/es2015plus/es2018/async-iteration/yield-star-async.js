// yield* delegates to another async generator and gets its return value.
async function* inner() { yield 'i1'; yield 'i2'; return 'inner done'; }
async function* outer() { yield 'o1'; var r = yield* inner(); console.log('result', r); yield 'o2'; }
(async function () { for await (var v of outer()) console.log(v); })();
