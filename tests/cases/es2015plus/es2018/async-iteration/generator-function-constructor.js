// %AsyncGeneratorFunction% makes async generators from source text.
var AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
var g = new AsyncGeneratorFunction('n', 'for (var i = 0; i < n; i++) yield i;');
(async function () { var out = []; for await (var v of g(3)) out.push(v); console.log(out.join(',')); })();
console.log(typeof g, g instanceof AsyncGeneratorFunction);
