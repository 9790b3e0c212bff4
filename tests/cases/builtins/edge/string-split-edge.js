// split: limits (ToUint32), captures in the output, undefined separator, empty strings, separators with toString.
console.log(JSON.stringify('a,b,c'.split(',', 2)), JSON.stringify('a,b,c'.split(',', -1)), JSON.stringify('a,b,c'.split(',', 0)), JSON.stringify('a,b'.split(',', 4294967297)));
console.log(JSON.stringify('a1b2c'.split(/(\d)/)), JSON.stringify('a1b2c'.split(/(\d)/, 2)), JSON.stringify('abc'.split(/(x)?/)));
console.log(JSON.stringify('abc'.split()), JSON.stringify('abc'.split(undefined, 0)), JSON.stringify(''.split('')), JSON.stringify(''.split('a')), JSON.stringify(''.split(/(?:)/)));
console.log(JSON.stringify('a1b'.split({ toString: function () { return '1'; } })), JSON.stringify('test'.split('t')), JSON.stringify('😀😀'.split('')));
console.log(JSON.stringify('A<B>bold</B>and<CODE>coded</CODE>'.split(/<(\/)?([^<>]+)>/)));
