var b = Buffer.from('abcab', 'ucs2');
console.log(b.indexOf('b', 0, 'ucs2'), b.indexOf('ab', 1, 'ucs2'), b.lastIndexOf('a', undefined, 'ucs2'));
