var b = Buffer.from('hé');
console.log(b.toLocaleString(), b.toLocaleString('hex'), b.toLocaleString === b.toString);
