// Async arrows see the enclosing function's arguments.
function outer() { var g = async () => (await arguments[0]) + arguments.length; return g(); }
outer(10, 20, 30).then(function (v) { console.log(v); });
var concise = async x => x * 2;
concise(21).then(function (v) { console.log(v); });
