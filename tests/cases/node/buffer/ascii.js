console.log(Buffer.from('héllo', 'ascii'), JSON.stringify(Buffer.from([0xe9, 0x41, 0xff, 0x80]).toString('ascii')));
