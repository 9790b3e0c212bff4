// Template literals: substitution conversion order, nesting, multi-line text, escapes, line continuations.
const name = 'World', n = 3;
console.log(`Hello, ${name}! ${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n > 2 ? `big ${n}` : 'small'}`}`);
console.log(`line1
line2`.split('\n').length);
console.log(`tab\tquote\` dollar\${} \u0041 \x42 \u{1F600}`.length);
console.log(`continued \
line`);
const obj = { toString() { return 'ts'; }, valueOf() { return 'vo'; } };
console.log(`${obj}`, '' + obj);
console.log(`${[1, [2, 3]]} ${{}} ${null} ${undefined} ${-0} ${1e21}`);
console.log(`a${1}${2}b`.length, typeof ``);
const order = [];
const mk = (x) => ({ toString() { order.push(x); return x; } });
`${mk('first')}${mk('second')}`;
console.log(order.join(','));
console.log(`\r\n`.length, `
`.charCodeAt(0));
