// String objects expose read-only index properties and a length; extra properties are allowed.
var s = new String("abc");
console.log(Object.getOwnPropertyNames(s).join(","));
s[0] = "z";
s[5] = "beyond";
console.log(s[0], s[5], s.length, String(s));
var d = Object.getOwnPropertyDescriptor(s, "1");
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(delete s[0], delete s[5], s[0]);
var keys = [];
for (var k in s) keys.push(k);
console.log(keys.join(","));
console.log("abc"[1], "abc"["2"], "abc"[3], "abc".hasOwnProperty("0"));
