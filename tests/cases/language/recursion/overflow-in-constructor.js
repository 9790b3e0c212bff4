// Stack overflows in constructors, methods and via apply are all RangeErrors.
function Node() { this.child = new Node(); }
try { new Node(); } catch (e) { console.log("constructor:", e instanceof RangeError, e.message); }
var o = { m: function () { return this.m(); } };
try { o.m(); } catch (e) { console.log("method:", e instanceof RangeError); }
function viaApply() { return viaApply.apply(null, arguments); }
try { viaApply(1, 2); } catch (e) { console.log("apply:", e instanceof RangeError); }
function viaCall() { return viaCall.call(this); }
try { viaCall(); } catch (e) { console.log("call:", e instanceof RangeError); }
var bound = function b() { return boundSelf(); };
var boundSelf = bound.bind(null);
try { bound(); } catch (e) { console.log("bound:", e instanceof RangeError); }
console.log("done");
