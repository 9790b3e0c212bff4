console.log(Buffer.from([104, 105]), Buffer.from([1.9, -1.5, '7', 'x']));
