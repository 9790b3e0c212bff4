// The i flag also applies to backreferences and negated classes.
console.log(/(a)\1/i.test("aA"), /(ab)\1/i.test("abAB"), /(é)\1/i.test("éÉ"), /(\u212a)\1/iu.test("\u212ak"));
console.log(/[^a]/i.test("A"), /[^A]/i.test("a"), /[^k]/iu.test("\u212a"), /[^\W]/i.test("_"));
console.log("AbC".match(/[b-c]/gi).join(""), /^[A-Z]+$/i.test("MiXeD"));
