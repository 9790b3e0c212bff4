// split with regular expressions, including captures and empty matches.
console.log(JSON.stringify("a1b22c".split(/\d+/)), JSON.stringify("a1b2c".split(/(\d)/)));
console.log(JSON.stringify("abc".split(/(?:)/)), JSON.stringify("a, b ,c".split(/\s*,\s*/)));
console.log(JSON.stringify("test".split(/(t)?/)), JSON.stringify("A<B>C".split(/[<>]/, 2)));
console.log(JSON.stringify("".split(/x/)), JSON.stringify("".split(/(?:)/)));
console.log(JSON.stringify("one  two".split(/(\s)/)), JSON.stringify("xAyBz".split(/[A-Z]/i)));
