// A throw after an await also rejects.
async function f() { await 1; throw new RangeError('later'); }
f().then(null, function (e) { console.log('rejected', e.name, e.message); });
