console.log(Buffer.from('hello world').toString('base64'), Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString());
console.log(Buffer.from([0xfb, 0xff]).toString('base64'), Buffer.from('+/8=', 'base64'), Buffer.from('-_8', 'base64'));
