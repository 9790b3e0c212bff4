// yield of a rejected promise throws at the yield inside the generator.
async function* g() { try { yield Promise.reject(new Error('bad yield')); } catch (e) { yield 'caught ' + e.message; } }
(async function () { for await (var v of g()) console.log(v); })();
