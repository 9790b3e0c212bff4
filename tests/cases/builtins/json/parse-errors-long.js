// JSON.parse error messages quote a window of long texts around the bad token.
function fail(text) {
  try { JSON.parse(text); return "parsed"; } catch (e) { return e.message; }
}
var long = "[" + new Array(40).join("1,") + "1x]";
console.log(fail(long));
console.log(fail('{"name": "value", "other": [1, 2, 3, 4, 5, 6, 7, 8, 9], "broken": tru}'));
console.log(fail('{"a":1} {"b":2}'));
console.log(fail("[1, 2, 3" + new Array(30).join(" ")));
console.log(fail("\u00a0 1"));
console.log(fail("[\"a\", \"b\"\n, \"c\" \"d\"]"));
