// Boolean.prototype is a false Boolean object with toString and valueOf.
console.log(Object.prototype.toString.call(Boolean.prototype), Boolean.prototype.valueOf());
console.log(true.toString(), false.toString(), new Boolean(true).toString());
console.log(Boolean.prototype.toString.call(false), Boolean.prototype.valueOf.call(new Boolean(1)));
try { Boolean.prototype.toString.call("true"); } catch (e) { console.log(e.name, e.message); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(Boolean.prototype.toString.length, Boolean.prototype.valueOf.name);
console.log(Object.getOwnPropertyNames(Boolean.prototype).sort().join(","));
console.log(Boolean.prototype.constructor === Boolean, Object.getPrototypeOf(true) === Boolean.prototype);
