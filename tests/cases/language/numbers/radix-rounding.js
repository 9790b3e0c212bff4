// Integers beyond 2^53 in hex, octal and binary (literals, Number(), parseInt) round once to the nearest double, ties to even.
console.log(0xffffffffffffffffff, 0x20000000000001, 0x20000000000003, 0x20000000000005);
console.log(0o7777777777777777777777, 0b11111111111111111111111111111111111111111111111111111111111111111111);
console.log(Number('0xffffffffffffffffff'), Number('0b' + '1'.repeat(70)), Number('0o' + '7'.repeat(30)));
console.log(parseInt('ffffffffffffffffff', 16), parseInt('1'.repeat(80), 2), parseInt('z'.repeat(15), 36));
console.log(Number('0x' + 'f'.repeat(300)), 0x10000000000000800 === 0x10000000000000000, 0x10000000000001800);
console.log(parseInt('9'.repeat(25), 10), Number('12345678901234567890123'));
