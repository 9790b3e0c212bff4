// Error positions count UTF-16 units from the start of the text.
function fail(t) { try { JSON.parse(t); return "ok"; } catch (e) { return e.message; } }
console.log(fail('{"a": 1 "b": 2}'));
console.log(fail('["\u00e9\u00e9", x]'));
console.log(fail('["\ud83d\ude00", x]'));
console.log(fail("[1,\n2,\n3\n4]"));
console.log(fail('{"a": [1, {"b": }]}'));
