var b = Buffer.from('hé€', 'ucs2');
console.log(b, b.toString('ucs2'), b.toString('utf16le'), b.toString('utf-16le'), b.toString('ucs-2'));
console.log(JSON.stringify(Buffer.from([0x61, 0, 0x62]).toString('ucs2')));
