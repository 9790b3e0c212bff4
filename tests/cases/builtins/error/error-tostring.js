// Error.prototype.toString: name and message joined by ": ", either may be empty or missing.
var ts = Error.prototype.toString;
console.log(ts.call({ name: "N", message: "M" }), ts.call({ name: "N" }), ts.call({ message: "M" }), ts.call({}));
console.log(ts.call({ name: "", message: "M" }), ts.call({ name: "N", message: "" }), ts.call({ name: undefined, message: undefined }));
console.log(ts.call({ name: 5, message: null }), ts.call({ name: null, message: 0 }));
var e = new Error("msg");
e.name = "Custom";
console.log(String(e), e + "");
e.name = "";
console.log(String(e));
delete Error.prototype.name;
console.log(String(new Error("x")));
Error.prototype.name = "Error";
try { ts.call(1); } catch (x) { console.log(x.name + ": " + x.message); }
try { ts.call(undefined); } catch (x) { console.log(x.name + ": " + x.message); }
console.log(ts.call(function f() {}), ts.call([1, 2]));
