// Non-simple parameter lists: length stops at the first default, arguments is unmapped, duplicate names are errors.
function a(x, y = 1, z) {} 
function b(x, ...y) {}
function c({ x }, [y]) {}
function d(x = 1, y) {}
console.log(a.length, b.length, c.length, d.length);
function unmapped(x = 0) { x = 'changed'; return arguments[0]; }
console.log(unmapped('orig'));
function mapped(x) { x = 'changed'; return arguments[0]; }
console.log(mapped('orig'));
try { new Function('a', 'a', '"use strict"; return a;'); } catch (e) { console.log(e.constructor.name); }
try { new Function('a = 1', 'a', 'return a;'); } catch (e) { console.log(e.constructor.name); }
console.log(new Function('a', 'b = a + 1', 'return b;')(1));
