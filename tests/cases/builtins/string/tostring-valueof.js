// toString and valueOf return the primitive and only accept strings or wrappers.
console.log("abc".toString(), new String("x").toString(), new String("y").valueOf());
console.log(String.prototype.toString.call(Object("z")), typeof String.prototype.valueOf.call("q"));
try { String.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.valueOf.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.valueOf(), String.prototype.length, Object.prototype.toString.call(String.prototype));
console.log(String.prototype.toString.length, String.prototype.valueOf.name);
