// Lookahead assertions and captures inside them.
console.log(JSON.stringify(/(?=(a+))a*b\1/.exec("baaabac")), JSON.stringify(/(?=(a+))/.exec("baaabac")));
console.log("password1".match(/^(?=.*\d)(?=.*[a-z]).{8,}$/) !== null, /^(?!.*bad).*$/.test("so bad"));
console.log("abc".replace(/(?=b)/, "^"), "aaa".replace(/a(?=a)/g, "b"), "aaa".replace(/a(?!a)/g, "b"));
console.log(JSON.stringify(/(?!(a))\1b/.exec("b")), JSON.stringify(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac")));
console.log("1000000".replace(/\B(?=(\d{3})+(?!\d))/g, ","), "x".replace(/(?=)/g, "_"));
