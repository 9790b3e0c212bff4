// Generators declared in eval code and with new Function.
const g = eval('(function* (n) { for (let i = 0; i < n; i++) yield i * 2; })');
console.log([...g(4)]);
eval('function* declared() { yield "from eval"; }');
console.log([...declared()]);
function* withEval() { const x = 'local'; yield eval('x + "!"'); yield eval('typeof arguments'); }
console.log([...withEval()]);
