// Math is a plain object: not callable, not constructible, extensible.
try { Math(); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Math(); } catch (e) { console.log(e.name + ": " + e.message); }
Math.custom = function (x) { return x * 2; };
console.log(Math.custom(4), Object.isExtensible(Math), Object.getPrototypeOf(Math) === Object.prototype);
delete Math.custom;
var saved = Math.floor;
Math.floor = function () { return "patched"; };
console.log(Math.floor(1.5));
Math.floor = saved;
console.log(Math.floor(1.5), delete Math.floor, typeof Math.floor);
Math.floor = saved;
