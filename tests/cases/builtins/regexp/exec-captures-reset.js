// Captures inside a repeated group keep only the last iteration's values.
console.log(JSON.stringify(/(?:(a)|(b))+/.exec("ab")), JSON.stringify(/(?:(a)|(b))+/.exec("ba")));
console.log(JSON.stringify(/(a|(b))+/.exec("ba")), JSON.stringify(/((a)|b)*/.exec("aab")));
console.log(JSON.stringify(/(?:x(\d)?)+/.exec("x1x")), JSON.stringify(/(\w)+/.exec("abc")));
console.log(JSON.stringify(/(?:(\d)-)*(\d)/.exec("1-2-3")));
