// Only space, tab, CR and LF are JSON whitespace; other Unicode spaces are errors.
var ok = [" [1] ", "\t[1]\t", "\r\n[1]\r\n", "[ 1 , 2 ]", "{ \"a\" : 1 }"];
for (var i = 0; i < ok.length; i++) console.log(JSON.stringify(JSON.parse(ok[i])));
var bad = ["\u00a0[1]", "[1]\u2028", "\ufeff[1]", "\u000b1", "\f1", "[1]\u3000"];
for (var j = 0; j < bad.length; j++) {
  try { JSON.parse(bad[j]); console.log("parsed"); } catch (e) { console.log(e.name, e.message); }
}
