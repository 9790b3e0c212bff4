// Error.captureStackTrace adds a stack to any object; constructorOpt hides frames above it.
var o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split("\n")[0]);
var withMsg = { name: "Thing", message: "went wrong" };
Error.captureStackTrace(withMsg);
console.log(withMsg.stack.split("\n")[0]);
function hidden() { var t = {}; Error.captureStackTrace(t, hidden); return t.stack; }
function visible() { return hidden(); }
var stack = visible();
console.log(stack.indexOf("hidden") === -1, stack.indexOf("visible") !== -1);
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Error.captureStackTrace.length, typeof Error.captureStackTrace);
var d = Object.getOwnPropertyDescriptor(o, "stack");
console.log(d.enumerable, d.configurable);
