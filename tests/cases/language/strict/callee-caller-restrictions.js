// Strict functions' arguments.callee and the caller/arguments properties of strict functions throw.
"use strict";
function f() { return arguments; }
var args = f(1);
try { args.callee; } catch (e) { console.log("arguments.callee:", e.name); }
try { args.callee = 1; } catch (e) { console.log("set callee:", e.name); }
try { f.caller; } catch (e) { console.log("f.caller:", e.name); }
try { f.arguments; } catch (e) { console.log("f.arguments:", e.name); }
console.log(f.hasOwnProperty("caller"), f.hasOwnProperty("arguments"));
console.log(typeof args.length, args[0]);
