console.log(Buffer.alloc(6).fill('e9', 'hex'), Buffer.alloc(5).fill('é', 'latin1'), Buffer.alloc(5).fill('é'), Buffer.alloc(6).fill('ab', 'ucs2'), Buffer.alloc(4).fill('ab', 1));
