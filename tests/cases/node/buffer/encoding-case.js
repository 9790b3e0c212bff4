console.log(Buffer.from('aGk=', 'BASE64').toString('UTF8'), Buffer.from('hi').toString('HEX'), Buffer.from('hi', 'Latin1').toString('Binary'));
