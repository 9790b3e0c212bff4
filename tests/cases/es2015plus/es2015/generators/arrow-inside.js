// Arrow functions inside a generator see its this and arguments.
function* g() {
  const f = () => [this.tag, arguments[0]];
  yield f();
  const h = () => arguments.length;
  yield h();
}
console.log([...g.call({ tag: 'T' }, 'first', 'second')]);
