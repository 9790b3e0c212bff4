// Strict functions and Function.prototype throw on caller and arguments access.
function strictFn() { "use strict"; }
try { strictFn.caller; } catch (e) { console.log(e.name, e.message); }
try { strictFn.arguments; } catch (e) { console.log(e.name, e.message); }
console.log(strictFn.hasOwnProperty("caller"), strictFn.hasOwnProperty("arguments"));
var d = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable);
try { (() => 1).caller; } catch (e) { console.log(e.name); }
class C { m() {} }
try { C.prototype.m.arguments; } catch (e) { console.log(e.name); }
