var b = Buffer.alloc(6);
console.log(b.write('6869', 'hex'), b);
console.log(b.write('aGk=', 2, 'base64'), b);
console.log(b.write('ab', 4, 2, 'ucs2'), b);
console.log(b.write('é', 'latin1'), b);
