// toLocaleString calls toString; valueOf returns the object itself.
var o = { toString: function () { return "custom"; } };
console.log(o.toLocaleString(), ({}).toLocaleString());
var obj = {};
console.log(obj.valueOf() === obj, typeof Object.prototype.valueOf.call(1));
try { Object.prototype.valueOf.call(null); } catch (e) { console.log(e.name, e.message); }
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toLocaleString.call(1), Object.prototype.toLocaleString.length);
var log = [];
var x = { toString: function () { log.push(typeof this); return "t"; } };
Object.prototype.toLocaleString.call(x);
console.log(log.join(","));
