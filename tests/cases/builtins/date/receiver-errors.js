// Date.prototype methods on a non-Date: V8's two wordings of the TypeError.
var names = Object.getOwnPropertyNames(Date.prototype).sort();
for (var i = 0; i < names.length; i++) {
  var f = Date.prototype[names[i]];
  if (typeof f !== "function" || names[i] === "constructor") continue;
  try { f.call({}, 1); console.log(names[i], "returned"); }
  catch (e) { console.log(names[i], e.name + ": " + e.message); }
}
try { Date.prototype.getDay.call(5); } catch (e) { console.log(e.message); }
try { Date.prototype.setMonth.call("x", 1); } catch (e) { console.log(e.message); }
try { Date.prototype.toString.call(null); } catch (e) { console.log(e.message); }
