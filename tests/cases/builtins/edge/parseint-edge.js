// parseInt/parseFloat edge cases: radix coercion, prefixes, whitespace, Infinity, huge values.
console.log(parseInt('0x10'), parseInt('0x10', 16), parseInt('0x10', 10), parseInt('0x', 16), parseInt('-0x1f'), parseInt('010'), parseInt('0b11'));
console.log(parseInt('11', 2.9), parseInt('11', '3'), parseInt('11', 0), parseInt('11', 1), parseInt('11', 37), parseInt('z', 36), parseInt('11', -0));
console.log(parseInt('\u00a0\ufeff\n 42'), parseInt('  -  1'), parseInt('+7'), parseInt('1e3'), parseInt(0.0000005), parseInt(1e21), parseInt(null, 36));
console.log(parseInt('9007199254740993'), parseInt('123456789012345678901234567890'), parseInt('ffffffffffffffffff', 16));
console.log(parseFloat('Infinityx'), parseFloat('-Infinity'), parseFloat('infinity'), parseFloat('.5e-3abc'), parseFloat('1e'), parseFloat('1e+'), parseFloat('-.e1'));
console.log(parseFloat('0x10'), parseFloat('  \t3.14'), parseFloat('1_000'), Object.is(parseFloat('-0'), -0), parseFloat('5e-324'), parseFloat('2e308'));
