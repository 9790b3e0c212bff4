// Backreferences, including to groups that did not participate (they match empty).
console.log(/(a)\1/.test("aa"), /(a)\1/.test("ab"), /(a|b)\1/.exec("abb")[0]);
console.log(JSON.stringify(/(a)?b\1/.exec("b")), JSON.stringify(/(?:(a)|b)\1c/.exec("bc")));
console.log(JSON.stringify(/\1(a)/.exec("aa")), JSON.stringify(/(a\1)/.exec("aa")));
console.log(JSON.stringify(/(?:(a)|(b))+\1\2/.exec("abb")), JSON.stringify(/(.)(?:\1)+/.exec("xaaay")));
console.log(/(\w)\1/i.test("aA"), /(\w)\1/.test("aA"), /(?<l>.)\k<l>/.test("zz"));
console.log("aabbcc".replace(/(\w)\1/g, "$1"), "abcabc".match(/(abc)\1/)[1]);
console.log(JSON.stringify(/(a)|\1b/.exec("b")), /\2(a)(b)/.exec("ab")[0]);
console.log(/\8/.test("8"), /\1/.test("\u0001"), /[\1]/.test("\u0001"));
