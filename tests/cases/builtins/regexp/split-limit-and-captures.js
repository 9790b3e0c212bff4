// split's limit counts captured pieces too, and undefined captures stay undefined.
console.log(JSON.stringify("a1b2c3d".split(/(\d)/, 3)), JSON.stringify("a1b2c3d".split(/(\d)/, 4)));
console.log(JSON.stringify("a-b_c".split(/(-)|(_)/)), "a-b".split(/(-)|(_)/).length);
console.log(JSON.stringify("abc".split(/(b)/, 1)), JSON.stringify("".split(/(x)?/)), JSON.stringify("ab".split(/a*?/)));
console.log(JSON.stringify("ab".split(/a*/)), JSON.stringify("aXbXc".split("X", 2)), JSON.stringify("abc".split(/b/, -1)));
