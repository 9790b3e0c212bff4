// Backtracking finds the leftmost match, preferring greedy then shorter alternatives.
console.log(/a.*b/.exec("axxbyyb")[0], /a.*?b/.exec("axxbyyb")[0], /(a+)(a*)/.exec("aaaa").slice(1).join("|"));
console.log(/(a*?)(a*)/.exec("aaaa").slice(1).join("|"), /(\d+)(\d{2})/.exec("12345").slice(1).join("|"));
console.log(/^(a+)+b/.test("aaaaaaaaaaaaaaaaaaaaab"), /(x+x+)+y/.test("xxxxxxxxxxy"));
console.log(/"([^"\\]|\\.)*"/.exec('say "he said \\"hi\\"" ok')[0]);
console.log("<p>one</p><p>two</p>".match(/<p>.*?<\/p>/g).join(" + "));
