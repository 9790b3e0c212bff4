// split with regexps: captures are spliced in, limits apply, empty matches split characters.
console.log(JSON.stringify("a,b;c".split(/[,;]/)), JSON.stringify("a,b;c".split(/([,;])/)));
console.log(JSON.stringify("abc".split(/(?:)/)), JSON.stringify("abc".split("")), JSON.stringify("".split(/x/)), JSON.stringify("".split("")));
console.log(JSON.stringify("a1b2c3".split(/\d/)), JSON.stringify("a1b2c3".split(/\d/, 2)), JSON.stringify("a1b".split(/\d/, 0)));
console.log(JSON.stringify("A<B>bold</B>and<CODE>coded</CODE>".split(/<(\/)?([^<>]+)>/)));
console.log(JSON.stringify("test".split(/(t)?/)), JSON.stringify("aXbxc".split(/x/i)));
console.log(JSON.stringify("a b  c".split(/\s*/)), JSON.stringify("a b  c".split(" ")), JSON.stringify("abc".split(/$/)));
console.log(JSON.stringify("abc".split(undefined)), JSON.stringify("abc".split(undefined, 0)), JSON.stringify("a,b".split(",", -1)));
console.log(JSON.stringify("a,b,c".split(",", 4294967297)), JSON.stringify("x".split(/(x)/)));
