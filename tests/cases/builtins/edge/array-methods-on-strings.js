// Generic Array methods applied to strings and String objects: read-only indexes make mutators throw.
var s = 'hello';
console.log(Array.prototype.map.call(s, function (c) { return c.toUpperCase(); }).join(''), Array.prototype.filter.call(s, function (c) { return c !== 'l'; }).join(''));
console.log(Array.prototype.indexOf.call(s, 'l'), Array.prototype.lastIndexOf.call(s, 'l'), Array.prototype.includes.call(s, 'o'), Array.prototype.join.call(s, '-'));
console.log(Array.prototype.every.call(s, function (c) { return c >= 'e'; }), Array.prototype.slice.call(s, -3).join(''), Array.from(s).reverse().join(''));
try { Array.prototype.reverse.call(new String('abc')); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.push.call(new String('abc'), 'd'); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.sort.call(new String('cba')); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.concat.call('ab', 'cd').length, JSON.stringify(Array.prototype.concat.call('ab', 'cd')));
