console.log(Buffer.alloc(3), Buffer.alloc(4, 1), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 'aGk=', 'base64'));
console.log(Buffer.alloc(0), Buffer.alloc(2.7).length);
