// An uncaught await rejection rejects the function's promise with the same reason.
var reason = { code: 5 };
async function f() { await Promise.reject(reason); }
f().catch(function (e) { console.log(e === reason, e.code); });
