// Anything can be thrown; catch receives the value unchanged.
var values = [1, "str", null, undefined, { code: 7 }, [1, 2], true, Symbol.iterator];
for (var i = 0; i < values.length; i++) {
  try { throw values[i]; } catch (e) { console.log(typeof e, e === values[i], String(e && e.code !== undefined ? e.code : typeof e === "symbol" ? e.toString() : e)); }
}
try { throw new Error("x"); } catch (e) { console.log(e instanceof Error); } finally { console.log("finally"); }
function f() { try { return "try"; } finally { console.log("cleanup"); } }
console.log(f());
function g() { try { throw 1; } catch (e) { return "catch" + e; } finally { return "finally wins"; } }
console.log(g());
