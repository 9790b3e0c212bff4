// Boolean conversions and wrappers: falsy values, document.all-free truthiness, Boolean objects, valueOf/toString receivers.
console.log([0, -0, NaN, '', null, undefined, false].map(Boolean).join());
console.log([' ', '0', 'false', [], {}, function () {}, new Boolean(false), Symbol(), -1, Infinity].map(Boolean).join());
var b = new Boolean(false);
console.log(typeof b, b ? 'truthy' : 'falsy', b.valueOf(), b == false, b === false, String(b), JSON.stringify(b), Object.keys(b).length);
try { Boolean.prototype.toString.call('true'); } catch (e) { console.log(e.name, e.message); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(Boolean.prototype.valueOf(), Boolean.prototype.toString(), Boolean.length, Boolean.name, true.toString(), (false).constructor === Boolean);
console.log(!!'' + !!'x', true + true, true + '1', true * '3', false - 1, +true, -false, ~true);
