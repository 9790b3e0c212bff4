// break, continue and return jump through finally blocks inside generators.
function* g() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      try {
        if (j === 1) continue;
        if (i === 1) continue outer;
        if (i === 2) break outer;
        yield `${i},${j}`;
      } finally {
        yield `finally ${i},${j}`;
      }
    }
  }
  return 'end';
}
console.log([...g()].join(' '));
