var b = Buffer.alloc(6);
console.log(b.utf8Write('hé'), b.hexWrite('ff', 3), b.latin1Write('é', 4), b.asciiWrite('z', 5), b);
console.log(b.base64Write('aGk=', 0, 2), b.ucs2Write('a', 2), b);
