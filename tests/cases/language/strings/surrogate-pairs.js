// Astral characters occupy two UTF-16 code units in every string operation.
var s = "a\ud834\udd1eb";
console.log(s.length, s.indexOf("b"), s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
console.log(s.slice(1, 3) === "\ud834\udd1e", s.slice(1, 2).length, s.split("").length);
console.log(s.toUpperCase().length, s.replace("\ud834\udd1e", "G"), s.substring(2, 3).charCodeAt(0));
var count = 0;
for (var i = 0; i < s.length; i++) {
  var c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) { count++; i++; } else count++;
}
console.log("code points:", count);
console.log(JSON.stringify(s), encodeURIComponent(s));
console.log("\ud834\udd1e" < "\uffff", "\ud834" < "\ud834\udd1e");
