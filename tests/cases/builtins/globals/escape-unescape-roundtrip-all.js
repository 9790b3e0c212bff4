// unescape(escape(s)) returns s for every UTF-16 code unit.
var ok = true;
for (var c = 0; c < 0x10000; c += 3) {
  var s = String.fromCharCode(c);
  if (unescape(escape(s)) !== s) { ok = false; break; }
}
console.log(ok, escape("\ud83d\ude00"), unescape("%uD83D%uDE00") === "\ud83d\ude00");
