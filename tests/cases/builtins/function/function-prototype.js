// Function.prototype is itself callable, returns undefined and has no prototype property.
console.log(typeof Function.prototype, Function.prototype(), Function.prototype(1, 2));
console.log(Function.prototype.length, JSON.stringify(Function.prototype.name));
console.log(Function.prototype.hasOwnProperty("prototype"), Object.getPrototypeOf(Function.prototype) === Object.prototype);
try { new Function.prototype(); } catch (e) { console.log(e.name, e.message); }
var names = Object.getOwnPropertyNames(Function.prototype).sort();
console.log(names.join(","));
console.log(typeof Function.prototype[Symbol.hasInstance], Function.prototype[Symbol.hasInstance].name);
