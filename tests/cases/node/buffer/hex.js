console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('hello').toString('hex'), Buffer.from('DEADbeef', 'hex'));
console.log(Buffer.from('abc', 'hex'), Buffer.from('zz', 'hex'), Buffer.from('12zz34', 'hex'), Buffer.from('1', 'hex').length);
