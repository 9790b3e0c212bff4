var b = Buffer.from('abc');
for (var x of b) console.log(x);
console.log([...b.entries()].join('|'), [...b.keys()], Array.from(b.values()));
