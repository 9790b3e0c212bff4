// Greedy and lazy quantifiers, {n,m} forms and a literal brace when not a quantifier.
console.log(/a{2}/.exec("aaaa")[0], /a{2,}/.exec("aaaa")[0], /a{1,3}/.exec("aaaa")[0], /a{1,3}?/.exec("aaaa")[0]);
console.log(/a+?b/.exec("aaab")[0], /<.*>/.exec("<a><b>")[0], /<.*?>/.exec("<a><b>")[0], /a??b/.exec("ab")[0]);
console.log(/a{,2}/.test("a{,2}"), /{/.test("{"), /x{2,1/.test("x{2,1"), /}/.test("}"), /a{0}/.exec("a")[0] === "");
console.log(JSON.stringify(/(a|ab)(c|bcd)(d*)/.exec("abcd")), JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")));
console.log(JSON.stringify(/(a*)*/.exec("b")), JSON.stringify(/(a*)+/.exec("b")), JSON.stringify(/(?:a|())*b/.exec("aab")));
console.log(/^(?:a+)+$/.test("aaaaaaaaaaaaaaaaaaaaaaaaa"), /x*y+$/.test("xxxxxxxxxxxxxxxxxxy"));
