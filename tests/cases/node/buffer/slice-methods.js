var b = Buffer.from('héllo');
console.log(b.utf8Slice(0, 3), b.latin1Slice(0, 3), b.hexSlice(1, 3), b.base64Slice(), b.asciiSlice(0, 2), b.ucs2Slice(0, 4).length);
