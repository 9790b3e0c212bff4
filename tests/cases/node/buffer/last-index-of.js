var b = Buffer.from('abcabcabc');
console.log(b.lastIndexOf('abc'), b.lastIndexOf('abc', 5), b.lastIndexOf('abc', -4), b.lastIndexOf(0x61), b.lastIndexOf('x'), b.lastIndexOf('c', 100), b.lastIndexOf('', 3));
