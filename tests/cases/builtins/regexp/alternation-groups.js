// Alternation order, non-capturing groups and captures reset on each repetition.
console.log(/a|ab/.exec("abc")[0], /ab|a/.exec("abc")[0], /(a|ab)(c|bcd)/.exec("abcd")[0]);
console.log(JSON.stringify(/(?:(a)|b)+/.exec("ab")), JSON.stringify(/((a)|b)+/.exec("ab")));
console.log(JSON.stringify(/(a)|(b)/.exec("b")), /|a/.exec("a")[0] === "", /a|/.exec("b")[0] === "");
console.log("abcabc".replace(/(?:ab)+/g, "X"), JSON.stringify("abab".match(/(?:ab)/g)));
console.log(JSON.stringify(/(\d+)(?:px|em)(?:;|$)/.exec("12em;")), /^(?:cat|dog)s?$/.test("dogs"));
