var b = Buffer.from('hello');
console.log(b, b.inspect(), [b], { b: b });
console.log(Buffer.alloc(0), String(Buffer.from('x').inspect()));
