var a = Buffer.from('ab'), b = Buffer.from('cd');
console.log(Buffer.concat([a, b]), Buffer.concat([a, b], 3), Buffer.concat([a], 4), Buffer.concat([]).length);
console.log(Buffer.concat([a, new Uint8Array([1])]));
