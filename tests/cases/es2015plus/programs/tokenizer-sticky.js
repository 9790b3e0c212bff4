// A tokenizer built on sticky regular expressions, generators and named groups.
function* tokenize(src) {
  const re = /\s*(?:(?<num>\d+(?:\.\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>[-+*\/()=]))/y;
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    const [kind, text] = Object.entries(m.groups).find(([, v]) => v !== undefined);
    yield { kind, text, at: m.index };
  }
  if (re.lastIndex < src.length && src.slice(re.lastIndex).trim()) throw new SyntaxError(`Unexpected '${src[re.lastIndex]}' at ${re.lastIndex}`);
}
console.log([...tokenize('x = 3.5 * (y + 42)')].map(t => `${t.kind}:${t.text}`).join(' '));
try { [...tokenize('a + $')]; } catch (e) { console.log(e.name, e.message); }
function evaluate(src, env) {
  const toks = [...tokenize(src)];
  let i = 0;
  const peek = () => toks[i]?.text, next = () => toks[i++];
  const primary = () => { const t = next(); if (t.text === '(') { const v = sum(); next(); return v; } return t.kind === 'num' ? +t.text : env[t.text]; };
  const product = () => { let v = primary(); while (peek() === '*' || peek() === '/') v = next().text === '*' ? v * primary() : v / primary(); return v; };
  const sum = () => { let v = product(); while (peek() === '+' || peek() === '-') v = next().text === '+' ? v + product() : v - product(); return v; };
  return sum();
}
console.log(evaluate('2 * (x + 3) - y / 4', { x: 1, y: 8 }));
