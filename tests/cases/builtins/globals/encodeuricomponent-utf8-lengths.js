// UTF-8 byte lengths of encoded characters: 1 to 4 bytes at each boundary.
var cps = [0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x10ffff];
for (var i = 0; i < cps.length; i++) {
  var e = encodeURIComponent(String.fromCodePoint(cps[i]));
  console.log(cps[i].toString(16), e, e.length / 3 | 0);
}
