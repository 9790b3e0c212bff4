// return from inside for await closes the generator.
async function* g() { try { yield 'a'; yield 'b'; } finally { console.log('closed'); } }
async function first() { for await (var v of g()) return v; }
first().then(function (v) { console.log('first', v); });
