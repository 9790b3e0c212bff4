// A return in finally overrides the try's return value and swallows exceptions.
function a() { try { return "try"; } finally { return "finally"; } }
function b() { try { throw new Error("lost"); } finally { return "finally wins"; } }
function c() {
  var x = 1;
  try { return x; } finally { x = 2; }
}
function d() {
  var o = { v: 1 };
  try { return o; } finally { o.v = 2; }
}
function e() { try { return "try"; } catch (err) { return "catch"; } finally { console.log("e finally runs"); } }
function f() { try { throw 1; } catch (err) { return "catch " + err; } finally { console.log("f finally runs"); } }
function g() { try { throw 1; } catch (err) { throw 2; } finally { return "g swallowed"; } }
console.log(a());
console.log(b());
console.log(c());
console.log(d().v);
console.log(e());
console.log(f());
console.log(g());
