// Named async function expressions can refer to themselves.
var fact = async function fact(n) { return n <= 1 ? 1 : n * await fact(n - 1); };
fact(10).then(function (v) { console.log(v); });
console.log(fact.name, fact.length);
