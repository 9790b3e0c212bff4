// Destructuring as a tool: swapping, multiple return values, parsing with regex results, defaults from functions, aliases.
let a = 1, b = 2, c = 3;
[a, b, c] = [c, a, b];
console.log(a, b, c);
const minMax = arr => [Math.min(...arr), Math.max(...arr)];
const [lo, hi] = minMax([5, 3, 9, 1]);
console.log(lo, hi);
const [, user, domain = 'localhost'] = /^([^@]+)@?(.*)$/.exec('alice@example.com') ?? [];
console.log(user, domain);
const settings = ({ theme = 'light', size: { w = 800, h = w * 0.75 } = {} } = {}) => `${theme} ${w}x${h}`;
console.log(settings(), settings({ theme: 'dark', size: { w: 1000 } }), settings({ size: { h: 10 } }));
const { length: len, [len - 1]: lastChar } = 'hello';
console.log(len, lastChar);
