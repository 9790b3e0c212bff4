// Legacy RegExp statics: $1..$9, lastMatch, leftContext, rightContext and input after a match.
/(\w+)@(\w+)\.com/.exec("mail bob@example.com now");
console.log(RegExp.$1, RegExp.$2, RegExp.$3 === "", RegExp.lastMatch, RegExp["$&"]);
console.log(RegExp.leftContext, "|", RegExp.rightContext, "|", RegExp["$`"], RegExp["$'"]);
console.log(RegExp.input, RegExp.$_, RegExp.lastParen, RegExp["$+"]);
"xyz".replace(/(y)/, "Y");
console.log(RegExp.$1, RegExp.lastMatch, RegExp.leftContext, RegExp.rightContext);
/nomatch/.exec("abc");
console.log(RegExp.$1, RegExp.input);
