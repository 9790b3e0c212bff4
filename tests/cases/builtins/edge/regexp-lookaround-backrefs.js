// Lookbehind with captures and backreferences, backreferences before groups, nested quantified groups reset.
console.log(JSON.stringify(/(?<=(\d)(\d))x/.exec('12x')), JSON.stringify(/(?<=\1(a))b/.exec('aab')), JSON.stringify(/(?<!a)b/.exec('abcb')));
console.log(JSON.stringify(/\1(a)/.exec('aa')), JSON.stringify(/(a)|\1b/.exec('b')), JSON.stringify(/(?:(a)|b)\1/.exec('bb')));
console.log(JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac')));
console.log(JSON.stringify(/(a*)*/.exec('b')), JSON.stringify(/(a*)+/.exec('b')), JSON.stringify(/(?=(a+))a*b\1/.exec('baaabac')));
console.log(JSON.stringify('aaa'.match(/(?<n>a)\k<n>/)), JSON.stringify(/(?<a>.)(?<b>.)\k<b>\k<a>/.exec('xabba')));
console.log(JSON.stringify(/(.)(?!\1)/.exec('aab')), JSON.stringify(/^(?:(a)|(b))+$/.exec('ab')));
