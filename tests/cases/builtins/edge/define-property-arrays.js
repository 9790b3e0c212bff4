// defineProperty on arrays: indexes beyond length, non-writable length blocking growth, accessors at indexes.
var a = [1, 2, 3];
Object.defineProperty(a, 5, { value: 'six', enumerable: true, configurable: true, writable: true });
console.log(a.length, JSON.stringify(a));
Object.defineProperty(a, 'length', { writable: false });
try { a.push(7); } catch (e) { console.log(e.name, e.message); }
a[10] = 'ignored';
console.log(a.length, a[10]);
try { Object.defineProperty(a, 10, { value: 1 }); } catch (e) { console.log(e.name, e.message); }
var b = [1, 2, 3];
Object.defineProperty(b, 1, { configurable: false });
b.length = 0;
console.log(b.length, JSON.stringify(b));
(function () { 'use strict'; try { b.length = 0; } catch (e) { console.log(e.name, e.message); } })();
var c = [];
Object.defineProperty(c, 0, { get: function () { return 'getter'; }, enumerable: true, configurable: true });
console.log(c.length, c[0], JSON.stringify(c), c.indexOf('getter'), c.map(function (x) { return x.toUpperCase(); })[0]);
try { Object.defineProperty([], 'length', { value: -1 }); } catch (e) { console.log(e.name, e.message); }
