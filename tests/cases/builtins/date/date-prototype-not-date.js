// Date.prototype is an ordinary object, not a Date instance, since ES2015.
console.log(Object.prototype.toString.call(Date.prototype), Date.prototype instanceof Date);
try { Date.prototype.valueOf(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.getDay(); } catch (e) { console.log(e.name + ": " + e.message); }
var fake = Object.create(Date.prototype);
try { fake.getFullYear(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(fake instanceof Date, Object.prototype.toString.call(fake));
