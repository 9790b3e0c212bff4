console.log(Buffer.from('ABCDEF', 'hex'), Buffer.from('abcdefa', 'hex'), Buffer.from('0g', 'hex'), Buffer.from('', 'hex'), Buffer.from('ff00', 'hex').toString('hex'));
