var b = Buffer.from('abcdef');
console.log(b.toString('utf8', -1, 2), b.toString('utf8', 2, 100), b.toString('utf8', 4, 2) === '', b.toString('utf8', 10) === '', b.toString('utf8', 1.7, 3.2));
console.log(b.toString('ascii', '1', '3'), b.toString('latin1', NaN, NaN) === '');
