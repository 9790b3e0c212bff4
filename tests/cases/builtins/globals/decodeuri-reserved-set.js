// decodeURI keeps exactly the reserved set ;/?:@&=+$,# escaped; everything else decodes.
var kept = "", decoded = "";
for (var c = 32; c < 127; c++) {
  var esc = "%" + c.toString(16).toUpperCase().padStart(2, "0");
  if (decodeURI(esc) === esc) kept += String.fromCharCode(c); else decoded += String.fromCharCode(c);
}
console.log(kept);
console.log(decoded.length, decodeURI("%3b%2F") , decodeURI("%3B%2f%41"));
