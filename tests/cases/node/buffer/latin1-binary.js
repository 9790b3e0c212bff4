var b = Buffer.from('héllo€', 'latin1');
console.log(b, b.toString('latin1'), b.toString('binary'), Buffer.from('ÿ', 'binary'));
