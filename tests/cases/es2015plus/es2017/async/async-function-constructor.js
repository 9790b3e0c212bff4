// %AsyncFunction% builds async functions from source text.
var AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
var f = new AsyncFunction('a', 'b', 'return await a + b;');
f(1, 2).then(function (v) { console.log('sum', v); });
console.log(f instanceof AsyncFunction, f instanceof Function, typeof f);
