var b = Buffer.from('hi');
console.log(b.toJSON(), JSON.stringify(b), JSON.stringify({ buf: Buffer.alloc(0) }));
var copy = Buffer.from(JSON.parse(JSON.stringify(b)));
console.log(copy.toString());
