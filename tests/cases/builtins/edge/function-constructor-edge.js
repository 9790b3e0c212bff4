// The Function constructor: parameter lists joined with commas, comments in parameters, global scope, errors.
console.log(new Function('a, b', 'c', 'return a + b + c')(1, 2, 3));
console.log(Function('a = 1', '...rest', 'return a + rest.length')());
console.log(new Function('/* c */ x // line\n', 'return x * 2')(21));
var local = 'local';
globalThis.globalOnly = 'global';
console.log(new Function('return typeof local + " " + globalOnly')());
console.log(new Function('return this')() === globalThis, new Function('"use strict"; return this')());
['a b', '-->', '})', ')', '}'].forEach(function (p) { try { new Function(p, 'return 1'); console.log('ok', p); } catch (e) { console.log(e.name, JSON.stringify(p)); } });
try { new Function('return 1 +'); } catch (e) { console.log(e.name); }
console.log(Function.length, Function.prototype.length, typeof Function.prototype, Function.prototype.name === '');
var fn = Function('return arguments.length');
console.log(fn(1, 2, 3), fn.name, fn.length);
