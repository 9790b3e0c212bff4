var b = Buffer.from('this is a buffer');
console.log(b.indexOf('is'), b.indexOf('is', 3), b.indexOf(Buffer.from('a buf')), b.indexOf(0x62), b.indexOf('zz'), b.indexOf('is', -10));
console.log(b.indexOf(''), b.indexOf('', 4), b.indexOf('', 100), b.indexOf(98 + 256), b.indexOf('s', 'utf8'));
