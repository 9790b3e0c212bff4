// Mutual recursion without a base case also overflows into RangeError.
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
try {
  ping(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
var obj = {
  get loop() { return this.loop; }
};
try {
  obj.loop;
} catch (e) {
  console.log("getter:", e instanceof RangeError, e.message);
}
var a = {};
a.toString = function () { return "" + this; };
try { String(a); } catch (e) { console.log("toString:", e instanceof RangeError); }
