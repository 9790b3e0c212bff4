var b = Buffer.alloc(100000, 'xyz');
console.log(b.length, b.toString('latin1', 99990), b.indexOf('zx', 50000), b.lastIndexOf('xyz'));
console.log(Buffer.from(b.toString('base64'), 'base64').equals(b), b.toString('hex').length);
