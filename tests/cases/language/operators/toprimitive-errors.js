// ToPrimitive throws a TypeError when neither valueOf nor toString returns a primitive.
var bad = { valueOf: function () { return {}; }, toString: function () { return {}; } };
try { console.log(bad + 1); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { console.log(String(bad)); } catch (e) { console.log(e.name); }
var noMethods = Object.create(null);
try { console.log("" + noMethods); } catch (e) { console.log(e.name); }
var onlyToString = Object.create(null);
onlyToString.toString = function () { return "ts"; };
console.log(onlyToString + "!", onlyToString * 1);
var throwing = { valueOf: function () { throw new Error("from valueOf"); } };
try { throwing + 1; } catch (e) { console.log(e.message); }
