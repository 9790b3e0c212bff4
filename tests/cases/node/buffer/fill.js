console.log(Buffer.alloc(5).fill('ab'), Buffer.alloc(5).fill(0x41, 1, 3), Buffer.alloc(3).fill(257), Buffer.alloc(4).fill('aGk=', 'base64'));
console.log(Buffer.alloc(4).fill(''), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])), Buffer.alloc(4).fill('€'), Buffer.alloc(3).fill(true));
