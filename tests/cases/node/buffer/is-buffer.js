console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer({}));
