// A thenable whose then throws rejects the await; a then getter that throws too.
var bad = { then: function () { throw new Error('then threw'); } };
async function f() { try { await bad; } catch (e) { return 'caught ' + e.message; } }
f().then(function (v) { console.log(v); });
var getter = {};
Object.defineProperty(getter, 'then', { get: function () { throw new Error('getter threw'); } });
async function g() { try { await getter; } catch (e) { return 'caught ' + e.message; } }
g().then(function (v) { console.log(v); });
