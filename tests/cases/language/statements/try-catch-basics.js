// try/catch catches thrown values of any type; the catch parameter is local to the clause.
var values = [1, "str", null, undefined, { code: 7 }, [1, 2], new Error("boom"), false];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    var desc = e === null ? "null" : typeof e;
    if (e instanceof Error) desc += ":" + e.message;
    else if (e && e.code) desc += ":" + e.code;
    console.log(i, desc);
  }
}
var e = "outer";
try { throw "inner"; } catch (e) { e = "changed"; }
console.log(e);
try {
  console.log("no throw");
} catch (err) {
  console.log("never");
}
