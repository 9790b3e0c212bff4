console.log(Buffer.from('\ud800'), Buffer.from('a\udc00b'), Buffer.from('\ud83d\ude00'));
console.log(JSON.stringify(Buffer.from('\ud800x').toString()));
